// Reported speech: a speech verb with a clausal complement. Frames:
//   "X said (that) CLAUSE"             that / zero
//   "X urged Y to VP"                  obj-to          "X claimed to have VP"   subj-to
//   "X stressed the need for Y to VP"  need            "X accused Y of VPing"   of-gerund
//   "CLAUSE, X said." / "A, X said, B" tag / parenthetical
//   "NP, which X said VP"              relative
//   "CLAUSE, according to X" / "According to X, CLAUSE"   according
// Noun objects ("urged restraint", "expressed sorrow") are not reported speech.
import type { Span } from '../../model.ts';
import { accordingSource } from './attribution.ts';
import { tokenAt, type QuoteContext, type SentenceView } from './context.ts';
import { isAccordingTo, isVerbAt, opensQuote, type CueHit } from './cues.ts';
import {
  AGENT_NOUNS, CLAUSE_OPENERS, CUE_FORMS, DETERMINERS, DOCUMENT_NOUNS, FINITE_VERBS, NOT_NAME_WORDS,
  OBJECT_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS, VERB_PREMODIFIERS,
} from './lexicon.ts';
import type { QuotedSpan } from './marks.ts';
import { afterDateline, coordinatedSpeaker, type SpeakerSpan } from './speaker.ts';
import { isCapitalized, isWord, wordCount, type Token } from './tokens.ts';

export type ReportFrame = 'that' | 'zero' | 'obj-to' | 'subj-to' | 'need' | 'of-gerund' | 'gerund' | 'tag' | 'parenthetical' | 'relative' | 'according';

export interface ReportedSpeech extends Span {
  text: string;
  frame: ReportFrame;
  view: number;
  cue: CueHit | null;
  cueText: string;
  cueSpan: Span;
  speaker: SpeakerSpan | null;
}

const MIN_WORDS = 3;
const NEED_NOUNS = new Set(['need', 'importance', 'necessity', 'urgency']);
const BREAK_AFTER_COMMA = new Set('though although but while whereas according adding saying noting even despite as'.split(' '));
const TIME_WORDS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow earlier later ' +
    'january february march april may june july august september october november december week month year ' +
    'morning afternoon evening night weekend').split(' '),
);
const CHANNEL_WORDS = new Set('statement interview briefing release conference speech address broadcast reporters journalists post tweet letter remarks television radio'.split(' '));
// -ing words that are prepositions: they continue the clause ("..., during which", "..., including").
const ING_PREPOSITIONS = new Set('during including excluding regarding concerning following considering pending notwithstanding according'.split(' '));
const CONCESSIVES = new Set(['though', 'although', 'but', 'while', 'whereas', 'even']);
const SUBORDINATORS = new Set('while although though because if when as since unless whereas after before once until'.split(' '));
const AUXILIARIES = /^(?:is|was|are|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do)$/;
// Words that open a time or manner adjunct after a verb ("said this month that", "said again that").
const ADJUNCT_WORDS = new Set('last this next earlier later recently previously again also once twice publicly repeatedly privately today yesterday'.split(' '));
const PARTICIPLE = /(?:ed|told|said|written|spoken|given|made|sent|sought)$/;
// Verbs that report rather than act: after "and" they go with the reporting verb ("posted that he
// had urged ... and said he had ..."), while "had called X and warned that" is one report.
const REPORTING_LEMMAS = new Set(['say', 'add', 'tell', 'write', 'post', 'tweet', 'state', 'note', 'explain', 'insist', 'stress']);
const RECIPIENT_VERBS = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'caution', 'advise']);

const lowerWord = (t: Token | undefined): t is Token => isWord(t) && t.text === t.lower;
const isVerbish = (t: Token | undefined) => lowerWord(t) && !t.lower.includes('-') && (FINITE_VERBS.has(t.lower) || CUE_FORMS.has(t.lower));
const isFiniteLike = (t: Token | undefined, prev: Token | undefined) =>
  lowerWord(t) && !t.lower.includes('-') &&
  (FINITE_VERBS.has(t.lower) || CUE_FORMS.has(t.lower) || /[^e]ed$|ied$/.test(t.lower) ||
    (/[^s]s$/.test(t.lower) && !!prev && (isCapitalized(prev) || SUBJECT_PRONOUNS.has(prev.lower))));

/** Index of the next non-mark token from k. */
function skipMarks(tokens: Token[], k: number): number {
  while (k < tokens.length && (tokens[k].kind === 'open' || tokens[k].kind === 'close')) k++;
  return k;
}

