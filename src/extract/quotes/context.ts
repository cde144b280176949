// The per-article working state the quote finders share: quoted spans, and for every sentence its
// tokens, speech cues and their speaker spans. Built once per article in one pass.
import type { AnalyzedArticle, Sentence, Span } from '../../model.ts';
import { findCues, opensQuote, type CueHit } from './cues.ts';
import { findQuotedSpans, type QuotedSpan } from './marks.ts';
import { mainSubject, speakerOf, type SpeakerSpan } from './speaker.ts';
import { tokenize, type MarkIndex, type Token } from './tokens.ts';

export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  cues: CueHit[];
  /** Speaker span of each cue (same order as cues). */
  speakers: (SpeakerSpan | null)[];
  main: Span | null;
}

export interface QuoteContext {
  doc: AnalyzedArticle;
  body: string;
  quoted: QuotedSpan[];
  marks: MarkIndex;
  views: SentenceView[];
}

export function buildContext(doc: AnalyzedArticle): QuoteContext {
  const body = doc.article.body;
  const { spans, marks } = findQuotedSpans(body);
  const starts = spans.map((q) => q.parts[0]?.start ?? q.open);
  const views = doc.sentences.map((sentence) => {
    const tokens = tokenize(body, sentence.start, sentence.end, marks);
    const cues = findCues(tokens);
    for (const c of cues) c.quoted = insideQuoted(spans, starts, tokens[c.i].start) && !opensQuote(tokens, c);
    const speakers: (SpeakerSpan | null)[] = [];
    for (let n = 0; n < cues.length; n++) speakers.push(speakerOf(tokens, cues, n, speakers));
    return { sentence, tokens, cues, speakers, main: mainSubject(tokens) };
  });
  return { doc, body, quoted: spans, marks, views };
}

/** Index of the sentence view containing offset (or the next one after it), by binary search. */
export function viewAt(ctx: QuoteContext, offset: number): number {
  const v = ctx.views;
  let lo = 0, hi = v.length - 1, ans = v.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (v[mid].sentence.end > offset) { ans = mid; hi = mid - 1; }
    else lo = mid + 1;
  }
  return ans;
}

/** Index of the token at or after a body offset in a view. */
export function tokenAt(view: SentenceView, offset: number): number {
  const t = view.tokens;
  let lo = 0, hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when offset lies in the quoted text of one of the spans (sorted by start). */
export function insideQuoted(spans: QuotedSpan[], starts: number[], offset: number): boolean {
  let lo = 0, hi = starts.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // A multi-paragraph quote starting earlier may still cover the offset: look a few spans back.
  for (let k = ans; k >= 0 && k >= ans - 3; k--) if (spans[k].parts.some((p) => p.start <= offset && offset < p.end)) return true;
  return false;
}
