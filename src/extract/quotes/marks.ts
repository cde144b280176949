// Pairs quotation marks in an article body: curly and straight, double and single, guillemets.
// A quote left open at the end of a paragraph continues when the next paragraph opens with a mark
// (the newsroom convention for multi-paragraph quotes); otherwise it runs to the paragraph end.
import type { Span } from '../../model.ts';
import type { MarkIndex } from './tokens.ts';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs to the end of its last paragraph. */
  close: number | null;
  /** The quoted text, one part per paragraph (marks excluded). */
  parts: Span[];
}

type Family = 'double' | 'single';

// The characters that can be quotation marks: the scan jumps from one to the next.
const MARK = /["'\u00ab\u00bb\u2018\u2019\u201c\u201d\u201e]/g;

const LETTER = /[\p{L}\p{N}]/u;
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013\-/]/.test(c);

/** What a character at i can be: an opener, a closer, or either (straight marks), per family. */
function classify(text: string, i: number): { family: Family; open: boolean; close: boolean } | null {
  const c = text[i], prev = text[i - 1], next = text[i + 1];
  switch (c) {
    case '\u201c': case '\u201e': case '\u00ab':
      return { family: 'double', open: true, close: false };
    case '\u201d': case '\u00bb':
      return { family: 'double', open: false, close: true };
    case '"':
      return {
        family: 'double',
        open: isSpaceOrStart(prev) || /["'\u2018\u201c]/.test(prev ?? '') ? next !== undefined && !/\s/.test(next) : false,
        close: prev !== undefined && !/\s/.test(prev),
      };
    case '\u2018':
      // A left single mark before a digit is an elision ('90s), not a quote.
      return prev !== undefined && LETTER.test(prev) ? null : { family: 'single', open: next !== undefined && LETTER.test(next) && !/\d/.test(next), close: false };
    case '\u2019': case "'":
      // Inside a word it is an apostrophe (don't, Pakistan's).
      if (prev !== undefined && LETTER.test(prev) && next !== undefined && LETTER.test(next)) return null;
      return {
        family: 'single',
        open: c === "'" && isSpaceOrStart(prev) && next !== undefined && LETTER.test(next) && !/\d/.test(next),
        close: prev !== undefined && !/\s/.test(prev) && (next === undefined || !LETTER.test(next)),
      };
    default:
      return null;
  }
}

/** Paragraph extents of a body: maximal runs of non-newline text. */
function paragraphs(body: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m; (m = re.exec(body)); ) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function trimSpan(body: string, s: number, e: number): Span {
  while (s < e && /\s/.test(body[s])) s++;
  while (e > s && /\s/.test(body[e - 1])) e--;
  return { start: s, end: e };
}

/** All quoted spans of the body, in order, plus the offsets of the marks that delimit them. */
export function findQuotedSpans(body: string): { spans: QuotedSpan[]; marks: MarkIndex } {
  const spans: QuotedSpan[] = [];
  const marks: MarkIndex = { opens: new Set(), closes: new Set() };
  const paras = paragraphs(body);
  // A double quote still open when its paragraph ended, waiting to see if the next one continues it.
  let carried: QuotedSpan | null = null;
  for (let p = 0; p < paras.length; p++) {
    const { start: ps, end: pe } = paras[p];
    let i = ps;
    while (i < pe && /\s/.test(body[i])) i++;
    let pending: { family: Family; open: number; textStart: number; quote: QuotedSpan | null } | null = null;
    if (carried) {
      const k = classify(body, i);
      if (k && k.family === 'double' && k.open) {
        marks.opens.add(i);
        pending = { family: 'double', open: i, textStart: i + 1, quote: carried };
        i++;
      } else {
        spans.push(carried);
      }
      carried = null;
    }
    MARK.lastIndex = i;
    for (let mm; (mm = MARK.exec(body)) && mm.index < pe; ) {
      i = mm.index;
      const k = classify(body, i);
      if (!k) continue;
      if (pending) {
        if (k.family !== pending.family || !k.close) continue;
        // A straight single mark after "s" followed by a space and a lower-case word is a plural possessive.
        if (k.family === 'single' && /s/i.test(body[i - 1]) && /^\s+\p{Ll}/u.test(body.slice(i + 1, i + 4))) continue;
        const part = trimSpan(body, pending.textStart, i);
        const q: QuotedSpan = pending.quote ?? { open: pending.open, close: null, parts: [] };
        q.parts.push(part);
        q.close = i;
        marks.closes.add(i);
        spans.push(q);
        pending = null;
      } else if (k.open) {
        pending = { family: k.family, open: i, textStart: i + 1, quote: null };
        marks.opens.add(i);
      }
    }
    if (pending?.family === 'single') {
      // An unclosed single mark is more likely an apostrophe than a quote.
      marks.opens.delete(pending.open);
    } else if (pending) {
      const q: QuotedSpan = pending.quote ?? { open: pending.open, close: null, parts: [] };
      q.parts.push(trimSpan(body, pending.textStart, pe));
      carried = q;
    }
  }
  if (carried) spans.push(carried);
  spans.sort((a, b) => a.open - b.open);
  return { spans, marks };
}

export function quoteText(body: string, q: QuotedSpan): string {
  return q.parts.map((p) => body.slice(p.start, p.end)).join(' ');
}
