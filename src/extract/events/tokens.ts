// Word tokens with body offsets, and the small closed word classes the clause finder relies on.
import type { LexInfo } from './lexicon.ts';
import type { TokenGeo } from './parties.ts';

export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Position in the sentence's token list. */
  i: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Punctuation or a symbol, not a word. */
  punct: boolean;
  /** Look-ups made once per token, filled on first use (lexOf, geoOf); null until then. */
  lex: LexInfo | null;
  geo: TokenGeo | null;
}

// Word characters (letters and digits, any script): ASCII by range, the rest by a memoised test.
const WORD_MEMO = new Uint8Array(65536);
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let m = WORD_MEMO[c];
  if (!m) WORD_MEMO[c] = m = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 2 : 1;
  return m === 2;
}
const isLetterCode = (c: number) => isWordCode(c) && !(c >= 48 && c <= 57);
const isApostrophe = (c: number) => c === 39 || c === 8217;
function isUpperStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Tokens: dotted acronyms ("U.S.", "J.D."), words with inner hyphens, dots or apostrophes
 * ("al-Jubeir", "S-400", "don't"), a possessive "'s" as its own token, and any other single
 * non-space character. A hand-written scanner: this runs on every word of every article.
 */
// (A module function, not a closure: tsx names every closure it creates, at a cost per call.)
function push(out: Token[], text: string, offset: number, a: number, b: number, word: boolean): void {
  const t = text.slice(a, b);
  out.push({
    text: t, lower: t.indexOf('’') >= 0 ? t.toLowerCase().replace(/’/g, "'") : t.toLowerCase(), start: offset + a, end: offset + b, i: out.length,
    cap: word && isUpperStart(t), punct: !word, lex: null, geo: null,
  });
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) { i++; continue; }
    // Possessive 's after a word.
    if (isApostrophe(c) && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) && !isWordCode(text.charCodeAt(i + 2)) && out.length && !out[out.length - 1].punct && out[out.length - 1].end === offset + i) {
      push(out, text, offset, i, i + 2, true);
      i += 2;
      continue;
    }
    if (!isWordCode(c)) {
      // Other whitespace (rare) is skipped; anything else is a one-character token.
      if (/\s/.test(text[i])) { i++; continue; }
      push(out, text, offset, i, i + 1, false);
      i++;
      continue;
    }
    // Dotted acronym: letter . letter . (two or more pairs).
    if (isLetterCode(c) && text.charCodeAt(i + 1) === 46 && isLetterCode(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
      let j = i;
      while (isLetterCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
      push(out, text, offset, i, j, true);
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordCode(d)) { j++; continue; }
      // Inner joiner followed by a word character, except a possessive 's at the end.
      if ((d === 45 || d === 46 || isApostrophe(d)) && isWordCode(text.charCodeAt(j + 1))) {
        if (isApostrophe(d) && (text.charCodeAt(j + 1) === 115 || text.charCodeAt(j + 1) === 83) && !isWordCode(text.charCodeAt(j + 2))) break;
        j += 2;
        continue;
      }
      break;
    }
    push(out, text, offset, i, j, true);
    i = j;
  }
  return out;
}

const words = (s: string) => new Set(s.trim().split(/\s+/));

export const PREPOSITIONS = words(`in on at with to of for from by about against between among into onto over under
  during after before since until upon across through toward towards near within without amid amidst inside outside
  behind beyond along around following despite via per including like`);

export const DETERMINERS = words(`the a an this that these those its his her their our my your some any each every
  both all several many few no another other such`);

export const PRONOUNS = words(`he she it they we i him her them us his its their our theirs`);

export const AUXILIARIES = words(`is are was were be been being am has have had having do does did will would shall
  should can could may might must 's 're 've 'd 'll`);

export const NEGATORS = words(`not never no n't neither nor`);

// Words that open a subordinate or relative clause.
export const SUBORDINATORS = words(`that which who whom whose while as because since although though if unless
  whereas when whenever where after before until once`);

export const COORDINATORS = words(`and or but`);

/** Adverbs and fillers that may stand between an auxiliary/subject and a verb. */
export const ADVERBS = words(`also again still already now then later earlier previously reportedly allegedly
  similarly further directly publicly immediately officially formally jointly separately repeatedly once finally
  just recently firmly strongly sharply reportedly purportedly apparently initially subsequently today yesterday
  tonight meanwhile however too even only then once more not never outright jointly swiftly`);

export const isWord = (t: Token | undefined) => !!t && !t.punct;
