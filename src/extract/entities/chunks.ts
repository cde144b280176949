// Candidate names: maximal runs of capitalised tokens, joined across name connectors
// ("Ministry of Defence", "Jammu and Kashmir", "Adel al-Jubeir"), with the capital of a
// sentence-opening common word discounted ("Complete blackouts", "Meanwhile").
import { countryByDemonym, countryByName, countryBySeat, isSeatOpener } from '../gazetteer/countries.ts';
import { isFirstName, wordInfo } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { CALENDAR, NAME_CONNECTORS, NAME_PARTICLES, NEVER_NAMES, TITLE_HEADS } from './vocab.ts';

export interface Chunk {
  /** Token index range [from, to). */
  from: number;
  to: number;
}

// Parts of speech whose capital at a sentence start says nothing about a name.
const FUNCTION_POS = new Set(['DET', 'ADP', 'ADV', 'SCONJ', 'CCONJ', 'PRON', 'AUX', 'PART', 'VERB', 'NUM', 'INTJ']);

/** "al-Jubeir", "bin Salman": a lower-case particle glued to a capitalised name part. */
function isParticleName(t: Token): boolean {
  // Only hyphenated words can be: most lower-case words leave here without a regular expression.
  if (t.text.indexOf('-') < 0 && t.text.indexOf('‐') < 0) return false;
  const m = /^(\p{Ll}+)[-‐](\p{Lu})/u.exec(t.text);
  return !!m && NAME_PARTICLES.has(m[1]);
}

// The answer depends on the token's text alone (its case features and key derive from it): kept per spelling.
const nameTokenCache = new Map<string, boolean>();

export function isNameToken(t: Token): boolean {
  if (!t.word) return false;
  if (!(t.cap || isParticleName(t))) return false;
  let yes = nameTokenCache.get(t.text);
  if (yes === undefined) {
    yes = nameTokenUncached(t);
    if (nameTokenCache.size >= 200_000) nameTokenCache.clear();
    nameTokenCache.set(t.text, yes);
  }
  return yes;
}

function nameTokenUncached(t: Token): boolean {
  if (NEVER_NAMES.has(t.key) && !t.acronym) return false;
  // "S-400", "F-16": model numbers, not names; "M23", "G7" (no hyphen) may name a group.
  if (/^\p{Lu}{1,3}-?\d/u.test(t.text) && !GROUP_CODE.test(t.text)) return false;
  // "Windows-ready", "Oscar-winning": a name turned adjective, unless a country ("Pakistan-based" is read later).
  const hy = /^(\p{Lu}[\p{L}.]*)-(\p{Ll}{3,})$/u.exec(t.text);
  if (hy && !(countryByName(hy[1]) || countryByDemonym(hy[1])) && (wordInfo(hy[2]).common || /(ing|ed|esque|like|style)$/.test(hy[2]))) return false;
  return true;
}

const isCode = (t: Token) => t.acronym || GROUP_CODE.test(t.text);

/** "M23", "G20": a letter or two and a number, written together, as groups are named. */
export const GROUP_CODE = /^\p{Lu}{1,2}\d{1,3}$/u;

function isCalendar(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!CALENDAR.has(t.key.replace(/\.$/, ''))) return false;
  // "May" is also a name; a month before a number or after a date word is a date.
  if (t.key !== 'may') return true;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return (!!next && /^\d/.test(next.text)) || (!!prev && /^(in|on|of|since|until|by|early|late|mid|last|next|this)$/i.test(prev.text));
}

// What positionalCapital reads from a spelling alone, for the default `known` test: kept per spelling.
// 0: a name whatever its position; 1: a common function word (positional); 2: another common word.
const spellingCache = new Map<string, 0 | 1 | 2>();

function spellingClass(t: Token, known: (t: Token) => boolean): 0 | 1 | 2 {
  if (t.acronym || known(t)) return 0;
  // Inner capitals ("LeT", "McDonald") are the name's own spelling.
  if (/\p{Lu}/u.test(t.text.slice(1))) return 0;
  const info = wordInfo(t.text);
  if (!info.common) return 0;
  return FUNCTION_POS.has(info.pos) ? 1 : 2;
}

