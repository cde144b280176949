// The date governing a stretch of text (an event's trigger or clause), for the event layer.
//
// Rule, in order:
//  1. In the complement of "N units after/before ..." ("two weeks after an attack killed 26"),
//     the date is the clause's date moved back (after) or forward (before) by N units; to the day
//     when N counts days, else to the month (weeks are approximate).
//  2. Else the calendar timex of the same sentence nearest to the span, a clause boundary counting
//     as distance. Dates that modify a noun ("the April 22 attack") only date that noun phrase;
//     a date after the report cannot date something told in the past ("faced tariffs from August 1").
//  3. Else, for a statement in the present tense ("Rwanda denies ...") or a coming event, the
//     publication date (a coming event continues a narrative that is itself ahead of the report).
//  4. Else the narrative date: the last calendar date told before the span, outside flashbacks
//     (past-perfect clauses: "had spoken a day earlier"), noun modifiers and dates after the report;
//     a bare year told since then leaves no day or month to give (null).
//  5. Else the publication date; null when unknown.
// Values are YYYY-MM-DD when a day is known, else YYYY-MM; weeks give the month of their Thursday.
import type { AnalyzedArticle, Sentence, Timex } from '../model.ts';
import { addDays, addMonths, compareDays, fmtDay, fmtMonth, parseDay, type Day } from './calendar.ts';
import { IRREGULAR_PAST_WORDS, pluperfectAt, presentPerfectSpan, spanTense, type Tense } from './tense.ts';

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

