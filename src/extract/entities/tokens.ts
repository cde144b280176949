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

// Dotted acronyms (U.S., J.D.), words with inner hyphens or apostrophes, numbers, any other single mark.
const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\.?|\S/gu;
const POSSESSIVE_RE = /^(.+?)(['’]s?)$/u;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '•', '·', '-', '–', '—', ':', '*']);

function isTitleCaseLine(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4 || words.length > 25 || /[.!?]["”’]?\s/.test(line)) return false;
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

const PLAIN_LOWER = /^[a-z]+$/;

function push(out: Token[], text: string, start: number, sentence: number, initial: boolean, titleLine: boolean, lineStart = false): void {
  // Most tokens are plain lower-case words: no regular expression beyond one test for them.
  if (PLAIN_LOWER.test(text)) {
    out.push({ start, end: start + text.length, text, key: text, sentence, word: true, cap: false, acronym: false, initial, titleLine, lineStart });
    return;
  }
  const word = /^\p{L}/u.test(text);
  const cap = word && /^\p{Lu}/u.test(text);
  const lower = text.toLowerCase();
  const key = /[.’]/.test(lower) ? lower.replace(/[’]/g, "'").replace(/\.(?=.)/g, '').replace(/\.$/, '') : lower;
  let acronym = false;
  if (cap && !/\p{Ll}/u.test(text)) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    acronym = letters.length >= 2;
  }
  out.push({ start, end: start + text.length, text, key, sentence, word, cap, acronym, initial, titleLine, lineStart });
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
  for (let m; (m = TOKEN_RE.exec(body)); ) {
    let text = m[0];
    const start = m.index;
    while (si < sentences.length - 1 && start >= sentences[si].end) si++;
    while (ti < titleRanges.length && start >= titleRanges[ti][1]) ti++;
    const titleLine = ti < titleRanges.length && start >= titleRanges[ti][0];
    const newLine = body.slice(prevEnd, start).includes('\n');
    const initial = si !== prevSentence || newLine || OPENERS.has(prevText);
    prevSentence = si;
    // A final period stays only on abbreviations and initials; else it is its own token.
    if (text.length > 1 && text.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(text)) {
      const bare = text.slice(0, -1);
      if (!(DOTTED.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare))) {
        TOKEN_RE.lastIndex = start + bare.length;
        text = bare;
      }
    }
    // Possessive 's splits off: "Pakistan’s" -> "Pakistan" + "’s".
    const poss = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*['’]s$/u.test(text) ? POSSESSIVE_RE.exec(text) : null;
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