/** Skips a comma-enclosed aside right after a verb: "emphasised, in light of ..., the importance". */
function skipAside(tokens: Token[], j: number): number {
  if (tokens[j]?.text !== ',') return j;
  for (let m = j + 1; m < tokens.length && m - j <= 16; m++) {
    const t = tokens[m];
    if (t.kind === 'open' || t.kind === 'close' || t.text === '.' || t.text === ';' || isVerbish(t)) return j;
    if (t.text === ',') return m > j + 1 ? m + 1 : j;
  }
  return j;
}

/** Skips time and channel adjuncts and (for "told X") the recipient before a that-less clause. */
function skipAdjuncts(tokens: Token[], j: number, cue: CueHit): number {
  let k = j;
  if (RECIPIENT_VERBS.has(cue.verb.lemma)) {
    let m = k;
    while (m < tokens.length && isWord(tokens[m]) && isCapitalized(tokens[m]) && !NOT_NAME_WORDS.has(tokens[m].lower)) m++;
    if (m === k && isWord(tokens[m]) && (OBJECT_PRONOUNS.has(tokens[m].lower) || /^(?:reporters|journalists|lawmakers)$/.test(tokens[m].lower))) m++;
    k = m;
  }
  for (let guard = 0; guard < 3; guard++) {
    const t = tokens[k];
    if (!isWord(t)) break;
    if (TIME_WORDS.has(t.lower)) { k++; continue; }
    if (/^(?:last|this|next)$/.test(t.lower) && isWord(tokens[k + 1]) && TIME_WORDS.has(tokens[k + 1].lower)) { k += 2; continue; }
    if (/^(?:in|on|at|during|to|via)$/.test(t.lower)) {
      let m = k + 1;
      while (m < tokens.length && m - k <= 5 && isWord(tokens[m]) && !TIME_WORDS.has(tokens[m].lower) && !CHANNEL_WORDS.has(tokens[m].lower)) m++;
      if (isWord(tokens[m]) && (TIME_WORDS.has(tokens[m].lower) || CHANNEL_WORDS.has(tokens[m].lower))) { k = m + 1; continue; }
    }
    break;
  }
  return k;
}

const adjunct = (t: Token) => isWord(t) && (TIME_WORDS.has(t.lower) || (lowerWord(t) && (PREPOSITIONS.has(t.lower) || ADJUNCT_WORDS.has(t.lower) || /ly$/.test(t.lower))));

/** "said (that) CLAUSE": where the complement starts, or -1. */
function thatComplement(tokens: Token[], j: number, cue: CueHit): number {
  // Between the verb and "that" only adjuncts ("said on Friday that") or, for "told X that", the
  // hearer; "say a stabbing that killed ..." has a relative "that" and a that-less clause.
  const first = tokens[skipMarks(tokens, j)];
  if (first && first.lower !== 'that' && !RECIPIENT_VERBS.has(cue.verb.lemma) && !adjunct(first)) return -1;
  for (let m = j, skipped = 0; m < tokens.length && m - j - skipped <= 12; m++) {
    const t = tokens[m];
    if (t.kind === 'open' || t.kind === 'close') continue;
    // "told Reuters, which first reported the talks, that ...": a relative aside on the hearer.
    if (t.text === ',' && m > j && lowerWord(tokens[m + 1]) && /^(?:which|who)$/.test(tokens[m + 1].lower)) {
      let e = m + 2;
      while (e < tokens.length && e - m <= 14 && tokens[e].text !== ',' && tokens[e].kind === 'word') e++;
      if (tokens[e]?.text === ',' && tokens[e + 1]?.lower === 'that') { skipped += e - m; m = e; continue; }
    }
    if (t.kind === 'punct') return -1;
    if (t.lower === 'that') {
      // "said of that plan": a demonstrative after a preposition; "estimates that could be":
      // "that" is the clause's subject, so the clause starts with it.
      if (m > j && lowerWord(tokens[m - 1]) && PREPOSITIONS.has(tokens[m - 1].lower)) continue;
      return isFiniteLike(tokens[m + 1], t) && !SUBJECT_PRONOUNS.has(tokens[m + 1]?.lower ?? '') ? m : m + 1;
    }
    // "said in a statement posted on X that": a participle after a noun modifies it.
    const modifier = /ed$/.test(t.lower) && lowerWord(tokens[m - 1]) && DOCUMENT_NOUNS.has(tokens[m - 1].lower);
    if (m > j && ((isVerbish(t) && isVerbAt(tokens, m) && !modifier) || (lowerWord(t) && CLAUSE_OPENERS.has(t.lower)))) return -1;
  }
  return -1;
}

/** A comma-enclosed aside after a subject ("the operation, named X, did ...", "their retaliation,
 * which they called Y, had ..."): the index after its closing comma when a verb follows, else -1. */
