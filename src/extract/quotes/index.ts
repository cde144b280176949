// The quote extractor: direct quotes and reported speech, each with its speaker resolved to an
// entity (or a description), the cue verb, the channel, the date and the span.
import type { AnalyzedArticle, Quote, QuoteKind, Span } from '../../model.ts';
import { entityAt } from '../entities/index.ts';
import type { Extractor } from '../index.ts';
import { accordingSource, attributeDirect, type Attribution } from './attribution.ts';
import { isAccordingTo } from './cues.ts';
import { channelNear } from './channel.ts';
import { buildContext, insideQuoted, tokenAt, viewAt, type QuoteContext } from './context.ts';
import { CLAUSE_OPENERS, CUE_FORMS } from './lexicon.ts';
import { directText, findDirectQuotes } from './direct.ts';
import { findReportedSpeech } from './reported.ts';
import { entityAtEnd, resolveSpan, type EntityAt, type ResolvedSpeaker } from './resolve.ts';
import { coordinatedSpeaker, type SpeakerSpan } from './speaker.ts';

export interface QuoteOptions {
  /** Which entity owns a text span; defaults to the entity whose mention covers the span's end. */
  entityAt?: EntityAt;
}

/** A quote before its speaker is settled. */
interface Draft {
  kind: QuoteKind;
  start: number;
  end: number;
  text: string;
  /** Spans of quoted text (not to be read for channels and dates). */
  parts: Span[];
  view: number;
  cueText: string | null;
  cueSpan: Span | null;
  speakerSpan: SpeakerSpan | null;
  resolved: ResolvedSpeaker | null;
  /** Takes the speaker of the quote before it (a quote with no attribution of its own). */
  follows: boolean;
  inheritedFrom?: Draft;
}

const PERSON_PRONOUNS = new Set(['he', 'she']);
const LOOSE_HOWS = new Set(['subject', 'inverted', 'quoted-as', 'inherited']);
// Forms of verbs whose subject is a speaker, not a piece of evidence.
const SAYING = new Set(
  [...CUE_FORMS.entries()].filter(([, v]) => !/^(?:suggest|indicate|estimate|predict|note|report|signal|reveal|disclose|mention|observe|recall|hint|speculate|agree|conclude|confirm)$/.test(v.lemma)).map(([f]) => f.split(' ')[0]),
);

/** Person-like and thing-like antecedents for pronouns the entity layer did not resolve. */
interface Antecedent { at: number; paragraph: number; r: ResolvedSpeaker }