/** Is a capitalised token at a sentence start (or in a headline) only capitalised by position? */
function positionalCapital(tokens: Token[], i: number, known: (t: Token) => boolean, capsElsewhere: Set<string>): boolean {
  const t = tokens[i];
  if (!(t.initial || t.titleLine)) return false;
  let cls = known === defaultKnown ? spellingCache.get(t.text) : undefined;
  if (cls === undefined) {
    cls = spellingClass(t, known);
    if (known === defaultKnown) {
      if (spellingCache.size >= 200_000) spellingCache.clear();
      spellingCache.set(t.text, cls);
    }
  }
  if (cls === 0) return false;
  if (capsElsewhere.has(t.text)) return false;
  // "Downing Street said": a seat of power opening a sentence, whatever its first word's usual sense.
  const after = tokens[i + 1];
  if (after?.cap && isSeatOpener(t.key) && countryBySeat(`${t.text} ${after.text}`)) return false;
  if (cls === 1) return true;
  if (t.titleLine) return true;
  // A capitalised noun or adjective opening a sentence stays when another name word follows
  // ("White House Press Secretary"), except a demonym or country ("Several Pakistani ...").
  const next = tokens[i + 1];
  // "Secretary of State Marco Rubio said": an office opening a sentence keeps its capital.
  if (next?.key === 'of' && tokens[i + 2]?.cap && TITLE_HEADS.has(t.key)) return false;
  if (!next || !isNameToken(next) || next.start - t.end > 1) return true;
  return !!(countryByDemonym(next.text) || countryByName(next.text));
}

/**
 * Maximal candidate name chunks of a token list. `known` says whether a token is a known name
 * part by itself (gazetteer, first name), which keeps it even at a sentence start.
 */
export function findChunks(tokens: Token[], known: (t: Token) => boolean = defaultKnown): Chunk[] {
  // Words seen capitalised away from any sentence start: their capital is meaningful everywhere.
  const capsElsewhere = new Set<string>();
  for (const t of tokens) if (t.cap && !t.initial && !t.titleLine) capsElsewhere.add(t.text);
  const usable = (i: number) =>
    isNameToken(tokens[i]) && !isCalendar(tokens, i) && !positionalCapital(tokens, i, known, capsElsewhere);
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!usable(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && tokens[j].sentence === tokens[i].sentence && adjacent(tokens[j - 1], tokens[j]) && usableInside(tokens, j, usable)) {
        j++;
        continue;
      }
      // Connectors: "of", "and", "al" ... between two name tokens.
      if (
        j + 1 < tokens.length && NAME_CONNECTORS.has(tokens[j].text) && !tokens[j].cap &&
        tokens[j + 1].sentence === tokens[i].sentence && adjacent(tokens[j - 1], tokens[j]) && adjacent(tokens[j], tokens[j + 1]) &&
        usableInside(tokens, j + 1, usable)
      ) {
        j += 2;
        continue;
      }
      // "AFC/M23": two short names joined by a slash with no space are one name (not "REUTERS/Jane Doe").
      if (j + 1 < tokens.length && tokens[j].text === '/' && tokens[j].start === tokens[j - 1].end && tokens[j + 1].start === tokens[j].end &&
        isNameToken(tokens[j + 1]) && tokens[j + 1].sentence === tokens[i].sentence && j - i === 1 &&
        isCode(tokens[j - 1]) && isCode(tokens[j + 1]) && !(j + 2 < tokens.length && tokens[j + 2].cap && adjacent(tokens[j + 1], tokens[j + 2]))) {
        j += 2;
        continue;
      }
      // "Finance 360": a number closing a name.
      if (j < tokens.length && /^\d+$/.test(tokens[j].text) && adjacent(tokens[j - 1], tokens[j]) && !isCalendar(tokens, j - 1) &&
        tokens[j].sentence === tokens[i].sentence && (j + 1 >= tokens.length || !/^[\d,.]/.test(tokens[j + 1].text)) && j - i >= 1 &&
        !/^\d{4}$/.test(tokens[j].text)) {
        j++;
        break;
      }
      break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/** Inside a chunk a sentence-initial test does not apply, but calendar words and marks still end it. */
function usableInside(tokens: Token[], j: number, usable: (i: number) => boolean): boolean {
  const t = tokens[j];
  if (t.initial && !t.titleLine) return usable(j) && !isParenthesisOpen(tokens, j);
  return isNameToken(t) && !isCalendar(tokens, j) && (!t.titleLine || usable(j));
}

function isParenthesisOpen(tokens: Token[], j: number): boolean {
  return j > 0 && /^[(\[“"‘:]$/.test(tokens[j - 1].text);
}

/** Two tokens separated by spaces only (no line break, no mark). */
function adjacent(a: Token, b: Token): boolean {
  return !b.lineStart && b.start - a.end <= 2;
}

function defaultKnown(t: Token): boolean {
  return !!(countryByName(t.text) || countryByDemonym(t.text) || isFirstName(t.text));
}
