// Trigger spotting: lexicon entries matched on a sentence's tokens, with a part-of-speech guess
// for words that are both noun and verb ("attack", "strikes", "calls").
import { lexOf, type Entry } from './lexicon.ts';
import { geoOf } from './parties.ts';

import { AUXILIARIES, DETERMINERS, PREPOSITIONS, PRONOUNS, type Token } from './tokens.ts';

export interface TriggerHit {
  entry: Entry;
  /** Token index of the head word. */
  i: number;
  /** Token range of the whole phrase. */
  t0: number;
  t1: number;
}

const NOUN_BEFORE = new Set([...DETERMINERS, 'his', 'her', 'its', 'their', 'our', "'s", 'air', 'missile', 'drone', 'military',
  'precision', 'retaliatory', 'phone', 'telephone', 'separate', 'recent', 'major', 'terror', 'terrorist', 'cross-border',
  'unprovoked', 'fresh', 'further', 'new', 'heavy', 'suicide', 'bomb', 'rocket', 'artillery', 'first', 'second',
  'several', 'joint', 'official', 'formal', 'strong', 'earlier', 'previous', 'latest', 'deadly', 'direct', 'hunger',
  'general', 'mass', 'complete', 'total', 'state', 'high-level', 'bilateral', 'fierce', 'armed', 'renewed', 'unilateral']);

const VERB_BEFORE = new Set([...AUXILIARIES, 'to', 'not', "n't", 'never', 'also', 'reportedly', 'allegedly', 'then', 'later',
  'again', 'jointly', 'separately', 'firmly', 'strongly', 'sharply', 'publicly', 'immediately', 'directly', 'repeatedly',
  'who', 'which', 'that', 'they', 'he', 'she', 'we', 'i', 'similarly', 'further', 'previously', 'earlier', 'officially']);

