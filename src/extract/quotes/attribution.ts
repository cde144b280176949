// Who said a direct quote. In order of strength:
//  1. a reporting clause right after the closing mark ('"...," Vance told Fox News');
//  2. a speech verb before the quote in the same clause ('Rubio urged Pakistan to take "..."');
//  3. a quote that opens with the speech verb itself, a readout fragment ('Rubio "emphasized that ..."');
//  4. the subject of the clause the quote sits in ('Rubio also expressed "sorrow for ..."');
//  5. a reporting clause ending in a colon just before ('he said:' then the quote);
//  6. otherwise the speaker of the quote just before (decided by the caller).
import type { Span } from '../../model.ts';
import type { CueHit } from './cues.ts';
import { isAccordingTo } from './cues.ts';
import { tokenAt, viewAt, type QuoteContext, type SentenceView } from './context.ts';
import type { DirectQuote } from './direct.ts';
import { CATENATIVES, CLAUSE_OPENERS, COMMUNICATION_VERBS, CUE_FORMS, FINITE_VERBS, VERB_PREMODIFIERS } from './lexicon.ts';
import { mainSubject, type SpeakerSpan } from './speaker.ts';
import { isWord, wordCount, type Token } from './tokens.ts';

export type AttributionRule = 'tag' | 'split-tag' | 'cue-before' | 'fragment' | 'clause-subject' | 'colon' | 'previous' | 'none' | 'term';

export interface Attribution {
  rule: AttributionRule;
  /** Sentence view the speaker span and cue are in. */
  view: number;
  cue: CueHit | null;
  /** "according to" has no verb hit; its words are the cue. */
  cueText: string | null;
  cueSpan: Span | null;
  speaker: SpeakerSpan | null;
}

// After ", " these words open a new clause, so a speech verb before them does not govern what follows.
const CLAUSE_BREAKERS = new Set('during which who whom when where while whereas although though but after before since'.split(' '));

const isVerbish = (t: Token | undefined) =>
  isWord(t) && t.text === t.lower && (FINITE_VERBS.has(t.lower) || CUE_FORMS.has(t.lower) || /[^e]ed$/.test(t.lower));

function cueAttribution(rule: AttributionRule, view: number, v: SentenceView, n: number): Attribution {
  const c = v.cues[n];
  return {
    rule, view, cue: c, cueText: c.form, cueSpan: { start: v.tokens[c.i].start, end: v.tokens[c.j - 1].end },
    speaker: v.speakers[n],
  };
}

