// Direct quotes: quoted spans of four words or more that are not names of things, with a quote
// split by its reporting clause ('"A," he said, "B."') joined into one.
import type { Span } from '../../model.ts';
import { tokenAt, viewAt, type QuoteContext } from './context.ts';
import type { QuotedSpan } from './marks.ts';
import { TITLE_OF_WORK_CUES } from './lexicon.ts';

export interface DirectQuote {
  /** Opening mark of the first part and closing mark of the last (null: runs to paragraph end). */
  open: number;
  close: number | null;
  parts: Span[];
  /** The reporting clause between the two halves of a split quote, when joined. */
  splitTag: Span | null;
}

const MIN_WORDS = 4;
const words = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
/** Words of a phrase, a list of items counting its items only ("perpetrators, backers and planners"
 * is 3); "completely and totally obliterated" is no list and has four words. */
const itemWords = (s: string) => (/,/.test(s) && /^[^,]+(?:,[^,]+)*,? (?:and|or) [^,]+$/.test(s.trim()) ? words(s).filter((w) => !/^(?:and|or)$/i.test(w)) : words(s));

/** The last word before offset `at` (within 30 characters), lower-cased, or null. */
function wordBefore(body: string, at: number): string | null {
  const floor = Math.max(0, at - 30);
  let e = at;
  while (e > floor && !/[A-Za-z]/.test(body[e - 1])) e--;
  let b = e;
  while (b > floor && /[A-Za-z]/.test(body[b - 1])) b--;
  return b < e ? body.slice(b, e).toLowerCase() : null;
}

/** Title-case phrases ("The Lord of the Rings") and quotes after "the film", "titled" name things. */
function namesAThing(ctx: QuoteContext, q: QuotedSpan, text: string): boolean {
  const before = wordBefore(ctx.body, q.open);
  if (before && TITLE_OF_WORK_CUES.has(before) && !/[.,!?]$/.test(text)) return true;
  const ws = words(text);
  const content = ws.filter((w) => w.length > 3);
  return content.length >= 2 && content.every((w) => /^\p{Lu}/u.test(w)) && !/[.,!?;:]$/.test(text.trim());
}

/** A reporting clause between two quoted halves: short, with a cue, ending in a comma. */
function splitTagBetween(ctx: QuoteContext, a: QuotedSpan, b: QuotedSpan): Span | null {
  if (a.close === null) return null;
  const between = ctx.body.slice(a.close + 1, b.open);
  if (between.includes('\n') || !/,\s*$/.test(between) || words(between).length > 12) return null;
  const lastPart = a.parts[a.parts.length - 1];
  if (!/,$/.test(ctx.body.slice(lastPart.start, lastPart.end).trim()) && !/^\s*,/.test(between)) return null;
  const view = ctx.views[viewAt(ctx, a.close + 1)];
  const from = tokenAt(view, a.close + 1), to = tokenAt(view, b.open);
  return view.cues.some((c) => c.i >= from && c.j <= to && c.verb.tag) ? { start: a.close + 1, end: b.open } : null;
}

export function findDirectQuotes(ctx: QuoteContext): DirectQuote[] {
  const textOf = (parts: Span[]) => parts.map((p) => ctx.body.slice(p.start, p.end)).join(' ');
  const merged: DirectQuote[] = [];
  for (const q of ctx.quoted) {
    if (namesAThing(ctx, q, textOf(q.parts))) continue;
    const prev = merged[merged.length - 1];
    if (prev && prev.close !== null && !prev.splitTag) {
      const tag = splitTagBetween(ctx, { open: prev.open, close: prev.close, parts: prev.parts }, q);
      if (tag) {
        prev.parts.push(...q.parts);
        prev.close = q.close;
        prev.splitTag = tag;
        continue;
      }
    }
    merged.push({ open: q.open, close: q.close, parts: [...q.parts], splitTag: null });
  }
  // Scare quotes: one to three words are a phrase held at a distance, not a quotation.
  return merged.filter((q) => itemWords(textOf(q.parts)).length >= MIN_WORDS);
}

export function directText(body: string, q: DirectQuote): string {
  return q.parts.map((p) => body.slice(p.start, p.end)).join(' ');
}
