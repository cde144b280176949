// The per-article working state the quote finders share: quoted spans, and for every sentence its
// tokens, speech cues and their speaker spans. Built once per article in one pass.
import type { AnalyzedArticle, Sentence, Span } from '../../model.ts';
import { CUE_FIRST_WORDS, findCues, opensQuote, type CueHit } from './cues.ts';
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
  const views = doc.sentences.map((sentence) => new LazyView(body, sentence, marks, spans, starts));
  return { doc, body, quoted: spans, marks, views };
}

/** A sentence's view, computed on first use: most sentences are only ever asked for their cues,
 * and a sentence with no speech-verb word and no quotation mark has none. */
class LazyView implements SentenceView {
  private t: Token[] | null = null;
  private c: CueHit[] | null = null;
  private s: (SpeakerSpan | null)[] | null = null;
  private m: Span | null | undefined;
  constructor(
    private readonly body: string, readonly sentence: Sentence, private readonly marks: MarkIndex,
    private readonly spans: QuotedSpan[], private readonly starts: number[],
  ) {}
  get tokens(): Token[] {
    return (this.t ??= tokenize(this.body, this.sentence.start, this.sentence.end, this.marks));
  }
  get cues(): CueHit[] {
    if (this.c) return this.c;
    if (!mayHoldCue(this.body, this.sentence)) return (this.c = []);
    const tokens = this.tokens;
    const cues = findCues(tokens);
    for (const c of cues) c.quoted = insideQuoted(this.spans, this.starts, tokens[c.i].start) && !opensQuote(tokens, c);
    return (this.c = cues);
  }
  get speakers(): (SpeakerSpan | null)[] {
    if (this.s) return this.s;
    const cues = this.cues;
    const speakers: (SpeakerSpan | null)[] = [];
    for (let n = 0; n < cues.length; n++) speakers.push(speakerOf(this.tokens, cues, n, speakers));
    return (this.s = speakers);
  }
  get main(): Span | null {
    if (this.m === undefined) this.m = mainSubject(this.tokens);
    return this.m;
  }
}

const WORD = /[a-z]+/g;

/** True when some word of the sentence could begin a speech cue ("said", "according"). */
function mayHoldCue(body: string, s: Sentence): boolean {
  const text = body.slice(s.start, s.end).toLowerCase();
  WORD.lastIndex = 0;
  for (let m; (m = WORD.exec(text)); ) if (CUE_FIRST_WORDS.has(m[0])) return true;
  return false;
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
