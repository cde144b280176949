// Character-level normalisation applied to every input before cleaning.
// Curly quotes and dashes are kept: quotes are evidence for the quote extractor.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

export function normalizeText(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[ ]+\n/g, '\n')
    .normalize('NFC');
}

/** Collapse runs of spaces inside one line. */
export function squeezeSpaces(line: string): string {
  return line.replace(/ {2,}/g, ' ').trim();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Width (1 or 2 code units) of the letter or digit at i, or 0. ASCII is answered without a regex. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * Words: runs of letters and digits, joined by ' ’ . - ("don't", "U.S", "al-Aqsa" are one word).
 * The count of /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu matches, by a scanner: the regex was
 * the cleaning stage's largest cost.
 */
export function countWords(text: string): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (!w) {
      i++;
      continue;
    }
    count++;
    for (;;) {
      while (i < n && (w = wordCharAt(text, i))) i += w;
      const c = text.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 46 || c === 45) && wordCharAt(text, i + 1)) i++;
      else break;
    }
  }
  return count;
}