const POSSESSIVE = /^['’]s\s+\p{L}/u;

/** "the April 22 attack", "a Saturday briefing", "Sunday's bombing": the timex modifies the noun after it. */
export function isAttributive(body: string, t: Timex): boolean {
  if (POSSESSIVE.test(body.slice(t.end, t.end + 4))) return true;
  const before = body.slice(Math.max(0, t.start - 8), t.start);
  if (!/(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s)\s+$/i.test(before)) return false;
  // The next word is the noun modified: a common noun or a name ("the 2008 Mumbai attacks").
  const next = /^\s+([\p{L}][\p{L}-]*)/u.exec(body.slice(t.end, t.end + 30));
  return !!next && !NOT_A_NOUN.has(next[1].toLowerCase());
}

/** A past-perfect clause ("had spoken ... a day earlier") tells a flashback, not the story's current time. */
function inFlashback(body: string, s: Sentence | undefined, t: Timex): boolean {
  return !!s && pluperfectAt(body, s.start, s.end, t.start, t.end);
}

// A boundary between two clauses with their own subjects: ", and Malaysia has offered", ", while Rubio said".
const CLAUSE_JOIN = /(?:[,;]\s*(and|but|whereas|although|though)|[,;]?\s+(?:while|whereas))\s+(?!(?:then|also|later|again|still|not)\b)(\S+)/giu;
const VERB_FORM = new RegExp(String.raw`^(?:${IRREGULAR_PAST_WORDS}|\p{L}+ed|will|would|has|have|had|is|are|was|were|can|could|may|might|must|should)$`, 'iu');

/**
 * True when the span and the timex lie in two clauses joined by a conjunction: the timex dates its
 * own clause. A clause added with "and" after a dated one may share its time ("X fired, and Y struck
 * on Thursday"): only a later "and" clause is kept apart, and it still finds the date as narrative.
 */
function acrossClauses(body: string, t: Timex, start: number, end: number): boolean {
  const spanAfter = t.end <= start;
  const [a, b] = spanAfter ? [t.end, start] : [end, t.start];
  if (b - a < 8) return false;
  const between = body.slice(a, b);
  CLAUSE_JOIN.lastIndex = 0;
  for (let m; (m = CLAUSE_JOIN.exec(between)); ) {
    if (m[1]?.toLowerCase() === 'and' && !spanAfter) continue;
    // A verb right after the conjunction shares the subject ("struck on Thursday, and killed 12"): one clause.
    if (!VERB_FORM.test(m[2].replace(/[^\p{L}]/gu, ''))) return true;
  }
  return false;
}

/** True when a calendar value lies wholly after the given day (a deadline, a coming date). */
function after(value: string, day: Day): boolean {
  const d = parseDay(value.length === 7 ? `${value}-01` : value);
  if (!d) return false;
  if (value.length === 7) return d.y * 12 + d.m > day.y * 12 + day.m;
  return compareDays(d, day) > 0;
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

/**
 * Where a span's date comes from: a date of its own sentence; the report's day for a statement in
 * the present tense or a coming event; the narrative carried from earlier sentences; the publication
 * date for lack of anything else; none.
 */
export type DateBasis = 'sentence' | 'statement' | 'coming' | 'narrative' | 'publication' | 'none';

export interface SpanDate {
  date: string | null;
  basis: DateBasis;
}

/** Date (YYYY-MM-DD or YYYY-MM) of the most relevant timex governing [start, end) of the body, or null. */
export function dateForSpan(doc: AnalyzedArticle, start: number, end: number): string | null {
  return spanDate(doc, start, end).date;
}

/** The timexes overlapping [from, to), by binary search (timexes are in text order). */
function timexesIn(timexes: Timex[], from: number, to: number): Timex[] {
  const out: Timex[] = [];
  for (let i = lastTimexBefore(timexes, to); i >= 0 && timexes[i].end > from - 400; i--) if (timexes[i].end > from) out.push(timexes[i]);
  return out.reverse();
}

const own = (date: string | null): SpanDate => ({ date, basis: date ? 'sentence' : 'none' });
// The span starts at the noun a date modifies: right after it, or after its possessive ("Sunday's US bombing").
const HEAD_OF_PHRASE = /^(?:\s+|['’]s(?:\s+[\p{L}-]+){0,2}\s+)[\p{L}-]*$/u;

function inComplement(offsets: Offset[], t: Timex): boolean {
  for (const o of offsets) if (t.start >= o.timex.end && t.start < o.end) return true;
  return false;
}

/** The date of [start, end) and where it comes from (see the rules at the top of this file). */
export function spanDate(doc: AnalyzedArticle, start: number, end: number): SpanDate {
  const body = doc.article.body;
  const sentences = doc.sentences;
  const si = sentenceIndexAt(sentences, start);
  const s = sentences[si];
  const sStart = s?.start ?? 0, sEnd = s?.end ?? body.length;
  const inSentence = timexesIn(factsOf(doc).timexes, sStart, sEnd);

  // 1. Inside the complement of "N units after/before".
  const offsets: Offset[] = [];
  for (const t of inSentence) {
    const o = offsetComplement(body, t, sEnd);
    if (o) offsets.push(o);
  }
  const within = offsets.find((o) => start >= o.timex.end && start < o.end);

  const published = parseDay(doc.article.published);
  // The tense of the span's own words, read only when a rule needs it.
  let tense: Tense | undefined;

  // 2. The nearest calendar timex of the sentence (a noun modifier only for its own noun phrase).
  let best: string | null = null;
  let bestCost = Infinity;
  for (const t of inSentence) {
    const v = calendarValue(t);
    if (!v && !adverbialYear(body, t)) continue;
    if (offsets.length && inComplement(offsets, t)) continue;
    // The noun a date modifies is the word right after it ("the April 22 attack").
    if (isAttributive(body, t) && !(t.end <= start && HEAD_OF_PHRASE.test(body.slice(t.end, start)))) continue;
    // What is told in the past did not happen on a date after the report.
    if (v && published && after(v, published) && (tense ??= spanTense(body, sStart, start, end)) === 'past') continue;
    if (acrossClauses(body, t, start, end)) continue;
    const cost = distance(body, t, start, end);
    if (cost < bestCost) [best, bestCost] = [v, cost];
  }
  // The nearest date is a whole year ("In 2019, India revoked ..."): no day or month to give.
  if (bestCost < Infinity && !best) return own(null);
  const narrative = () => narrativeDate(doc, start);
  if (within) {
    if (best) return own(shift(best, within.timex.value, within.sign));
    const told = narrative();
    return { date: told.date ? shift(told.date, within.timex.value, within.sign) : null, basis: told.date ? told.basis : 'none' };
  }
  if (best) return own(best);
  // "struck two weeks after the April 22 attack": the complement's date moved by the offset.
  for (const o of offsets) {
    const inner = inSentence.find((t) => t.start >= o.timex.end && t.start < o.end && calendarValue(t));
    if (inner) return own(shift(calendarValue(inner)!, o.timex.value, -o.sign));
  }
  // 3. A present-tense statement is the report's own news; a coming event is not yet in the narrative.
  tense ??= spanTense(body, sStart, start, end);
  if (published && tense === 'present') return { date: doc.article.published, basis: 'statement' };
  if (published && tense === 'future') {
    const told = narrative();
    return told.date && after(told.date, published) ? told : { date: doc.article.published, basis: 'coming' };
  }
  // 4. "has rejected", "has killed at least 35": a present perfect gives no day, only the story's month.
  if (presentPerfectSpan(body, sStart, start, end)) {
    const told = narrative();
    return { date: told.date?.slice(0, 7) ?? null, basis: told.basis };
  }
  return narrative();
}

interface TimexFacts {
  /** The document's timexes the facts were computed for, and the same in text order. */
  source: Timex[];
  timexes: Timex[];
  calendar: (string | null)[];
  /** Counts for the narrative: not a noun modifier, not in a flashback, not after the report. */
  narrative: boolean[];
  /** The narrative after each timex: the date it stands at (null: a bare year left days behind). */
  current: (string | null | undefined)[];
  /** Paragraph of the timex that set `current`. */
  currentParagraph: number[];
  /** The latest date told so far that is not before the episode's own day. */
  onward: (string | undefined)[];
  /** The day (or month) the report's lead tells: the episode the report is about. */
  episode: string | null;
}

// Facts about a document's timexes, computed once per document (event layers ask many spans).
const FACTS = new WeakMap<AnalyzedArticle, TimexFacts>();

const DATELINE_BEFORE = /^\s*\p{Lu}[\p{L} .'’-]{0,40},\s*$/u;
const DATELINE_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?(?:[:—–]|-\s)/;

/** "PUTRAJAYA, July 28 (Wire) -": the date of the dateline is the report's, not the lead's. */
function inDateline(body: string, s: Sentence | undefined, t: Timex): boolean {
  return !!s && DATELINE_BEFORE.test(body.slice(s.start, t.start)) && DATELINE_AFTER.test(body.slice(t.end, t.end + 50));
}

/** True when value a lies before value b (a month only when the whole month does). */
function before(a: string, b: string): boolean {
  return a.length === 7 || b.length === 7 ? a.slice(0, 7) < b.slice(0, 7) : a < b;
}

function factsOf(doc: AnalyzedArticle): TimexFacts {
  const cached = FACTS.get(doc);
  if (cached && cached.source === doc.timexes) return cached;
  const body = doc.article.body;
  const published = parseDay(doc.article.published);
  const sorted = doc.timexes.every((t, i) => i === 0 || doc.timexes[i - 1].start <= t.start) ? doc.timexes : [...doc.timexes].sort((a, b) => a.start - b.start);
  const facts: TimexFacts = { source: doc.timexes, timexes: sorted, calendar: [], narrative: [], current: [], currentParagraph: [], onward: [], episode: null };
  let episodeSet = false;
  let current: string | null | undefined, currentParagraph = -1, onward: string | undefined;
  for (const t of sorted) {
    const s = doc.sentences[sentenceIndexAt(doc.sentences, t.start)];
    const v = calendarValue(t);
    const narrative = (t.type === 'DATE' || t.type === 'TIME') && !isAttributive(body, t) && !inFlashback(body, s, t) && !(v && published && after(v, published));
    facts.calendar.push(v);
    facts.narrative.push(narrative);
    if (narrative && v && !episodeSet && !inDateline(body, s, t)) [facts.episode, episodeSet] = [v, true];
    if (narrative && v) {
      [current, currentParagraph] = [v, s?.paragraph ?? -1];
      // A month told after a day of it ("this month") does not blur the day the story stands at.
      const blurs = v.length === 7 && onward?.startsWith(v);
      if ((!facts.episode || !before(v, facts.episode)) && !blurs) onward = v;
    } else if (narrative && adverbialYear(body, t)) [current, onward] = [null, undefined]; // "In 2019, ..." moves the story out of reach
    facts.current.push(current);
    facts.currentParagraph.push(currentParagraph);
    facts.onward.push(onward);
  }
  if (!episodeSet) facts.episode = published ? fmtDay(published) : null;
  FACTS.set(doc, facts);
  return facts;
}

/** Index of the last timex starting before offset, or -1. */
function lastTimexBefore(timexes: Timex[], offset: number): number {
  let lo = 0, hi = timexes.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (timexes[mid].start < offset) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/**
 * 4-5: the last calendar date told before `offset`, outside flashbacks, noun modifiers and dates after
 * the report (a deadline ahead is not where the story stands); else publication. A date before the
 * episode the lead tells (background: "a day earlier", "on Wednesday") holds for its own paragraph
 * only: the next paragraph is back in the episode.
 */
function narrativeDate(doc: AnalyzedArticle, offset: number): SpanDate {
  const f = factsOf(doc);
  const i = lastTimexBefore(f.timexes, offset);
  const current = i >= 0 ? f.current[i] : undefined;
  if (current && f.episode && before(current, f.episode)) {
    const paragraph = doc.sentences[sentenceIndexAt(doc.sentences, offset)]?.paragraph;
    if (paragraph !== f.currentParagraph[i]) return { date: f.onward[i] ?? f.episode, basis: 'narrative' };
  }
  if (current !== undefined) return { date: current, basis: current ? 'narrative' : 'none' };
  if (parseDay(doc.article.published)) return { date: doc.article.published, basis: 'publication' };
  // A lead without a date, in a report without one: the first date its paragraph tells.
  const s = doc.sentences[sentenceIndexAt(doc.sentences, offset)];
  for (let k = i + 1; k < f.timexes.length; k++) {
    const t = f.timexes[k];
    const para = doc.sentences[sentenceIndexAt(doc.sentences, t.start)]?.paragraph;
    if (!s || para !== s.paragraph) break;
    if (f.calendar[k] && f.narrative[k]) return { date: f.calendar[k], basis: 'narrative' };
  }
  return { date: null, basis: 'none' };
}