/** Guess whether tokens[i] is used as a noun or a verb. */
export function guessPos(tokens: Token[], i: number, isChunkEnd: (k: number) => boolean, isDemonym: (k: number) => boolean): 'n' | 'v' | 'N' | 'V' | '?' {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev) return /(ed|ing)$/.test(t.lower) ? 'v' : '?';
  const p = prev.lower;
  // Upper case: the guess is sure and the other reading is not tried.
  // "Indian strikes": an adjectival demonym before the word makes it a noun; "Palestinians blamed" does not.
  if (isDemonym(i - 1) && !/s$/.test(p)) return 'N';
  if (p === "'s" || p === "'" || DETERMINERS.has(p) || /^(his|her|its|their|our|my|your)$/.test(p) || /^\d/.test(p)) return 'N';
  if (/^(to|will|would|shall|should|could|can|may|might|must|did|does|do)$/.test(p) || /^(he|she|they|we|it|i)$/.test(p)) return 'V';
  // "their continued targeting": a gerund after a possessive and a modifier is a noun.
  if (/(ing)$/.test(t.lower) && /^(continued|ongoing|repeated|renewed|relentless|constant|deliberate|indiscriminate)$/.test(p) && i > 1 && /^(their|its|his|her|the|our)$/.test(tokens[i - 2].lower)) return 'N';
  if (VERB_BEFORE.has(p)) return 'v';
  if (NOUN_BEFORE.has(p)) return 'n';
  // "on a previously unannounced visit": a determiner shortly before, with only modifiers between.
  for (let k = i - 2; k >= Math.max(0, i - 3) && !/ed$/.test(t.lower); k--) {
    const w = tokens[k];
    if (w.punct || w.cap || PREPOSITIONS.has(w.lower) || AUXILIARIES.has(w.lower)) break;
    if (/^(a|an|the|his|her|its|their|our|this|that|these|those)$/.test(w.lower)) {
      // (A plural noun between is the head, and this word its verb: "its air defences intercepted".)
      if (tokens.slice(k + 1, i).every((x) => !x.punct && !x.cap && !PREPOSITIONS.has(x.lower) && !AUXILIARIES.has(x.lower) && !/^(to|and|or|that|who|which)$/.test(x.lower) && !/[^s]s$/.test(x.lower))) return 'N';
      break;
    }
  }
  if (/ed$/.test(t.lower) && !/(ed)$/.test(p)) return 'v';
  if (PREPOSITIONS.has(p)) return /ing$/.test(t.lower) ? 'n' : 'N';
  // After a support verb: "expressing support", "held talks".
  if (!/(ing|ed)$/.test(t.lower) && lexOf(prev).entries.some((e) => e.frame === 'light')) return 'N';
  // "the Pahalgam attack": a name between a determiner and the word makes it a noun.
  // (A country or a people there is the subject instead: "the US struck", "The Palestinians reject".)
  // (Only for words with a noun reading: "The Royal Thai Army said" is a verb.)
  if (prev.cap && !isDemonym(i - 1) && !geoOf(prev).name && lexOf(t).entries.some((e) => e.pos === 'n')) {
    let j = i - 1;
    while (j > 0 && tokens[j].cap && !/^(the|a|an)$/i.test(tokens[j].text)) j--;
    if (j < i - 1 && /^(the|a|an|'s|this|that)$/.test(tokens[j].lower)) return 'N';
  }
  // "US Predator attacks, occurring ...", "Israeli strikes have killed": a plural before a comma or an
  // auxiliary is the head of the subject.
  if (/[^s]s$/.test(t.lower) && next && (next.text === ',' || /^(have|had|were|are|killed|wounded|hit|left|continued)$/.test(next.lower)) && lexOf(t).entries.some((e) => e.pos === 'n')) return 'N';
  // "a suicide car bombing", "a roadside bombing": an -ing word with a noun reading after a plain word.
  if (/ing$/.test(t.lower) && !prev.punct && !prev.cap && !AUXILIARIES.has(p) && lexOf(t).entries.some((e) => e.pos === 'n')) return 'N';
  if (isChunkEnd(i - 1)) return 'v';
  if (next && (next.lower === 'of' || next.lower === 'between')) return 'n';
  if (/ing$/.test(t.lower)) return 'v';
  // A plural noun reads better than a present-tense verb in running news text ("US attacks have killed").
  if (/[^s]s$/.test(t.lower) && lexOf(t).entries.some((e) => e.pos === 'n')) return 'n';
  return '?';
}

function near(tokens: Token[], e: Entry, t0: number, t1: number): boolean {
  if (e.near) {
    let ok = false;
    // "struck Iran", "struck Iranian nuclear sites": a state right after the verb also counts.
    if (e.flags.has('nearstate')) for (let k = t1; k < Math.min(tokens.length, t1 + 3) && !ok; k++) if (tokens[k].cap && (geoOf(tokens[k]).name || geoOf(tokens[k]).demonym)) ok = true;
    for (let k = Math.max(0, t0 - 5); k < Math.min(tokens.length, t1 + 12) && !ok; k++) {
      if (k >= t0 && k < t1) continue;
      const w = tokens[k].lower;
      if (e.near.has(w)) ok = true;
      // Two-word context entries ("high_commissioner").
      else if (e.nearPairs && k + 1 < tokens.length && e.near.has(`${w}_${tokens[k + 1].lower}`)) ok = true;
    }
    if (!ok) return false;
  }
  if (e.not) {
    for (let k = Math.max(0, t0 - 3); k < Math.min(tokens.length, t1 + 3); k++) {
      if (k >= t0 && k < t1) continue;
      const w = tokens[k].lower;
      if (e.not.has(w) || (e.notPairs && k + 1 < tokens.length && e.not.has(`${w}_${tokens[k + 1].lower}`))) return false;
    }
  }
  return true;
}

/** Match the other words of a phrase around the head: verbs' particles within two tokens after, nouns' modifiers just before. */
function phraseSpan(tokens: Token[], e: Entry, i: number): [number, number] | null {
  if (e.words.length === 1) return [i, i + 1];
  if (e.pos === 'v') {
    let k = i + 1;
    for (let w = 1; w < e.words.length; w++) {
      let found = -1;
      for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
        if (tokens[j].punct) break;
        if (tokens[j].lower === e.words[w]) { found = j; break; }
      }
      if (found < 0) return null;
      k = found + 1;
    }
    return [i, k];
  }
  let k = i - 1;
  for (let w = e.words.length - 2; w >= 0; w--) {
    if (k < 0 || tokens[k].lower !== e.words[w]) return null;
    k--;
  }
  return [k + 1, i + 1];
}