export function extractQuotes(doc: AnalyzedArticle, opts: QuoteOptions = {}): Quote[] {
  const ctx = buildContext(doc);
  const quotedStarts = ctx.quoted.map((q) => q.parts[0]?.start ?? q.open);
  const ro = { entityAt: opts.entityAt ?? entityAtEnd, inQuote: (at: number) => insideQuoted(ctx.quoted, quotedStarts, at) };
  const cache = new Map<string, ResolvedSpeaker>();
  const resolveAt = (vi: number, span: Span & { how?: string }, cue?: string | null): ResolvedSpeaker => {
    // The subject of a verb of saying speaks whatever its head ("the engineer said"); other spans
    // (a sentence's subject, an object, the phrase a "which" stands for) and verbs that also take
    // evidence as subject ("the data suggest") need a head naming people or a body.
    const anyHead = !!span.how && LOOSE_HOWS.has(span.how) && !!cue && SAYING.has(cue.split(' ')[0]);
    const key = `${span.start}:${span.end}:${anyHead}`;
    let r = cache.get(key);
    if (!r) cache.set(key, (r = resolveSpan(doc, ctx.views[vi].tokens, span, { ...ro, anyHead })));
    return r;
  };

  // Subjects of a sentence and of its speech verbs: the antecedents a pronoun can take, in text order.
  // Built per sentence on first need: with the entity layer most pronouns are resolved already, and an
  // open one reads only the sentences of its own and the two paragraphs before.
  const antecedentLists: (Antecedent[] | undefined)[] = [];
  const antecedentsOf = (vi: number): Antecedent[] => {
    let list = antecedentLists[vi];
    if (list) return list;
    const v = ctx.views[vi];
    list = [];
    const sources = v.tokens.flatMap((_, a) => (isAccordingTo(v.tokens, a) ? [accordingSource(v.tokens, a)] : []));
    const spans = [v.main, ...v.speakers, ...sources].filter((s): s is Span => !!s);
    for (const s of spans) {
      const r = resolveAt(vi, s);
      if (r.speaker && !r.openPronoun && !insideQuoted(ctx.quoted, quotedStarts, s.start)) list.push({ at: s.start, paragraph: v.sentence.paragraph, r });
    }
    return (antecedentLists[vi] = list.sort((a, b) => a.at - b.at));
  };

  const drafts: Draft[] = [];
  for (const q of findDirectQuotes(ctx)) {
    const a: Attribution = attributeDirect(ctx, q);
    if (a.rule === 'term') continue;
    const start = q.parts[0].start, end = q.parts[q.parts.length - 1].end;
    drafts.push({
      kind: 'direct', start, end, text: directText(ctx.body, q), parts: q.parts, view: a.view,
      cueText: a.cueText, cueSpan: a.cueSpan, speakerSpan: a.speaker, resolved: null, follows: a.rule === 'none',
    });
  }
  const allParts = ctx.quoted.flatMap((q) => q.parts).sort((a, b) => a.start - b.start);
  for (const r of findReportedSpeech(ctx)) {
    drafts.push({
      kind: 'indirect', start: r.start, end: r.end, text: r.text, parts: quotedPartsIn(allParts, r.start, r.end), view: r.view,
      cueText: r.cueText, cueSpan: r.cueSpan, speakerSpan: r.speaker, resolved: null, follows: false,
    });
  }
  drafts.sort((a, b) => a.start - b.start || (a.kind === 'direct' ? -1 : 1));

  for (const d of drafts) {
    if (!d.speakerSpan) continue;
    let r = resolveAt(d.view, d.speakerSpan, d.cueText);
    if (r.openPronoun) {
      const hint = r.hint;
      r = pronounFallback(ctx, antecedentsOf, d.view, d.speakerSpan, r.openPronoun, resolveAt) ??
        (hint ? { speaker: hint.name, entity: hint, person: hint.type === 'PERSON' } : r);
    }
    d.resolved = r;
  }
  // Two speakers joined by "and" ("Rubin and Lee said"): the quote is each one's.
  for (const d of [...drafts]) {
    if (!d.speakerSpan || !d.resolved?.speaker) continue;
    const other = coordinatedSpeaker(ctx.views[d.view].tokens, d.speakerSpan);
    if (!other) continue;
    const r = resolveAt(d.view, { ...other, how: d.speakerSpan.how }, d.cueText);
    if (r.speaker && !r.openPronoun && r.speaker !== d.resolved.speaker && (r.entity || /^\p{Lu}/u.test(r.speaker)))
      drafts.push({ ...d, speakerSpan: { ...other, how: d.speakerSpan.how }, resolved: r });
  }
  drafts.sort((a, b) => a.start - b.start || (a.kind === 'direct' ? -1 : 1));
  // Quotes with no attribution of their own, and documents with no owner ("according to a
  // statement"), continue the speaker of the quote just before them in the same passage.
  // A quote with nobody quoted before it in its paragraph may be named by the sentence after it
  // ('"We will stay." Kanu made the pledge to reporters in Goma.').
  drafts.forEach((d, n) => {
    if (!(d.follows || d.resolved?.ownerless)) return;
    const here = ctx.views[d.view].sentence;
    let prev: Draft | null = null;
    for (let m = n - 1; m >= 0; m--) {
      const p = drafts[m];
      const there = ctx.views[p.view].sentence;
      if (here.paragraph - there.paragraph > 1 || here.index - there.index > 3) break;
      if (p.resolved?.speaker) { prev = p; break; }
    }
    if (d.follows && (!prev || ctx.views[prev.view].sentence.paragraph !== here.paragraph)) {
      const next = namedAfter(ctx, d, drafts, resolveAt);
      if (next) {
        d.resolved = next.r; d.cueText = next.cueText; d.cueSpan = next.cueSpan; d.view = next.view;
        return;
      }
    }
    if (prev) {
      d.resolved = prev.resolved;
      if (d.follows) { d.cueText = prev.cueText; d.cueSpan = prev.cueSpan; d.view = prev.view; d.inheritedFrom = prev; }
    }
  });

  // Reported speech needs someone who reported it; the writer's own "I"/"we" is not a source.
  const byView = new Map<number, Span[]>();
  for (const d of drafts) {
    const list = byView.get(d.view) ?? [];
    list.push({ start: d.start, end: d.end });
    byView.set(d.view, list);
  }
  const reportedIn = (d: Draft) => (byView.get(d.view) ?? []).filter((r) => r.start !== d.start || r.end !== d.end);
  const kept = drafts.filter((d) => d.kind === 'direct' || (d.resolved?.speaker && !isFirstPerson(ctx, d)));
  const out: Quote[] = kept.map((d, n) => {
    const r = d.resolved;
    return {
      id: `${doc.article.id}#q${n + 1}`,
      articleId: doc.article.id,
      kind: d.kind,
      text: d.text,
      start: d.start,
      end: d.end,
      speaker: r?.speaker ?? null,
      speakerEntityId: r?.entity?.id ?? null,
      cue: d.cueText,
      channel: channelOf(ctx, d),
      date: dateOf(doc, ctx, d.inheritedFrom ?? d, reportedIn(d.inheritedFrom ?? d)),
      sentenceIndex: ctx.views[viewAt(ctx, d.start)]?.sentence.index ?? 0,
    };
  });
  return out;
}

