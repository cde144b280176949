// Word and punctuation tokens of one sentence, with body offsets. Quotation marks found by the
// mark finder become 'open'/'close' tokens, so the other finders can see where quoted text begins.
import { TITLES } from './lexicon.ts';

export type TokenKind = 'word' | 'punct' | 'open' | 'close';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
}

export interface MarkIndex {
  opens: Set<number>;
  closes: Set<number>;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.'’&\-/][\p{L}\p{N}]+)*|\S/gu;

/** Tokens of body[start, end). A word keeps a following period when it is a title, an initial or a
 * dotted acronym ("Gen.", "S.", "U.S."), so sentence-final periods stay separate. */
export function tokenize(body: string, start: number, end: number, marks: MarkIndex): Token[] {
  const out: Token[] = [];
  const text = body.slice(start, end);
  // Lower-case the sentence once; per token only when case folding changed a length ("İ").
  const lowerText = text.toLowerCase();
  const aligned = lowerText.length === text.length;
  TOKEN.lastIndex = 0;
  for (let m; (m = TOKEN.exec(text)); ) {
    let t = m[0];
    const s = start + m.index;
    let kind: TokenKind = startsWord(t) ? 'word' : 'punct';
    if (kind === 'punct') {
      if (marks.opens.has(s)) kind = 'open';
      else if (marks.closes.has(s)) kind = 'close';
    } else if (text[m.index + t.length] === '.' && keepsPeriod(t)) {
      t += '.';
      TOKEN.lastIndex++;
    }
    const lower = aligned ? lowerText.slice(m.index, m.index + t.length) : t.toLowerCase();
    out.push({ start: s, end: s + t.length, text: t, lower, kind });
  }
  return out;
}

// Whether a UTF-16 unit is a letter or digit, filled on first sight (0: not seen yet, 1: no, 2: yes).
const WORD_START = new Uint8Array(65536);

/** As /^[\p{L}\p{N}]/u.test(t), from the table (surrogates by the regular expression). */
function startsWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return /^[\p{L}\p{N}]/u.test(t);
  let k = WORD_START[c];
  if (k === 0) WORD_START[c] = k = /^[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

function keepsPeriod(word: string): boolean {
  if (TITLES.has(word.toLowerCase() + '.')) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  return /^(?:\p{L}\.)+\p{L}$/u.test(word); // U.S, J.D
}

export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
export const isCapitalized = (t: Token | undefined): boolean => isWord(t) && /^[\p{Lu}\p{N}]/u.test(t.text);
export const isPossessive = (t: Token): boolean => {
  const x = t.text, n = x.length;
  if (n < 2) return false;
  const last = x[n - 1], prev = x[n - 2];
  return ((last === 's' || last === 'S') && (prev === "'" || prev === '’')) || ((last === "'" || last === '’') && prev === 's');
};
/** Words of a token list (no punctuation, no marks). */
export const wordCount = (tokens: Token[]): number => tokens.filter((t) => t.kind === 'word').length;