const NEGATING = new Set(['not', "n't", 'never', 'no', 'refused', 'refuses', 'refuse', 'declined']);

/** A negation or refusal among the four tokens before i. */
function negatedBefore(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (NEGATING.has(tokens[k].lower)) return true;
  return false;
}

/** All lexicon hits in a sentence; of a noun and a verb reading of one word, the likelier is kept. */
export function findTriggers(tokens: Token[], isChunkEnd: (k: number) => boolean, isDemonym: (k: number) => boolean, isInsideChunk: (k: number) => boolean = () => false): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct) continue;
    // Capitalised words inside a sentence are names ("the United States'"), not triggers.
    if (t.cap && i > 0 && !/^["“‘(]$/.test(tokens[i - 1].text) && t.text !== t.text.toUpperCase()) continue;
    if (isInsideChunk(i)) continue;
    const entries = lexOf(t).entries;
    if (!entries.length) continue;
    // "close to the border" is an adjective, not a closure.
    if ((t.lower === 'close' || t.lower === 'closer') && tokens[i + 1]?.lower === 'to') continue;
    const guess = guessPos(tokens, i, isChunkEnd, isDemonym);
    const sure = guess === 'N' || guess === 'V';
    const pos = guess.toLowerCase();
    const found: TriggerHit[] = [];
    // (Read only for entries that need it.)
    let negated: boolean | undefined;
    for (const e of entries) {
      if (e.negonly && !(negated ??= negatedBefore(tokens, i))) continue;
      if (pos !== '?' && e.pos !== pos) continue;
      const span = phraseSpan(tokens, e, i);
      if (!span) continue;
      if (!near(tokens, e, span[0], span[1])) continue;
      found.push({ entry: e, i, t0: span[0], t1: span[1] });
    }
    if (!found.length && pos !== '?' && !sure) {
      // The guess may be wrong: fall back to the other reading.
      for (const e of entries) {
        if (e.negonly && !(negated ??= negatedBefore(tokens, i))) continue;
        const span = phraseSpan(tokens, e, i);
        if (span && near(tokens, e, span[0], span[1])) found.push({ entry: e, i, t0: span[0], t1: span[1] });
      }
    }
    if (!found.length) continue;
    // Prefer longer phrases, then event types over reporting/light readings.
    // Prefer longer phrases, then entries whose context condition held (more specific), then event types.
    found.sort((a, b) => (b.t1 - b.t0) - (a.t1 - a.t0) || Number(b.entry.negonly) - Number(a.entry.negonly) ||
      Number(!!b.entry.near) - Number(!!a.entry.near) || Number(!!b.entry.type) - Number(!!a.entry.type));
    const best = found[0];
    hits.push(best);
    // A verb that is both a reporting verb and an event verb keeps both readings ("stressed the need").
    for (const f of found.slice(1)) if (!f.entry.type && best.entry.type && f.entry.frame === 'say') hits.push(f);
    // Two event readings of one word with different constraints (AGREE vs THREATEN "vow") keep the first.
  }
  // Multi-word noun phrases that contain another trigger's head ("hunger strike" vs "strike") keep the longer.
  return hits.filter((h) => !hits.some((o) => o !== h && o.t0 <= h.t0 && o.t1 >= h.t1 && (o.t1 - o.t0) > (h.t1 - h.t0)));
}
