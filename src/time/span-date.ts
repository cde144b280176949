// The date governing a stretch of text (an event's trigger or clause), for the event layer.
//
// Rule, in order:
//  1. In the complement of "N units after/before ..." ("two weeks after an attack killed 26"),
//     the date is the clause's date moved back (after) or forward (before) by N units; to the day
//     when N counts days, else to the month (weeks are approximate).
//  2. Else the calendar timex of the same sentence nearest to the span, a clause boundary counting
//     as distance. Dates that modify a noun ("the April 22 attack") only date that noun phrase.
//  3. Else the narrative date: the last calendar date told before the span, outside flashbacks
//     (past-perfect clauses: "had spoken a day earlier") and noun modifiers; a bare year told
//     since then leaves no day or month to give (null).
//  4. Else the publication date; null when unknown.
// Values are YYYY-MM-DD when a day is known, else YYYY-MM; weeks give the month of their Thursday.
import type { AnalyzedArticle, Sentence, Timex } from '../model.ts';
import { addDays, addMonths, fmtDay, fmtMonth, parseDay } from './calendar.ts';

const CLAUSE_MARK = /[,;:—–()“”"]|\s-\s/g;
const NOT_A_NOUN = new Set(
  'of in on at and or to when as with by for from that which who was were is are has have had will would and but after before during since until than the a an it its this these those'.split(' '),
);

/** Calendar value of a timex usable as an event date: YYYY-MM-DD or YYYY-MM, or null. */
export function calendarValue(t: Timex): string | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const m = /^(\d{4}-\d{2}(?:-\d{2})?)(?:T|$)/.exec(t.value);
  if (m) return m[1];
  const w = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(t.value);
  if (w) {
    // The Thursday of an ISO week decides its month.
    const jan4 = { y: Number(w[1]), m: 1, d: 4 };
    const dow = (new Date(Date.UTC(jan4.y, 0, 4)).getUTCDay() + 6) % 7;
    const thursday = addDays(jan4, (Number(w[2]) - 1) * 7 - dow + 3);
    return fmtMonth(thursday.y, thursday.m);
  }
  return null;
}

/** "the April 22 attack", "a Saturday briefing": the timex modifies the noun after it. */
export function isAttributive(body: string, t: Timex): boolean {
  const before = body.slice(Math.max(0, t.start - 8), t.start);
  if (!/(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s)\s+$/i.test(before)) return false;
  // The next word is the noun modified: a common noun or a name ("the 2008 Mumbai attacks").
  const next = /^\s+([\p{L}][\p{L}-]*)/u.exec(body.slice(t.end, t.end + 30));
  return !!next && !NOT_A_NOUN.has(next[1].toLowerCase());
}

/** A past-perfect clause ("had spoken ... a day earlier") tells a flashback, not the story's current time. */
function inFlashback(body: string, s: Sentence | undefined, t: Timex): boolean {
  if (!s) return false;
  // The clause of the timex: between the clause marks around it.
  const left = body.slice(s.start, t.start);
  const right = body.slice(t.end, s.end);
  const from = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf('—')) + 1;
  const stops = [right.indexOf(','), right.indexOf(';'), right.indexOf('—')].filter((i) => i >= 0);
  const clause = left.slice(from) + ' ' + right.slice(0, stops.length ? Math.min(...stops) : right.length);
  return /\bhad\s+(?:already\s+|also\s+|been\s+|just\s+)?[a-z]+(?:ed|en|n|t)\b/i.test(clause);
}

/** A bare year used as an adverbial ("In 2019, ..."): the story has moved to that year. */
function adverbialYear(body: string, t: Timex): boolean {
  return /^\d{3,4}$/.test(t.value) && /\b(?:in|during|since|by|until)\s+$/i.test(body.slice(Math.max(0, t.start - 8), t.start));
}

function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

function distance(body: string, t: Timex, start: number, end: number): number {
  if (t.start < end && start < t.end) return 0;
  const [a, b] = t.end <= start ? [t.end, start] : [end, t.start];
  const between = body.slice(a, b);
  return between.length + 60 * (between.match(CLAUSE_MARK)?.length ?? 0);
}

interface Offset {
  timex: Timex;
  sign: -1 | 1;
  /** End of the complement: the next clause mark or the sentence end. */
  end: number;
}

/** "two weeks after ..." / "three days before ...": a duration followed by after/before. */
function offsetComplement(body: string, t: Timex, sentenceEnd: number): Offset | null {
  if (t.type !== 'DURATION' || !/^P(?:T?)\d+[DWMYH]$/.test(t.value)) return null;
  const m = /^\s+(after|before)\s+/.exec(body.slice(t.end, t.end + 12));
  if (!m) return null;
  const from = t.end + m[0].length;
  const rest = body.slice(from, sentenceEnd);
  const stop = rest.search(/[,;:—–]|\s-\s/);
  return { timex: t, sign: m[1] === 'after' ? -1 : 1, end: stop < 0 ? sentenceEnd : from + stop };
}