/** The source after "according to" at token a, up to the next comma or the sentence end. */
export function accordingSource(tokens: Token[], a: number): Span | null {
  let last = -1;
  for (let m = a + 2; m < tokens.length && m - a < 16; m++) {
    const t = tokens[m];
    if (t.kind !== 'word' && !/^['’&-]$/.test(t.text)) break;
    last = m;
  }
  return last >= a + 2 ? { start: tokens[a + 2].start, end: tokens[last].end } : null;
}

function accordingAttribution(view: number, v: SentenceView, a: number): Attribution | null {
  const src = accordingSource(v.tokens, a);
  if (!src) return null;
  return {
    rule: 'tag', view, cue: null, cueText: 'according to', cueSpan: { start: v.tokens[a].start, end: v.tokens[a + 1].end },
    speaker: { ...src, how: 'subject' },
  };
}

/** Rule 1: the reporting clause right after the closing mark (possibly a short sentence of its own). */
function tagAfter(ctx: QuoteContext, at: number, closeSentence: number): Attribution | null {
  const vi = viewAt(ctx, at);
  const v = ctx.views[vi];
  if (!v) return null;
  // The tag is in the next sentence only when it is short and in the same paragraph.
  if (vi !== closeSentence && (v.sentence.paragraph !== ctx.views[closeSentence].sentence.paragraph || wordCount(v.tokens) > 12)) return null;
  let a = tokenAt(v, at);
  while (a < v.tokens.length && /^[,\u2014\u2013-]$/.test(v.tokens[a].text)) a++;
  if (isAccordingTo(v.tokens, a)) return accordingAttribution(vi, v, a);
  for (let n = 0; n < v.cues.length; n++) {
    const c = v.cues[n];
    if (c.i < a) continue;
    if (c.i - a > 30) break;
    const sp = v.speakers[n];
    if (!c.verb.tag || !sp || v.tokens[c.i - 1]?.lower === 'to') break;
    // The tag follows at once: "said X", "X said", or "X, an aside, said" (the speaker starts
    // right after the quote and the aside was skipped when the speaker was found).
    const between = v.tokens.slice(a, c.i);
    // '"...", while Rubio said ...': a conjunction opens a clause of its own, not a tag.
    const opener = between[0]?.text === between[0]?.lower && CLAUSE_OPENERS.has(between[0]?.lower ?? '') && between[0].lower !== 'that';
    const plain = c.i - a <= 10 && !opener && !between.some((t) => (t.kind !== 'word' && !/^['’.]$/.test(t.text)) || isVerbish(t));
    // ... or a description with the speaker's name set off after it ('"...," the group's
    // spokesman, Ann Lee, said').
    const lead = between.filter((t) => t.end <= sp.start);
    const apposed = lead.length > 1 && lead.length <= 10 && lead[lead.length - 1].text === ',' && lead.slice(0, -1).every((t) => t.kind === 'word' || /^['’]$/.test(t.text)) && !lead.some(isVerbish);
    const startsHere = sp.how === 'subject' && (sp.start === v.tokens[a]?.start || apposed) && !between.some((t) => t.kind === 'open' || t.kind === 'close');
    if (plain || startsHere) return cueAttribution('tag', vi, v, n);
    break;
  }
  return null;
}

/** Rules 2-4 for a quote opening at token oi of view v. */
function beforeQuote(ctx: QuoteContext, vi: number, oi: number): Attribution | null {
  const v = ctx.views[vi];
  // Rule 3 candidate: the quote opens with its own speech verb ("continued to urge", "emphasized").
  let fragment = -1;
  for (let n = 0; n < v.cues.length; n++) {
    const c = v.cues[n];
    if (c.i <= oi) continue;
    const lead = v.tokens.slice(oi + 1, c.i);
    if (lead.length <= 3 && lead.every((t) => isWord(t) && (VERB_PREMODIFIERS.has(t.lower) || t.lower === 'to' || CUE_FORMS.has(t.lower) || CATENATIVES.has(t.lower)))) fragment = n;
    break;
  }
  // Rule 2: the nearest speech verb before the quote, unless a new clause starts in between.
  for (let n = v.cues.length - 1; n >= 0; n--) {
    const c = v.cues[n];
    if (c.j > oi || c.quoted) continue;
    const between = v.tokens.slice(c.j, oi);
    const broken = between.some((t, k) => t.text === ';' || (t.text === ',' && isWord(between[k + 1]) && CLAUSE_BREAKERS.has(between[k + 1].lower)));
    if (!broken && v.speakers[n]) return cueAttribution('cue-before', vi, v, n);
    break;
  }
  if (fragment >= 0 && v.speakers[fragment]) return cueAttribution('fragment', vi, v, fragment);
  // Rule 4: the subject of the clause the quote is part of, when that clause reports an act of
  // speech ("expressed", "offered", "paid tribute to"). Without one the quoted words are a term or
  // a name ("led the repeal of 'don't ask, don't tell'"), not a quotation.
  if (oi > 0) {
    const main = mainSubject(v.tokens);
    if (main && main.end <= v.tokens[oi].start) {
      const from = tokenAt(v, main.end);
      const speechAct = v.tokens.slice(from, oi).some((t) => isWord(t) && (COMMUNICATION_VERBS.has(t.lower) || CUE_FORMS.has(t.lower)));
      if (speechAct) return { rule: 'clause-subject', view: vi, cue: null, cueText: null, cueSpan: null, speaker: { ...main, how: 'main' } };
    }
    return { rule: 'term', view: vi, cue: null, cueText: null, cueSpan: null, speaker: null };
  }
  return null;
}

/** Rule 5: "he said:" closing the sentence before a quote that opens its sentence. */
function colonBefore(ctx: QuoteContext, vi: number): Attribution | null {
  const pv = ctx.views[vi - 1];
  if (!pv || ctx.views[vi].sentence.paragraph - pv.sentence.paragraph > 1) return null;
  const last = pv.tokens[pv.tokens.length - 1];
  if (!last || last.text !== ':') return null;
  for (let n = pv.cues.length - 1; n >= 0; n--) if (pv.speakers[n]) return cueAttribution('colon', vi - 1, pv, n);
  return null;
}

export function attributeDirect(ctx: QuoteContext, q: DirectQuote): Attribution {
  const vo = viewAt(ctx, q.open);
  const v = ctx.views[vo];
  if (q.splitTag) {
    const tag = tagAfter(ctx, q.splitTag.start, viewAt(ctx, q.splitTag.start));
    if (tag) return { ...tag, rule: 'split-tag' };
  }
  const oi = tokenAt(v, q.open);
  const before = beforeQuote(ctx, vo, oi);
  if (q.close !== null) {
    const tag = tagAfter(ctx, q.close + 1, viewAt(ctx, q.close));
    // "X told Y that Z '...', according to the statement": the words are X's, the statement the source.
    if (tag && !(tag.cueText === 'according to' && before && (before.rule === 'cue-before' || before.rule === 'fragment'))) return tag;
  }
  if (before) return before;
  if (oi === 0) {
    const colon = colonBefore(ctx, vo);
    if (colon) return colon;
  }
  return { rule: 'none', view: vo, cue: null, cueText: null, cueSpan: null, speaker: null };
}