function asideAfterSubject(tokens: Token[], m: number): number {
  const first = tokens[m + 1];
  if (!lowerWord(first) || !/^(?:which|who|named|called|known|dubbed|codenamed|now|also|then|once|already)$|[^e]ed$/.test(first.lower)) return -1;
  for (let e = m + 2; e < tokens.length && e - m <= 12; e++) {
    const t = tokens[e];
    if (t.kind === 'open' || t.kind === 'close') return -1;
    if (t.text === ',') {
      const v = tokens[skipMarks(tokens, e + 1)];
      return lowerWord(v) && (AUXILIARIES.test(v.lower) || isFiniteLike(v, tokens[e - 1])) ? e + 1 : -1;
    }
    if (t.kind === 'punct') return -1;
  }
  return -1;
}

const QUANTIFIERS = new Set('all both many most several few much more less one two three four five six seven eight nine ten'.split(' '));
const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands scores none few'.split(' '));

const APPROXIMATORS = new Set('more fewer less about around nearly almost over up at roughly approximately some just well'.split(' '));

/** "more than 7,000 people", "at least 12 soldiers", "about 40": a number phrase opening a clause. */
function approximateNumber(tokens: Token[], k: number): boolean {
  if (!APPROXIMATORS.has(tokens[k].lower)) return false;
  for (let m = k + 1; m <= k + 3 && m < tokens.length; m++) {
    const t = tokens[m];
    if (!isWord(t)) return false;
    if (/^\d/.test(t.lower) || NUMBER_WORDS.has(t.lower)) return true;
    if (!/^(?:than|least|most|to|of|as|many|much)$/.test(t.lower)) return false;
  }
  return false;
}

/** "said enriched material had been moved": up to three lower-case words (no verb among them)
 * before an auxiliary make a that-less clause's subject. */
