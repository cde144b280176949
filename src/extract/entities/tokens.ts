// The token layer of the entity recogniser: words and punctuation with character offsets,
// the sentence each is in, and the case features the name patterns read.
// A single regular-expression pass (no model): fast and with exact offsets.
import type { AnalyzedArticle, Sentence } from '../../model.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text without dots ("u.s." -> "us"). */
  key: string;
  sentence: number;
  /** Starts with a letter. */
  word: boolean;
  /** First letter upper-case ("Rubio", "US", "S.", "al-Jubeir" is false). */
  cap: boolean;
  /** Two or more letters, all upper-case ("UN", "U.S.", "TRF"). */
  acronym: boolean;
  /** Opens a sentence, a quotation, a line or a clause after a colon: its capital says nothing. */
  initial: boolean;
  /** The line it is on is set in title case (a headline): no capital in it says anything. */
  titleLine: boolean;
  /** A line break separates it from the previous token. */
  lineStart: boolean;
}

// Abbreviations whose period belongs to the word (ranks, honorifics, a few Latin forms).
const DOTTED = new Set(
  ('mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt rep sen gov brig hon rev fr st mt jr sr ' +
    'co corp inc ltd bros no vs gens sens reps maj-gen lt-gen lt-col ft').split(' '),
);

// Tokens: dotted acronyms (U.S., J.D.), words with inner hyphens or apostrophes (and a final period),
// numbers, any other single mark; exactly what /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\.?|\S/gu
// matches, read by a hand-written scanner (the regular expression was a fifth of the recogniser's time).
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const OTHER = 4;
// Class of each UTF-16 unit, filled on first sight (0: not seen yet).
const UNIT_CLASS = new Uint8Array(65536);
const classify = (ch: string) => (/\p{L}/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : /\s/u.test(ch) ? SPACE : OTHER);
// Width (1 or 2 units) of the code point read by the last classAt call.
let width = 1;

/** Class of the code point at i (0 past the end); sets `width`. */
function classAt(s: string, i: number): number {
  if (i >= s.length) {
    width = 1;
    return 0;
  }
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      width = 2;
      return classify(s.slice(i, i + 2));
    }
  }
  width = 1;
  let k = UNIT_CLASS[c];
  if (k === 0) UNIT_CLASS[c] = k = classify(String.fromCharCode(c));
  return k;
}

/** End of the token starting at i (a non-space). */
function tokenEnd(s: string, i: number): number {
  // Dotted acronym: two or more letter + period pairs.
  let j = i;
  let pairs = 0;
  while (classAt(s, j) === LETTER && s.charCodeAt(j + width) === 46) {
    j += width + 1;
    pairs++;
  }
  if (pairs >= 2) return j;
  let k = classAt(s, i);
  if (k !== LETTER && k !== DIGIT) return i + width;
  j = i + width;
  for (;;) {
    k = classAt(s, j);
    if (k === LETTER || k === DIGIT) {
      j += width;
      continue;
    }
    // An inner hyphen or apostrophe joins when a letter or digit follows it.
    const c = s.charCodeAt(j);
    if (c === 45 || c === 39 || c === 0x2019) {
      const next = classAt(s, j + 1);
      if (next === LETTER || next === DIGIT) {
        j += 1 + width;
        continue;
      }
    }
    break;
  }
  return s.charCodeAt(j) === 46 ? j + 1 : j;
}
const POSSESSIVE_RE = /^(.+?)(['’]s?)$/u;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '•', '·', '-', '–', '—', ':', '*']);

function isTitleCaseLine(line: string): boolean {
  // Most lines are running text with a sentence break inside: that test first, before any word list.
  if (/[.!?]["”’]?\s/.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4 || words.length > 25) return false;
  const small = /^(a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|with|vs)$/;
  let caps = 0;
  let counted = 0;
  for (const w of words) {
    if (small.test(w)) continue;
    counted++;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  return counted >= 3 && caps / counted >= 0.8 && !/[.!?]["”’]?\s*$/.test(line.trim());
}

/** Only a-z (as /^[a-z]+$/). */
function isPlainLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return text.length > 0;
}

/** "Pakistan’s", "Modi's": a word ending in 's (the regular expression only for words ending so). */
function isPossessive(text: string): boolean {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 1) !== 115) return false;
  const mark = text.charCodeAt(n - 2);
  return (mark === 39 || mark === 0x2019) && /^[\p{L}\p{N}][\p{L}\p{N}'’-]*['’]s$/u.test(text);
}

// Whether a UTF-16 unit is an upper-case letter, filled on first sight (0: not seen yet, 1: no, 2: yes).
const UNIT_UPPER = new Uint8Array(65536);

/** As /^\p{L}/u.test(text), from the unit class table (surrogates by the regular expression). */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return /^\p{L}/u.test(text);
  let k = UNIT_CLASS[c];
  if (k === 0) UNIT_CLASS[c] = k = classify(String.fromCharCode(c));
  return k === LETTER;
}

/** As /^\p{Lu}/u.test(text), from a table filled on first sight (surrogates by the regular expression). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return /^\p{Lu}/u.test(text);
  let k = UNIT_UPPER[c];
  if (k === 0) UNIT_UPPER[c] = k = /^\p{Lu}/u.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/** Case features of a token's text, as the regular expressions define them (exported for the tests). */
export function tokenFeatures(text: string): { key: string; word: boolean; cap: boolean; acronym: boolean } {
  const out: Token[] = [];
  push(out, text, 0, 0, false, false);
  const t = out[0];
  return { key: t.key, word: t.word, cap: t.cap, acronym: t.acronym };
}

function push(out: Token[], text: string, start: number, sentence: number, initial: boolean, titleLine: boolean, lineStart = false): void {
  // Most tokens are plain lower-case words: no regular expression for them.
  if (isPlainLower(text)) {
    out.push({ start, end: start + text.length, text, key: text, sentence, word: true, cap: false, acronym: false, initial, titleLine, lineStart });
    return;
  }
  const word = text.length > 0 && startsWithLetter(text);
  const cap = word && startsUpper(text);
  const lower = text.toLowerCase();
  const key = lower.includes('.') || lower.includes('’') ? lower.replace(/[’]/g, "'").replace(/\.(?=.)/g, '').replace(/\.$/, '') : lower;
  let acronym = false;
  if (cap && !/\p{Ll}/u.test(text)) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    acronym = letters.length >= 2;
  }
  out.push({ start, end: start + text.length, text, key, sentence, word, cap, acronym, initial, titleLine, lineStart });
}

/** Offsets [start, end) of the scanner's raw tokens (before periods and possessives split off). */
export function scanTokens(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let pos = 0; pos < text.length; ) {
    if (classAt(text, pos) === SPACE) {
      pos += width;
      continue;
    }
    const end = tokenEnd(text, pos);
    out.push([pos, end]);
    pos = end;
  }
  return out;
}