/** The speaker named by the sentence right after a quote, in its paragraph: the subject of a
 * speech verb there that reports nothing else (no quote or clause of its own). */
function namedAfter(
  ctx: QuoteContext, d: Draft, drafts: Draft[],
  resolveAt: (vi: number, span: Span & { how?: string }, cue?: string | null) => ResolvedSpeaker,
): { r: ResolvedSpeaker; view: number; cueText: string; cueSpan: Span } | null {
  const vi = viewAt(ctx, d.end - 1) + 1;
  const v = ctx.views[vi];
  if (!v || v.sentence.paragraph !== ctx.views[vi - 1].sentence.paragraph) return null;
  for (let n = 0; n < v.cues.length; n++) {
    const c = v.cues[n], sp = v.speakers[n];
    if (c.quoted || !sp || (sp.how !== 'subject' && sp.how !== 'inverted')) continue;
    const cueSpan = { start: v.tokens[c.i].start, end: v.tokens[c.j - 1].end };
    if (drafts.some((x) => x.cueSpan?.start === cueSpan.start)) return null;
    const r = resolveAt(vi, sp, c.form);
    return r.speaker && !r.openPronoun && (r.person || r.entity) ? { r, view: vi, cueText: c.form, cueSpan } : null;
  }
  return null;
}