function bareSubjectBeforeAuxiliary(tokens: Token[], k: number): boolean {
  for (let m = k; m < tokens.length && m - k <= 3; m++) {
    const t = tokens[m];
    if (!lowerWord(t)) return false;
    if (m > k && AUXILIARIES.test(t.lower)) return !/^(?:do|does|did|be|been)$/.test(t.lower);
    if (PREPOSITIONS.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || ADJUNCT_WORDS.has(t.lower) || isVerbish(t) || AUXILIARIES.test(t.lower) ||
      /^(?:not|how|what|why|whether|who|whom|which|where|when|if)$/.test(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return false;
  }
  return false;
}

function zeroComplement(tokens: Token[], j: number, cue: CueHit): number {
  const k = skipMarks(tokens, skipAdjuncts(tokens, j, cue));
  const t = tokens[k];
  if (!isWord(t)) return -1;
  // A bare plural noun starts a clause only when its verb follows at once ("says inspectors returned").
  const barePlural = t.text === t.lower && /[^s]s$/.test(t.lower) && !isVerbish(t) && isFiniteLike(tokens[k + 1], t) && !/s$/.test(tokens[k + 1]?.lower ?? '');
  // "it’s", "they’re": a subject with its verb.
  if (/^(?:it|he|she|they|we|i|there|that|you)['’](?:s|re|ll|d|ve|m)$/i.test(t.text)) return k;
  const starts = t.text === t.lower
    ? SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'there' || (DETERMINERS.has(t.lower) && t.lower !== 'that') || /^(?:no|all|most|many|several|both|only)$/.test(t.lower) || /^\d/.test(t.lower) || barePlural ||
      NUMBER_WORDS.has(t.lower) || approximateNumber(tokens, k) || bareSubjectBeforeAuxiliary(tokens, k)
    : !TIME_WORDS.has(t.lower) && t.lower !== 'according';
  if (!starts) return -1;
  let skipped = 0;
  for (let m = k + 1; m < tokens.length && m - k - skipped <= 10; m++) {
    const x = tokens[m];
    if (x.kind === 'open' || x.kind === 'close') continue;
    if (x.text === ',') {
      // "7,000": a thousands separator.
      if (tokens[m - 1]?.end === x.start && tokens[m + 1]?.start === x.end && /^\d/.test(tokens[m - 1].text) && /^\d{3}/.test(tokens[m + 1].text)) continue;
      const after = asideAfterSubject(tokens, m);
      if (after > m) { skipped += after - m; m = after - 1; continue; }
    }
    if (x.kind === 'punct' && !/^['’]$/.test(x.text)) return -1;
    // "announced a curfew in X and ordered ...": a verb after "and" goes with the speech verb.
    if (isFiniteLike(x, tokens[m - 1])) return /^(?:and|or|but)$/.test(tokens[m - 1].lower) ? -1 : k;
  }
  return -1;
}

// -ing words that are nouns after "denied" ("denied wrongdoing").
const ING_NOUNS = new Set('wrongdoing nothing anything something everything funding spending training meeting briefing wedding morning evening building wording'.split(' '));

/** "denied firing any missiles": a gerund with something after it (an object or an adjunct). */
function gerundClause(tokens: Token[], j: number): boolean {
  let m = j;
  while (lowerWord(tokens[m]) && /ly$/.test(tokens[m].lower) && tokens[m].lower.length > 4) m++;
  const g = tokens[m];
  if (!lowerWord(g) || !/ing$/.test(g.lower) || g.lower.length < 6 || ING_NOUNS.has(g.lower)) return false;
  if (tokens[m - 1]?.lower === 'having') return true;
  return isWord(tokens[m + 1]) || tokens[m + 1]?.kind === 'open';
}

function hasAgent(obj: Token[]): boolean {
  return obj.some((t) => isWord(t) && (isCapitalized(t) || OBJECT_PRONOUNS.has(t.lower) || AGENT_NOUNS.has(t.lower)));
}

/** "urged Y to VP" (Y names someone) or "accused Y of VPing": the object's start, or -1. */
function objectComplement(tokens: Token[], j: number, link: 'to' | 'of'): number {
  const obj: Token[] = [];
  for (let m = j; m < tokens.length && m - j <= 12; m++) {
    const t = tokens[m];
    if (t.kind === 'open' || t.kind === 'close') continue;
    if (t.kind === 'punct' && !/^['’]$/.test(t.text)) return -1;
    if (lowerWord(t) && t.lower === link && obj.length) {
      let after = skipMarks(tokens, m + 1);
      if (link === 'of') while (lowerWord(tokens[after]) && /ly$/.test(tokens[after].lower) && tokens[after].lower.length > 4) after++;
      const n = tokens[after];
      const ok = link === 'to'
        ? lowerWord(n) && !DETERMINERS.has(n.lower) && !OBJECT_PRONOUNS.has(n.lower) && !SUBJECT_PRONOUNS.has(n.lower) && !/^\d/.test(n.lower) && !QUANTIFIERS.has(n.lower)
        : lowerWord(n) && /ing$/.test(n.lower);
      return ok && hasAgent(obj) ? j : -1;
    }
    if (lowerWord(t) && t.lower === 'not' && tokens[m + 1]?.lower === 'to' && obj.length) return hasAgent(obj) ? j : -1;
    if (isVerbish(t)) return -1;
    obj.push(t);
  }
  return -1;
}

/** True when token t opens the speaker of a cue after cue n. */
function speakerAfter(v: SentenceView, n: number, t: Token | undefined): boolean {
  if (!t) return false;
  const { cues, speakers } = v;
  for (let n2 = n + 1; n2 < cues.length; n2++) if (speakers[n2]?.start === t.start) return true;
  return false;
}

/** Where a reported clause starting at token k ends (exclusive token index). */
function clauseEnd(v: SentenceView, k: number, n: number): number {
  const { tokens, cues, speakers } = v;
  // A perfect auxiliary in the clause can govern a participle after "and" ("he had called both
  // leaders and warned that ..."): that verb is part of the report ...
  let perfect = false;
  // ... when the speaker reports his own acts ("he had ..."); "Cambodia had no choice ... and
  // accused X" is the speaker's accusation, coordinated with the reporting verb.
  const selfReport = lowerWord(tokens[skipMarks(tokens, k)]) && /^(?:he|she|we|i|they)$/.test(tokens[skipMarks(tokens, k)].lower);
  for (let m = k; m < tokens.length; m++) {
    const t = tokens[m];
    if (t.text === ';' || (t.text === ':' && m > k)) return m;
    if (lowerWord(t) && /^(?:had|has|have)$/.test(t.lower)) perfect = true;
    if (t.text === ',') {
      const w = tokens[skipMarks(tokens, m + 1)];
      if (!isWord(w)) continue;
      if (lowerWord(w) && (BREAK_AFTER_COMMA.has(w.lower) || w.lower === 'a' || w.lower === 'an')) return m;
      if (lowerWord(w) && /ing$/.test(w.lower) && w.lower.length > 5 && !ING_PREPOSITIONS.has(w.lower)) return m;
      // ", further escalating ...", ", thereby raising ..."
      if (lowerWord(w) && /^(?:further|thereby|thus|also|still|again|possibly|potentially)$|ly$/.test(w.lower) && /ing$/.test(tokens[m + 2]?.lower ?? '')) return m;
      // ", the ministry said." closes the clause it reports.
      for (let n2 = n + 1; n2 < cues.length; n2++) if (speakers[n2]?.start === w.start && cues[n2].verb.tag) return m;
      // ", which the ministry denied": a comment with a speaker of its own on the whole clause.
      if (lowerWord(w) && /^(?:which|who)$/.test(w.lower) && speakerAfter(v, n, tokens[skipMarks(tokens, m + 2)])) return m;
    }
    if (lowerWord(t) && (t.lower === 'and' || t.lower === 'but')) {
      const comma = tokens[m - 1]?.text === ',';
      // ", and Defence Minister Katz ordered ...": a new subject with a speech verb of its own.
      if (speakerAfter(v, n, tokens[m + 1])) return m;
      let x = m + 1;
      while (lowerWord(tokens[x]) && VERB_PREMODIFIERS.has(tokens[x].lower)) x++;
      const cue = cues.find((c, n2) => n2 > n && c.i === x);
      if (cue && !(perfect && selfReport && !comma && PARTICIPLE.test(tokens[x].lower) && !REPORTING_LEMMAS.has(cue.verb.lemma))) return m;
      // ", and thanked Tehran": after a comma a verb without a subject goes with the speech verb.
      if (comma && t.lower === 'and' && lowerWord(tokens[x]) && !AUXILIARIES.test(tokens[x].lower) &&
        (/[^e]ed$|ied$/.test(tokens[x].lower) || (FINITE_VERBS.has(tokens[x].lower) && !/s$/.test(tokens[x].lower)))) return m;
    }
  }
  return tokens.length;
}

const TRIM_START = /^[\s“"‘'(«,]+/;
const TRIM_END = /[\s.,;:!?”"’)»—–-]+$/;

function spanText(body: string, start: number, end: number): { start: number; end: number; text: string } {
  const raw = body.slice(start, end);
  const lead = raw.match(TRIM_START)?.[0].length ?? 0;
  const trail = raw.slice(lead).match(TRIM_END)?.[0].length ?? 0;
  const s = start + lead, e = end - trail;
  return { start: s, end: e, text: body.slice(s, e) };
}

/** The reported clause without quotation marks (a mixed quote's marks are not the speaker's words).
 * With a known start offset, only the marks the mark finder paired are removed. */
function withoutMarks(ctx: QuoteContext, text: string, start: number): string {
  if (!/[“”"«»‘’']/.test(text)) return text;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const at = start + i;
    const mark = start >= 0 ? ctx.marks.opens.has(at) || ctx.marks.closes.has(at) : /[“”"«»]/.test(text[i]);
    if (mark) { parts.push(text.slice(from, i)); from = i + 1; }
  }
  parts.push(text.slice(from));
  return parts.join('').replace(/\s{2,}/g, ' ').trim();
}

interface QuotedIndex { spans: QuotedSpan[]; starts: number[] }

function quotedAt(qi: QuotedIndex, offset: number): QuotedSpan | null {
  let lo = 0, hi = qi.starts.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (qi.starts[mid] <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  for (let k = ans; k >= 0 && k >= ans - 2; k--) {
    const q = qi.spans[k];
    if (q.parts.some((p) => p.start <= offset && offset < p.end)) return q;
  }
  return null;
}

/** True when text [s, e) lies inside one quoted span of four words or more: a direct quote alone. */
function whollyQuoted(ctx: QuoteContext, qi: QuotedIndex, s: number, e: number): boolean {
  const q = quotedAt(qi, s);
  if (!q) return false;
  const words = q.parts.reduce((n, p) => n + (ctx.body.slice(p.start, p.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  return words >= 4 && q.parts.some((p) => p.start <= s && e <= p.end + 1);
}

export function findReportedSpeech(ctx: QuoteContext): ReportedSpeech[] {
  const qi: QuotedIndex = { spans: ctx.quoted, starts: ctx.quoted.map((q) => q.parts[0]?.start ?? q.open) };
  const out: ReportedSpeech[] = [];
  const seen = new Set<string>();
  const emit = (r: Omit<ReportedSpeech, 'start' | 'end' | 'text'>, s: number, e: number, text?: string) => {
    const t = spanText(ctx.body, s, e);
    const body = withoutMarks(ctx, text ?? t.text, text ? -1 : t.start);
    if ((body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) return;
    const key = `${t.start}:${t.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...r, start: t.start, end: t.end, text: body });
  };

  ctx.views.forEach((v, vi) => {
    const first = out.length;
    // Most sentences hold no speech cue: their tokens and speakers are not needed here.
    if (v.cues.length) reportsOfCues(ctx, qi, v, vi, emit, out);
    accordingTo(ctx, v, vi, emit, out, first);
  });
  out.sort((a, b) => a.start - b.start);
  return out;
}

type Emit = (r: Omit<ReportedSpeech, 'start' | 'end' | 'text'>, s: number, e: number, text?: string) => void;

/** The reports of one sentence's speech cues (a function of its own: it compiles apart from the article loop). */
function reportsOfCues(ctx: QuoteContext, qi: QuotedIndex, v: SentenceView, vi: number, emit: Emit, out: ReportedSpeech[]): void {
  const { tokens, cues, speakers } = v;
  const first = out.length;
  for (let n = 0; n < cues.length; n++) {
    const c = cues[n], sp = speakers[n];
    const cueSpan = { start: tokens[c.i].start, end: tokens[c.j - 1].end };
    const cueInQuote = quotedAt(qi, cueSpan.start);
    if (cueInQuote && !opensQuote(tokens, c)) continue;
    const base = { view: vi, cue: c, cueText: c.form, cueSpan, speaker: sp };
    const j = skipAside(tokens, c.j);
    let k = -1;
    let frame: ReportFrame | null = null;
    if (c.verb.need && tokens[j]?.lower === 'the' && NEED_NOUNS.has(tokens[j + 1]?.lower ?? '')) { k = j; frame = 'need'; }
    if (k < 0 && c.verb.that) { k = thatComplement(tokens, j, c); frame = 'that'; }
    if (k < 0 && c.verb.objTo) { k = objectComplement(tokens, j, 'to'); frame = 'obj-to'; }
    if (k < 0 && c.verb.subjTo && tokens[j]?.lower === 'to' && lowerWord(tokens[j + 1]) && !DETERMINERS.has(tokens[j + 1].lower)) { k = j; frame = 'subj-to'; }
    if (k < 0 && c.verb.ofGerund) { k = objectComplement(tokens, j, 'of'); frame = 'of-gerund'; }
    if (k < 0 && c.verb.gerund && gerundClause(tokens, j)) { k = j; frame = 'gerund'; }
    if (k < 0 && c.verb.zero && sp?.how !== 'inverted') { k = zeroComplement(tokens, j, c); frame = 'zero'; }
    if (k >= 0 && frame) {
      const end = clauseEnd(v, k, n);
      if (end <= k) continue;
      const s = tokens[k].start, e = tokens[end - 1].end;
      // A complement that is one quotation and nothing else is a direct quote only.
      if (!cueInQuote && whollyQuoted(ctx, qi, tokens[skipMarks(tokens, k)]?.start ?? s, spanText(ctx.body, s, e).end)) continue;
      emit({ ...base, frame }, s, e);
      continue;
    }
    if (!sp || cueInQuote) continue;
    // "an operation Trump said had obliterated the sites": a relative clause without its pronoun,
    // the subject gap right after the verb; the report is the verb phrase.
    const gap = tokens[skipMarks(tokens, c.j)];
    const named = sp.how === 'subject' && (c.verb.zero || c.verb.that) && lowerWord(gap) && AUXILIARIES.test(gap.lower) && !/^(?:do|does|did)$/.test(gap.lower) ? zeroRelative(tokens, sp, c.i) : null;
    if (named) {
      const end = clauseEnd(v, c.j, n);
      if (end > c.j) emit({ ...base, speaker: { ...named, how: 'subject' }, frame: 'relative' }, tokens[c.j].start, tokens[end - 1].end);
      continue;
    }
    // "NP, which X said VP": the reported clause is the antecedent plus the verb phrase.
    const spStart = tokenAt(v, sp.start);
    // "whom Kinshasa and the UN say are ...": the pronoun stands before both speakers.
    let relAt = spStart - 1;
    if (tokens[relAt]?.lower === 'and') {
      const left = coordinatedSpeaker(tokens, sp);
      if (left) relAt = tokenAt(v, left.start) - 1;
    }
    const rel = tokens[relAt];
    if (sp.how === 'subject' && lowerWord(rel) && /^(?:which|who|whom|that)$/.test(rel.lower) && (c.verb.zero || c.verb.that) && lowerWord(tokens[c.j]) && isFiniteLike(tokens[c.j], tokens[c.j - 1])) {
      let end = clauseEnd(v, c.j, n);
      // A relative clause set off by commas ends at the next one.
      if (tokens[relAt - 1]?.text === ',') for (let m = c.j; m < end; m++) if (tokens[m].text === ',' && !/^\d{3}/.test(tokens[m + 1]?.text ?? '')) { end = m; break; }
      let a = relAt - 1;
      if (tokens[a]?.text === ',') a--;
      let first = -1;
      for (let m = a; m >= 0 && a - m < 10; m--) {
        const t = tokens[m];
        if (t.kind !== 'word' && !/^['’]$/.test(t.text)) break;
        // Walking back over a noun phrase: stop at a verb ("conveyed") or a clause word; "-s" words
        // here are plural nouns ("drone strikes").
        if (lowerWord(t) && ((CLAUSE_OPENERS.has(t.lower) && t.lower !== 'and' && t.lower !== 'or') || AUXILIARIES.test(t.lower) || /[^e]ed$|ied$|^(?:said|told|wrote)$/.test(t.lower))) break;
        first = m;
      }
      if (first >= 0 && end > c.j) {
        const ante = spanText(ctx.body, tokens[first].start, tokens[a].end);
        const vp = spanText(ctx.body, tokens[c.j].start, tokens[end - 1].end);
        emit({ ...base, frame: 'relative' }, ante.start, vp.end, `${ante.text} ${vp.text}`);
      }
      continue;
    }
    // "CLAUSE, X said." and "A, X said, B"
    if (!c.verb.tag || (sp.how !== 'subject' && sp.how !== 'inverted') || tokens[c.i - 1]?.lower === 'to') continue;
    const pre = sp.how === 'subject' ? spStart - 1 : c.i - 1;
    if (pre < 2 || tokens[pre].text !== ',') continue;
    let post = sp.how === 'inverted' ? tokenAt(v, sp.end) : c.j;
    // The tag may go on with a participle ("said Leon, adding, ...") or a concession (", though
    // the decision rests with ..."): the writer's words, not part of the report.
    let tailEnd = post;
    while (tailEnd < tokens.length && !(tokens[tailEnd].text === ',' && lowerWord(tokens[tailEnd + 1]) && (/ing$/.test(tokens[tailEnd + 1].lower) || CONCESSIVES.has(tokens[tailEnd + 1].lower)))) tailEnd++;
    const tail = tokens.slice(post, tailEnd);
    const clauseStart = skipMarks(tokens, afterDateline(tokens));
    const before = tokens.slice(clauseStart, pre);
    if (wordCount(before) < 2) continue;
    // A sentence ending in a colon introduces a quotation.
    if (tokens[tokens.length - 1]?.text === ':') continue;
    // After the tag only adjuncts may follow ("said Friday", "said in a televised interview"), and
    // a clause opening with "While/If/Because ..." needs its main clause before the tag.
    // ("in a statement issued in the afternoon" keeps its participle; a new subject ends it).
    const adjunctsOnly = wordCount(tail) <= 20 && !tail.some((t) => t.lower === 'that' || t.text === ',' || isVerbish(t) ||
      SUBJECT_PRONOUNS.has(t.lower) || /^(?:it|he|she|they|we|i|there|that|you)['’](?:s|re|ll|d|ve|m)$/.test(t.lower));
    const subordinate = isWord(before[0]) && SUBORDINATORS.has(before[0].lower) && !before.some((t) => t.text === ',');
    if (adjunctsOnly && !subordinate) {
      // A participial phrase ("Underscoring X, he said") is not a clause.
      if (wordCount(before) < 4 || !before.some((t, q) => isFiniteLike(t, before[q - 1]))) continue;
      const s = tokens[clauseStart].start, e = tokens[pre - 1].end;
      // Quoted words inside the clause make a mixed quotation ('Iran reserved "all options" to ...,
      // he said'); a sentence that opens with a quotation mark is a direct quote's.
      if (whollyQuoted(ctx, qi, s, spanText(ctx.body, s, e).end) || tokens[clauseStart - 1]?.kind === 'open') continue;
      emit({ ...base, frame: 'tag' }, s, e);
      continue;
    }
    while (post < tokens.length && tokens[post].text !== ',' && post - c.j < 6 && isWord(tokens[post])) post++;
    const resume = tokens[skipMarks(tokens, post + 1)];
    if (tokens[post]?.text === ',' && wordCount(tokens.slice(post + 1)) >= 2 && !(lowerWord(resume) && (/ing$/.test(resume.lower) || CUE_FORMS.has(resume.lower)))) {
      const end = clauseEnd(v, post + 1, n);
      const a = spanText(ctx.body, tokens[clauseStart].start, tokens[pre - 1].end);
      const b = spanText(ctx.body, tokens[post + 1].start, tokens[end - 1].end);
      emit({ ...base, frame: 'parenthetical' }, a.start, b.end, `${a.text} ${b.text}`);
    }
  }
  if (out.length - first > 1) out.splice(first, out.length - first, ...unnest(tokens, out.slice(first)));
}

/** The speaker's name or pronoun (at the end of the span before the verb at index cue) when it
 * follows a common noun directly: "an operation [Trump] said had ...". */
function zeroRelative(tokens: Token[], sp: Span, cue: number): Span | null {
  let m = cue - 1;
  while (m >= 0 && lowerWord(tokens[m]) && VERB_PREMODIFIERS.has(tokens[m].lower)) m--;
  if (m < 0 || tokens[m].end !== sp.end) return null;
  if (lowerWord(tokens[m]) && !SUBJECT_PRONOUNS.has(tokens[m].lower)) return null;
  if (!lowerWord(tokens[m])) while (m > 0 && isCapitalized(tokens[m - 1]) && tokens[m - 1].start >= sp.start) m--;
  const before = tokens[m - 1];
  const ok = lowerWord(before) && !DETERMINERS.has(before.lower) && !PREPOSITIONS.has(before.lower) &&
    !CLAUSE_OPENERS.has(before.lower) && !/^(?:what|whatever|all|everything|anything|something|nothing)$/.test(before.lower) && !isVerbish(before) && !/[^e]ed$/.test(before.lower);
  return ok ? { start: tokens[m].start, end: sp.end } : null;
}

const REQUEST_FRAMES = new Set<ReportFrame>(['obj-to', 'subj-to', 'need', 'of-gerund', 'gerund']);

/** Reports inside another report of the same sentence. A request, a participle or a verb
 * coordinated without a subject of its own is part of the report it stands in ("said he had
 * called both leaders and urged them to ..."); a tag around a clause that reports someone's words
 * names the source of those words ("X phoned Y to say S, the agency reported": S is X's). */
function unnest(tokens: Token[], items: ReportedSpeech[]): ReportedSpeech[] {
  const drop = new Set<ReportedSpeech>();
  for (const inner of items) {
    // A readout fragment ('he "continued to urge ..."') is marked as the inner speaker's own words.
    if (!inner.cue || opensQuote(tokens, inner.cue)) continue;
    for (const outer of items) {
      if (outer === inner || drop.has(outer) || !(outer.start <= inner.cueSpan.start && inner.cueSpan.start < outer.end)) continue;
      // A participle or a coordinated verb whose subject is the outer report's speaker ("said he had
      // called ... and warned"); one whose subject stands inside the report ("said that Dawit had
      // ... while insisting that ...") is a report of its own.
      const sp = inner.speaker;
      const bound = (inner.cue.ing || sp?.how === 'inherited' || sp?.how === 'main') && !(sp && sp.start >= outer.start && sp.end <= outer.end);
      if ((outer.frame === 'tag' || outer.frame === 'parenthetical') && (inner.frame === 'that' || inner.frame === 'zero') && !bound) drop.add(outer);
      else if (REQUEST_FRAMES.has(inner.frame) || bound) drop.add(inner);
    }
  }
  return drop.size ? items.filter((r) => !drop.has(r)) : items;
}

/** "CLAUSE, according to X" and "According to X, CLAUSE": the source's words, unless the clause
 * reports someone's speech itself ("According to the ministry, Rubio stressed ...": that is Rubio's). */
function accordingTo(
  ctx: QuoteContext, v: SentenceView, vi: number,
  emit: (r: Omit<ReportedSpeech, 'start' | 'end' | 'text'>, s: number, e: number) => void,
  out: ReportedSpeech[], first: number,
): void {
  if (!/according to/i.test(ctx.body.slice(v.sentence.start, v.sentence.end))) return;
  const { tokens } = v;
  for (let a = 0; a < tokens.length - 2; a++) {
    if (!isAccordingTo(tokens, a)) continue;
    const src = accordingSource(tokens, a);
    if (!src) continue;
    const srcEnd = tokenAt(v, src.end);
    let cs: number, ce: number;
    if (tokens[a - 1]?.text === ',' || a > 0 && tokens[srcEnd]?.text !== ',') {
      cs = skipMarks(tokens, afterDateline(tokens));
      ce = tokens[a - 1]?.text === ',' ? a - 1 : a;
      // A fronted adverbial before the clause is not part of it only if it is the source itself.
    } else {
      if (tokens[srcEnd]?.text !== ',') continue;
      cs = srcEnd + 1;
      ce = clauseEnd(v, cs, -1);
    }
    if (ce - cs < 3) continue;
    const clause = tokens.slice(cs, ce);
    const s0 = tokens[cs].start, e0 = tokens[ce - 1].end;
    let inner = false;
    for (let r = first; r < out.length && !inner; r++) inner = out[r].cueSpan.start >= s0 && out[r].cueSpan.start < e0;
    if (inner) continue;
    if (wordCount(clause) < 4 || clause.some((t) => t.kind === 'open') || tokens[cs - 1]?.kind === 'open') continue;
    const s = tokens[cs].start, e = tokens[ce - 1].end;
    emit({
      view: vi, cue: null, cueText: 'according to', cueSpan: { start: tokens[a].start, end: tokens[a + 1].end },
      speaker: { ...src, how: 'subject' }, frame: 'according',
    }, s, e);
  }
}