/** Tokens of a text, with sentence indexes taken from `sentences` (sorted, non-overlapping). */
export function tokenize(body: string, sentences: Sentence[]): Token[] {
  const out: Token[] = [];
  // Title-case lines, by their start offset.
  const titleRanges: [number, number][] = [];
  for (let m, re = /[^\n]+/g; (m = re.exec(body)); ) if (isTitleCaseLine(m[0])) titleRanges.push([m.index, m.index + m[0].length]);
  let si = 0;
  let ti = 0;
  let prevSentence = -1;
  let prevText = '';
  let prevEnd = 0;
  // The first line break at or after prevEnd (-1: none left): no slice per token to look for one.
  let nextBreak = body.indexOf('\n');
  for (let pos = 0; pos < body.length; ) {
    if (classAt(body, pos) === SPACE) {
      pos += width;
      continue;
    }
    const start = pos;
    pos = tokenEnd(body, start);
    let text = body.slice(start, pos);
    while (si < sentences.length - 1 && start >= sentences[si].end) si++;
    while (ti < titleRanges.length && start >= titleRanges[ti][1]) ti++;
    const titleLine = ti < titleRanges.length && start >= titleRanges[ti][0];
    if (nextBreak >= 0 && nextBreak < prevEnd) nextBreak = body.indexOf('\n', prevEnd);
    const newLine = nextBreak >= 0 && nextBreak < start;
    // Every opener is one unit long: other tokens need no look-up.
    const initial = si !== prevSentence || newLine || (prevText.length === 1 && OPENERS.has(prevText));
    prevSentence = si;
    // A final period stays only on abbreviations and initials; else it is its own token.
    if (text.length > 1 && text.charCodeAt(text.length - 1) === 46 && !/^(?:\p{L}\.){2,}$/u.test(text)) {
      const bare = text.slice(0, -1);
      if (!(DOTTED.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare))) {
        pos = start + bare.length;
        text = bare;
      }
    }
    // Possessive 's splits off: "Pakistan’s" -> "Pakistan" + "’s".
    const poss = isPossessive(text) ? POSSESSIVE_RE.exec(text) : null;
    if (poss && poss[1].length > 0) {
      push(out, poss[1], start, si, initial, titleLine, newLine);
      push(out, poss[2], start + poss[1].length, si, false, titleLine);
    } else {
      push(out, text, start, si, initial, titleLine, newLine);
    }
    prevText = text;
    prevEnd = start + text.length;
  }
  return out;
}

const layer = new WeakMap<AnalyzedArticle, Token[]>();

/** The article's tokens, computed once and shared by every extractor that asks. */
export function tokensOf(doc: AnalyzedArticle): Token[] {
  let t = layer.get(doc);
  if (!t) {
    t = tokenize(doc.article.body, doc.sentences);
    layer.set(doc, t);
  }
  return t;
}
