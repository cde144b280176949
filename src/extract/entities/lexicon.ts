// What a word is in general English, independent of the article: a common word (and its part of
// speech), a first name, a surname. Common words come from wink-nlp's English lexicon (about 87k
// entries, with parts of speech); first names, surnames and organisation names from compromise's
// lexicon. Both are asked once per distinct word and cached.
import { countryBySeat } from '../gazetteer/countries.ts';
import { createRequire } from 'node:module';
import path from 'node:path';
import type winkNLP from 'wink-nlp';
import { unpack } from 'efrt';

let nlp: ReturnType<typeof winkNLP> | null = null;
let lexiconSize = 0;

function wink(): ReturnType<typeof winkNLP> {
  if (!nlp) {
    // Loaded on first use, not at import: commands that never read a word (serve, listings) skip it.
    const require = createRequire(import.meta.url);
    const load = require('wink-nlp') as typeof winkNLP;
    nlp = load(require('wink-eng-lite-web-model'), ['pos']);
    // Words outside the lexicon get ids past its end: the first unseen word marks the size.
    lexiconSize = nlp.readDoc('qzxjvwk').tokens().itemAt(0).out(nlp.its.uniqueId) as number;
  }
  return nlp;
}

export interface WordInfo {
  /** In the English lexicon as a common (not proper) word. */
  common: boolean;
  /** Universal POS of the word read alone (ADJ, NOUN, VERB, ADV, ADP, DET, PROPN ...). */
  pos: string;
}

const wordCache = new Map<string, WordInfo>();

/** Lexical facts about a word, read case-insensitively. */
export function wordInfo(word: string): WordInfo {
  const key = word.toLowerCase();
  let info = wordCache.get(key);
  if (info) return info;
  const n = wink();
  const tokens = n.readDoc(key).tokens();
  if (tokens.length() !== 1) info = { common: false, pos: 'X' };
  else {
    const t = tokens.itemAt(0);
    const id = t.out(n.its.uniqueId) as number;
    const lemma = String(t.out(n.its.lemma as never));
    const pos = String(t.out(n.its.pos));
    // A lemma with a capital is a proper noun in the lexicon ("india" -> "India").
    info = { common: id < lexiconSize && !/^\p{Lu}/u.test(lemma) && pos !== 'PROPN', pos };
  }
  wordCache.set(key, info);
  return info;
}

export function isCommonWord(word: string): boolean {
  return wordInfo(word).common;
}

// ---------- name lists from compromise ----------

export type Gender = 'm' | 'f';

interface NameLists {
  firstNames: Map<string, Gender | null>;
  lastNames: Set<string>;
  organisations: Set<string>;
}

let names: NameLists | null = null;

function loadNames(): NameLists {
  const lists: NameLists = { firstNames: new Map(), lastNames: new Set(), organisations: new Set() };
  try {
    // compromise ships its lexicon packed (efrt) in a source file it does not export; the version is pinned.
    const require = createRequire(import.meta.url);
    const dir = path.resolve(path.dirname(require.resolve('compromise')), '..', '..');
    const file = path.join(dir, 'src', '2-two', 'preTagger', 'model', 'lexicon', '_data.js');
    const source = require('node:fs').readFileSync(file, 'utf8') as string;
    const data = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as Record<string, string>;
    for (const [tags, packed] of Object.entries(data)) {
      const tagList = tags.split('|');
      const words = Object.keys(unpack(packed));
      for (const w of words) {
        if (tagList.includes('MaleName')) lists.firstNames.set(w, lists.firstNames.has(w) && lists.firstNames.get(w) !== 'm' ? null : 'm');
        else if (tagList.includes('FemaleName')) lists.firstNames.set(w, lists.firstNames.has(w) && lists.firstNames.get(w) !== 'f' ? null : 'f');
        else if (tagList.includes('FirstName')) lists.firstNames.set(w, null);
        if (tagList.includes('LastName')) lists.lastNames.add(w);
        if (tagList.includes('Organization')) lists.organisations.add(w);
      }
    }
  } catch {
    // Without the lists the recogniser still works from patterns; the tests check they load.
  }
  return lists;
}

function nameLists(): NameLists {
  return (names ??= loadNames());
}

/** Gender of a given name when the lists know it only as male or only as female; undefined if unknown. */
export function firstNameGender(word: string): Gender | null | undefined {
  const m = nameLists().firstNames;
  const k = word.toLowerCase();
  return m.has(k) ? m.get(k)! : undefined;
}

export function isFirstName(word: string): boolean {
  return nameLists().firstNames.has(word.toLowerCase());
}

export function isLastName(word: string): boolean {
  return nameLists().lastNames.has(word.toLowerCase());
}

/** A known organisation name (lower-case, words separated by single spaces). */
export function isKnownOrganisation(name: string): boolean {
  return (!/\s/.test(name) && !!countryBySeat(name)) || nameLists().organisations.has(name.toLowerCase().replace(/[.]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' '));
}