function shift(date: string, value: string, sign: number): string | null {
  const m = /^P(T?)(\d+)([DWMYH])$/.exec(value);
  const day = parseDay(date);
  if (!m || !day || m[1]) return m && m[1] && day ? fmtDay(day) : null;
  const n = Number(m[2]) * sign;
  switch (m[3]) {
    case 'D': return fmtDay(addDays(day, n));
    case 'W': {
      const x = addDays(day, 7 * n);
      return fmtMonth(x.y, x.m);
    }
    case 'M': {
      const x = addMonths(day.y, day.m, n);
      return fmtMonth(x.y, x.m);
    }
    case 'Y': return null; // a year away gives no month worth stating
    default: return null;
  }
}

/** Date (YYYY-MM-DD or YYYY-MM) of the most relevant timex governing [start, end) of the body, or null. */
export function dateForSpan(doc: AnalyzedArticle, start: number, end: number): string | null {
  const body = doc.article.body;
  const sentences = doc.sentences;
  const si = sentenceIndexAt(sentences, start);
  const s = sentences[si];
  const sStart = s?.start ?? 0, sEnd = s?.end ?? body.length;
  const inSentence = doc.timexes.filter((t) => t.start < sEnd && t.end > sStart);

  // 1. Inside the complement of "N units after/before".
  const offsets = inSentence.map((t) => offsetComplement(body, t, sEnd)).filter((o): o is Offset => !!o);
  const within = offsets.find((o) => start >= o.timex.end && start < o.end);
  const outsideComplements = (t: Timex) => !offsets.some((o) => t.start >= o.timex.end && t.start < o.end);

  // 2. The nearest calendar timex of the sentence (a noun modifier only for its own noun phrase).
  let best: string | null = null;
  let bestCost = Infinity;
  for (const t of inSentence) {
    const v = calendarValue(t);
    if (!v && !adverbialYear(body, t)) continue;
    if (!outsideComplements(t)) continue;
    // The noun a date modifies is the word right after it ("the April 22 attack").
    const headOfPhrase = t.end <= start && /^\s+[\p{L}-]*$/u.test(body.slice(t.end, start));
    if (isAttributive(body, t) && !headOfPhrase) continue;
    const cost = distance(body, t, start, end);
    if (cost < bestCost) [best, bestCost] = [v, cost];
  }
  // The nearest date is a whole year ("In 2019, India revoked ..."): no day or month to give.
  if (bestCost < Infinity && !best) return null;
  const narrative = () => narrativeDate(doc, start);
  if (within) {
    const clause = best ?? narrative();
    return clause ? shift(clause, within.timex.value, within.sign) : null;
  }
  if (best) return best;
  // "struck two weeks after the April 22 attack": the complement's date moved by the offset.
  for (const o of offsets) {
    const inner = inSentence.find((t) => t.start >= o.timex.end && t.start < o.end && calendarValue(t));
    if (inner) return shift(calendarValue(inner)!, o.timex.value, -o.sign);
  }
  return narrative();
}

interface TimexFacts {
  timexes: Timex[];
  calendar: (string | null)[];
  /** Counts for the narrative: not a noun modifier, not in a flashback. */
  narrative: boolean[];
  adverbialYear: boolean[];
}

// Facts about a document's timexes, computed once per document (event layers ask many spans).
const FACTS = new WeakMap<AnalyzedArticle, TimexFacts>();

function factsOf(doc: AnalyzedArticle): TimexFacts {
  const cached = FACTS.get(doc);
  if (cached && cached.timexes === doc.timexes) return cached;
  const body = doc.article.body;
  const facts: TimexFacts = { timexes: doc.timexes, calendar: [], narrative: [], adverbialYear: [] };
  for (const t of doc.timexes) {
    const s = doc.sentences[sentenceIndexAt(doc.sentences, t.start)];
    facts.calendar.push(calendarValue(t));
    facts.narrative.push((t.type === 'DATE' || t.type === 'TIME') && !isAttributive(body, t) && !inFlashback(body, s, t));
    facts.adverbialYear.push(adverbialYear(body, t));
  }
  FACTS.set(doc, facts);
  return facts;
}

/** 3-4: the last calendar date told before `offset`, outside flashbacks and noun modifiers; else publication. */
function narrativeDate(doc: AnalyzedArticle, offset: number): string | null {
  const f = factsOf(doc);
  let current: string | null | undefined;
  for (let i = 0; i < f.timexes.length && f.timexes[i].start < offset; i++) {
    if (!f.narrative[i]) continue;
    if (f.calendar[i]) current = f.calendar[i];
    else if (f.adverbialYear[i]) current = null; // "In 2019, ..." moves the story out of reach
  }
  if (current !== undefined) return current;
  if (parseDay(doc.article.published)) return doc.article.published;
  // A lead without a date, in a report without one: the first date its paragraph tells.
  const s = doc.sentences[sentenceIndexAt(doc.sentences, offset)];
  let paragraphEnd = doc.article.body.length;
  for (const x of doc.sentences) if (s && x.paragraph === s.paragraph) paragraphEnd = x.end;
  for (let i = 0; i < f.timexes.length; i++) {
    const t = f.timexes[i];
    if (t.start < offset || t.start >= paragraphEnd) continue;
    if (f.calendar[i] && f.narrative[i]) return f.calendar[i];
  }
  return null;
}
