// Small text-context tests the recognisers share: the words around a match.

/** Regex alternation of words whose first letter may be upper or lower case. */
export function cap(...words: string[]): string {
  return `(?:${words.map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${w.slice(1)}`).join('|')})`;
}

const WORD_BEFORE = /([\p{L}\p{N}'’.$€£%-]+)[\s]*$/u;

/** The word just before offset (with its case), skipping spaces, or "" at a boundary (punctuation, start). */
export function wordBefore(text: string, at: number, window = 40): string {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - window), at));
  return m ? m[1] : '';
}

/** The text right after offset, for lookahead tests. */
export function textAfter(text: string, at: number, window = 40): string {
  return text.slice(at, at + window);
}

/** True when the word before starts a sentence: nothing but punctuation, quotes or a line start precedes it. */
export function sentenceInitial(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t"“‘'(]/.test(text[i])) i--;
  return i < 0 || /[.!?\n:;—–-]/.test(text[i]);
}

const FUNCTION_WORDS = new Set(
  ('on by until till since from last next this that these those early late mid before after every each and or through ' +
    'as at for of the a an in during over to from but nor so yet then since when while until unless ' +
    'earlier later around about by circa starting beginning ending through throughout including').split(' '),
);

/**
 * True when the match follows a capitalised word that is part of a name ("Good Friday", "USA Today",
 * "Women's March"), not a sentence-initial or function word.
 */
export function followsNameWord(text: string, at: number): boolean {
  const m = /([\p{L}'’.]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (!m) return false;
  const w = m[1];
  if (!/^\p{Lu}/u.test(w)) return false;
  if (FUNCTION_WORDS.has(w.toLowerCase().replace(/['’]s$/, ''))) return false;
  const wordStart = at - m[0].length;
  return !sentenceInitial(text, wordStart);
}

/** True when a capitalised word (not a month or weekday) follows: "Sunday Times", "June Carter". */
export function precedesNameWord(text: string, at: number): boolean {
  const m = /^\s+(\p{Lu}[\p{L}]*)/u.exec(text.slice(at, at + 30));
  if (!m) return false;
  return !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/.test(m[1]);
}
