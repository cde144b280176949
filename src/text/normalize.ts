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

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
