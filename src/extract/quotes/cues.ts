// Finds speech-verb cues in a sentence's tokens ("said", "told", "urged", "pointed out", "according to").
import { countryByDemonym } from '../gazetteer/countries.ts';
import { AGENT_NOUNS, CATENATIVES, CUE_FORMS, CUE_MAX_WORDS, DETERMINERS, FINITE_VERBS, PREPOSITIONS, type CueVerb } from './lexicon.ts';
import { isCapitalized, isPossessive, isWord, type Token } from './tokens.ts';

export interface CueHit {
  /** First and one-past-last token of the cue words. */
  i: number;
  j: number;
  verb: CueVerb;
  /** The cue as written, lower-cased ("said", "pointed out"). */
  form: string;
  /** "-ing" form: a participle ("..., adding that") unless an auxiliary precedes it. */
  ing: boolean;
  /** Inside quotation marks without opening them: the quoted person's words, not a report. */
  quoted: boolean;
}

export const CUE_FIRST_WORDS = new Set([...CUE_FORMS.keys()].map((k) => k.split(' ')[0]));
// Words in the longest cue opening with each first word: most cues are one word, and no longer form is tried.
const CUE_WORDS_AFTER = new Map<string, number>();
for (const k of CUE_FORMS.keys()) {
  const words = k.split(' ');
  CUE_WORDS_AFTER.set(words[0], Math.max(CUE_WORDS_AFTER.get(words[0]) ?? 0, words.length));
}

// Forms that are never nouns, so a determiner before them does not disqualify them.
const ALWAYS_VERB = /(?:ed|said|says|told|wrote|written|pled)$/;

/** Cue verbs of one sentence, left to right. Capitalised forms count only sentence-initially
 * ("Press Secretary" is not a cue); forms after a determiner or possessive are nouns ("his remarks"). */
export function findCues(tokens: Token[]): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t)) continue;
    if (t.text !== t.lower && i > 0 && !(i === 1 && tokens[0].kind === 'open')) continue;
    if (!CUE_FIRST_WORDS.has(t.lower)) continue;
    let found: CueHit | null = null;
    // Longest match first: "pointed out" before a single-word cue.
    for (let n = Math.min(CUE_MAX_WORDS, CUE_WORDS_AFTER.get(t.lower)!, tokens.length - i); n >= 1 && !found; n--) {
      let form = t.lower;
      let ok = true;
      for (let m = 1; m < n && ok; m++) {
        const w = tokens[i + m];
        if (w.kind !== 'word') ok = false;
        else form += ' ' + w.lower;
      }
      const verb = ok ? CUE_FORMS.get(form) : undefined;
      if (verb) found = { i, j: i + n, verb, form, ing: t.lower.endsWith('ing'), quoted: false };
    }
    if (!found) continue;
    if (!ALWAYS_VERB.test(t.lower) && looksLikeNoun(tokens, i)) continue;
    out.push(found);
    i = found.j - 1;
  }
  return out;
}

function looksLikeNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1], prev2 = tokens[i - 2];
  const form = tokens[i].lower;
  // "an analysts’ note": a plural possessive before it.
  if (prev && /^['’]$/.test(prev.text) && isWord(prev2) && /s$/.test(prev2.lower)) return true;
  if (!isWord(prev)) return false;
  if (DETERMINERS.has(prev.lower) || isPossessive(prev)) return true;
  // "on charges of", "in comments to": verbs do not follow a preposition (except the infinitive "to").
  if (prev.text === prev.lower && PREPOSITIONS.has(prev.lower) && prev.lower !== 'to' && !/ing$/.test(form)) return true;
  // "Pakistani claims that ...": a plural noun after a national adjective.
  if (isCapitalized(prev) && /s$/.test(form) && !/s$/.test(prev.lower) && countryByDemonym(prev.text)) return true;
  // "a viral Weibo post", "a Saturday press briefing": a base form after a capitalised modifier is a
  // noun (but "India and Pakistan claim").
  // "Kinshasa and the UN say": a coordinated subject takes the plural verb.
  const coordinated = prev2?.lower === 'and' || (tokens[i - 3]?.lower === 'and' && !!prev2 && DETERMINERS.has(prev2.lower));
  if (isCapitalized(prev) && !/(?:s|ed|ing)$/.test(form) && !coordinated && i > 1) return true;
  // "two highly critical reports": a plural noun after an adjective.
  if (prev.text === prev.lower && /s$/.test(form) && /(?:al|ic|ive|ous|ful|less|ary|ent|ant)$/.test(prev.lower) && !AGENT_NOUNS.has(prev.lower)) return true;
  if (!isWord(prev2) || !(DETERMINERS.has(prev2.lower) || isPossessive(prev2))) return false;
  // "the agency claims": a verb after a word for people or a body; "the latest report": a noun.
  if (prev.text === prev.lower) return !/ly$/.test(prev.lower) && !AGENT_NOUNS.has(prev.lower);
  // "the CDC recommends" is a verb after a name.
  return !/s$/.test(form) && !coordinated;
}

/** "according to" at token i. */
export function isAccordingTo(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';
}

/** True when the lower-case word at m works as a verb here: an auxiliary or frequent verb, or a
 * speech verb that is not a noun in place ("secretary of state", "US state department"). */
export function isVerbAt(tokens: Token[], m: number): boolean {
  const t = tokens[m];
  if (!isWord(t) || t.text !== t.lower || t.lower.includes('-')) return false;
  if (FINITE_VERBS.has(t.lower)) return true;
  if (!CUE_FORMS.has(t.lower)) return false;
  if (ALWAYS_VERB.test(t.lower) || /ing$/.test(t.lower)) return true;
  const prev = tokens[m - 1];
  if (!isWord(prev)) return true;
  if (DETERMINERS.has(prev.lower) || isPossessive(prev) || (prev.text === prev.lower && PREPOSITIONS.has(prev.lower) && prev.lower !== 'to')) return false;
  // A base form right after a capitalised word is a noun ("US state"); "the CDC recommends" is a verb.
  return !(isCapitalized(prev) && !/s$/.test(t.lower) && tokens[m - 2]?.lower !== 'and' && !(tokens[m - 3]?.lower === 'and' && DETERMINERS.has(tokens[m - 2]?.lower ?? '')));
}

/** A cue inside quotation marks that opens the quote ('Rubio "emphasized that ..."', '"continued
 * to urge ..."'): a readout fragment, so the cue is the reporter's frame, not the quoted words. */
export function opensQuote(tokens: Token[], c: CueHit): boolean {
  for (let m = c.i - 1; m >= 0 && c.i - m <= 4; m--) {
    const t = tokens[m];
    if (t.kind === 'open') return true;
    // Only "to", adverbs and other speech verbs may come first ("continued to urge"); a modal
    // ('"will firmly counter ..."') makes the verb the quoted person's own.
    if (!(isWord(t) && t.text === t.lower && (t.lower === 'to' || t.lower === 'also' || /ly$/.test(t.lower) || CUE_FORMS.has(t.lower) || CATENATIVES.has(t.lower)))) return false;
  }
  return false;
}