function isFirstPerson(ctx: QuoteContext, d: Draft): boolean {
  return !!d.speakerSpan && /^(?:i|we|you)(?:['’](?:re|ll|ve|d|m))?$/i.test(ctx.body.slice(d.speakerSpan.start, d.speakerSpan.end));
}

/** Quoted parts overlapping [start, end) (parts are in text order). */
function quotedPartsIn(parts: Span[], start: number, end: number): Span[] {
  let lo = 0, hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (parts[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let k = lo; k < parts.length && parts[k].start < end; k++) out.push(parts[k]);
  return out;
}

/** A pronoun the entity layer left open: the subject of its own sentence when it stands in a
 * subordinate clause ("India ..., which it said ..."), else the nearest earlier subject of the
 * right kind (a person for he/she) within the last two paragraphs. */
function pronounFallback(
  ctx: QuoteContext, antecedentsOf: (vi: number) => Antecedent[], vi: number, span: Span, pronoun: string,
  resolveAt: (vi: number, span: Span & { how?: string }) => ResolvedSpeaker,
): ResolvedSpeaker | null {
  const v = ctx.views[vi];
  const wantsPerson = PERSON_PRONOUNS.has(pronoun);
  if (pronoun === 'i' || pronoun === 'we' || pronoun === 'you') return null;
  const plural = (r: ResolvedSpeaker) => !!r.speaker && /s$/.test(r.speaker) && !r.person;
  const fits = (r: ResolvedSpeaker) =>
    wantsPerson ? r.person : pronoun === 'they' ? plural(r) || (!!r.entity && !r.person) : !r.person && !plural(r);
  // In a subordinate clause ("India ..., which it said ...") the pronoun is the main subject.
  const k0 = tokenAt(v, span.start);
  const before = v.tokens[k0 - 1];
  if (v.main && v.main.end <= span.start && before && CLAUSE_OPENERS.has(before.lower)) {
    const r = resolveAt(vi, v.main);
    if (r.speaker && !r.openPronoun && fits(r)) return r;
  }
  // Antecedents before the pronoun, nearest first, within the last two paragraphs (sentences are in
  // text order, so the walk ends at the first sentence further back).
  for (let w = vi; w >= 0; w--) {
    if (v.sentence.paragraph - ctx.views[w].sentence.paragraph > 2) break;
    const list = antecedentsOf(w);
    for (let k = list.length - 1; k >= 0; k--) {
      const a = list[k];
      if (a.at >= span.start) continue;
      if (fits(a.r)) return a.r;
    }
  }
  return null;
}

/** The sentence of the attribution with its quoted words blanked, so a channel named inside a quote
 * ("we said on television") is not taken for the channel of the quote. */
function attributionText(ctx: QuoteContext, d: Draft): { text: string; offset: number } {
  const s = ctx.views[d.view].sentence;
  let text = ctx.body.slice(s.start, s.end);
  for (const p of [...d.parts, ...(d.kind === 'indirect' ? [{ start: d.start, end: d.end }] : [])]) {
    const a = Math.max(p.start, s.start) - s.start, b = Math.min(p.end, s.end) - s.start;
    if (b > a) text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
  }
  return { text, offset: s.start };
}

function channelOf(ctx: QuoteContext, d: Draft): string | null {
  if (!d.cueSpan) return null;
  const { text, offset } = attributionText(ctx, d);
  return channelNear(text, d.cueSpan.start - offset);
}

/** The date of the statement: a dated expression in the attribution sentence outside the quoted
 * words, nearest the cue; else null. (The time layer's narrative date is not used: a statement
 * reported after an account of last July's events was not made last July.) */
function dateOf(doc: AnalyzedArticle, ctx: QuoteContext, d: Draft, reported: Span[]): string | null {
  const s = ctx.views[d.view].sentence;
  const anchor = d.cueSpan?.start ?? d.start;
  const speakerStart = Math.min(d.speakerSpan?.start ?? anchor, anchor);
  let best: { value: string; dist: number } | null = null;
  const timexes = doc.timexes;
  let lo = 0, hi = timexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timexes[mid].start < s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < timexes.length && timexes[k].start < s.end; k++) {
    const t = timexes[k];
    if (t.end > s.end || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    if (t.start >= d.start && t.end <= d.end) continue;
    if (d.parts.some((p) => t.start >= p.start && t.end <= p.end)) continue;
    // A date inside another report of the sentence is that report's ("stated that ... on April
    // 22 and emphasized that ..."); before the speaker only an opening adverbial ("On Friday, X
    // said") dates the saying ("struck the sites on Sunday in an operation Trump said had ...").
    if (reported.some((r) => t.start >= r.start && t.end <= r.end)) continue;
    if (t.end <= speakerStart && !/^\W*(?:\p{L}+\W+){0,2}$/u.test(ctx.body.slice(s.start, t.start))) continue;
    // After the reported words a date belongs to them ("..., having seized files on Thursday"),
    // unless the reporting clause itself comes after them ("..., the ministry said on Friday").
    if (t.start >= d.end && !(d.cueSpan && d.cueSpan.start >= d.end && t.start >= d.cueSpan.start)) continue;
    const m = /^\d{4}-\d{2}(?:-\d{2})?/.exec(t.value);
    if (!m || inRelativeAside(ctx.body, s, t.start, anchor)) continue;
    const dist = Math.abs(t.start - anchor);
    if (!best || dist < best.dist) best = { value: m[0], dist };
  }
  return best?.value ?? null;
}

/** True when the phrase holding offset `at` is a relative or time clause set off by a comma
 * ("..., who holds the presidency this month, said") and the speech verb at `cue` is not in it:
 * its dates are not the statement's. */
function inRelativeAside(body: string, s: Span, at: number, cue: number): boolean {
  const comma = body.lastIndexOf(',', at);
  const from = comma >= s.start ? comma + 1 : s.start;
  const next = body.indexOf(',', at);
  const to = next >= 0 && next < s.end ? next : s.end;
  if (cue >= from && cue < to) return false;
  return /^\s*(?:who|whom|whose|which|where|when|while|after|before|since|as)\b/i.test(body.slice(from, at));
}

export const quotesExtractor: Extractor = {
  name: 'quotes',
  run(doc: AnalyzedArticle): void {
    doc.quotes = extractQuotes(doc, { entityAt });
  },
};
