// Finds the text span of a cue's speaker: the subject before the verb ("Misri asserted"), the noun
// phrase after it in inversions ('", said spokesperson Tammy Bruce'), the object of "quoted X as
// saying", or, for participles and coordinated verbs, the subject of the clause they hang on.
import type { Span } from '../../model.ts';
import { isVerbAt, type CueHit } from './cues.ts';
import {
  AGENT_NOUNS, CATENATIVES, CLAUSE_OPENERS, CUE_FORMS, DETERMINERS, DOCUMENT_NOUNS, FINITE_VERBS, FRONTING_WORDS, OBJECT_CONTROL, PREPOSITIONS,
  SUBJECT_PRONOUNS, VERB_PREMODIFIERS,
} from './lexicon.ts';
import { isCapitalized, isPossessive, isWord, type Token } from './tokens.ts';

/** How the speaker span was found. 'main' (a sentence's subject), 'relative' (the phrase a "which"
 * stands for) and 'object' ("prompting officials to argue") are only speakers when they name people. */
export type SpeakerHow = 'subject' | 'inverted' | 'quoted-as' | 'inherited' | 'main' | 'relative' | 'object';

export interface SpeakerSpan extends Span {
  how: SpeakerHow;
}

const MAX_NP = 14;
const ROLE_NOUNS = new Set('officer director chief head spokesman spokeswoman spokesperson minister secretary adviser advisor chairman president executive founder'.split(' '));
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow last this earlier later next'.split(' '),
);
const TIME_NOUNS = new Set('day days week weeks month months year years hour hours minute minutes night nights morning afternoon evening weekend decade decades time'.split(' '));
const ADJUNCT_PREPOSITIONS = new Set('in on at during after before while when via through to with outside inside amid'.split(' '));

const lowerWordToken = (t: Token | undefined): t is Token => isWord(t) && t.text === t.lower;
const isAdverb = (t: Token) => isWord(t) && t.text === t.lower && t.lower.length > 4 && /ly$/.test(t.lower);
const isPastParticipleLike = (t: Token) => isWord(t) && t.text === t.lower && /[^e]ed$|[^e]eed$|ied$/.test(t.lower);
const isVerbish = (t: Token) =>
  isWord(t) && t.text === t.lower && (FINITE_VERBS.has(t.lower) || CUE_FORMS.has(t.lower));

/** Skips what stands between a subject and its verb: auxiliaries, adverbs, "to" of a catenative
 * ("continued to urge"), an opening mark, and a parenthetical between commas ("Dar, for his part,
 * told"). Returns the index of the last token before the verb group, and whether a comma or a
 * closing mark came first (then there is no subject before the verb). */
function skipVerbGroup(tokens: Token[], k: number): { k: number; blocked: boolean; object: boolean } {
  let object = false;
  while (k >= 0) {
    const t = tokens[k];
    if (t.kind === 'open') { k--; continue; }
    if (isWord(t) && t.text === t.lower && (VERB_PREMODIFIERS.has(t.lower) || isAdverb(t) || /n['’]t$/.test(t.lower))) { k--; continue; }
    if (isWord(t) && t.lower === 'not') { k--; continue; }
    // "The FAA on Friday announced": a time adjunct between subject and verb.
    if (isWord(t) && TIME_WORDS.has(t.lower) && k > 0) { k -= tokens[k - 1].lower === 'on' || tokens[k - 1].lower === 'last' ? 2 : 1; continue; }
    if (isWord(t) && t.lower === 'to') {
      // "continued to urge": the subject of the verb before; "prompting officials to argue": the
      // object before "to" is who speaks (and must name people: see SpeakerHow 'object').
      if (isWord(tokens[k - 1]) && (isPastParticipleLike(tokens[k - 1]) || isVerbish(tokens[k - 1]) || CATENATIVES.has(tokens[k - 1].lower))) k -= 2;
      else { k--; object = true; }
      continue;
    }
    if (t.text === ',') {
      const par = parenthetical(tokens, k);
      if (par) {
        if (par.name) return { k: par.close - 1, blocked: false, object };
        k = par.open - 1;
        continue;
      }
      return { k, blocked: true, object };
    }
    if (t.kind === 'close') return { k, blocked: true, object };
    break;
  }
  return { k, blocked: k < 0, object };
}

/** A comma pair ending at token k that sets off an aside after a subject: ", for his part,",
 * ", who ...,", ", the foreign secretary," or a name appositive (", Brian Davis,"). */
function parenthetical(tokens: Token[], k: number): { open: number; close: number; name: boolean } | null {
  // A relative clause ("Phumtham, who took over after ... this month, said") may run longer.
  for (let m = k - 1; m >= 0 && k - m <= 24; m--) {
    const t = tokens[m];
    if (t.kind === 'close' || t.kind === 'open' || t.text === ';' || t.text === ':') return null;
    if (t.text !== ',') continue;
    const first = tokens[m + 1];
    if (k - m > 12 && !(isWord(first) && /^(?:who|which)$/.test(first.text))) return null;
    if (m === 0 || !isWord(tokens[m - 1]) || m + 1 >= k || !isWord(first)) return null;
    const inner = tokens.slice(m + 1, k);
    if (inner.some((x, q) => isVerbAt(tokens, m + 1 + q) && !/^(?:is|was|are|were|has|had|have)$/.test(x.lower)) && !/^(?:who|which)$/.test(first.lower)) return null;
    if (inner.every((x) => !isWord(x) || isCapitalized(x) || x.lower === 'of')) {
      // After a role noun it names the speaker ("his attorney, Brian Davis,", "the head of the
      // agency's board, Ann Lee,"); after a name it is a place's region ("in Looe, Cornwall,").
      return { open: m, close: k, name: tokens[m - 1].text === tokens[m - 1].lower || describesHolder(tokens, m - 1) };
    }
    const lead = first.lower;
    // "Ray Johnson, Lockheed's chief technical officer, said": an appositive naming an office.
    if (inner.some((x) => isWord(x) && x.text === x.lower && (AGENT_NOUNS.has(x.lower) || ROLE_NOUNS.has(x.lower)))) return { open: m, close: k, name: false };
    if (PREPOSITIONS.has(lead) || FRONTING_WORDS.has(lead) || DETERMINERS.has(lead) || isAdverb(first) || lead === 'who' || lead === 'which' || first.text === first.lower || /\d/.test(lead))
      return { open: m, close: k, name: false };
    return null;
  }
  return null;
}

/** True when the phrase ending at token k is a role or body described by what it is of ("the head
 * of the International Atomic Energy Agency", "the spokesman for the Defence Ministry"). */
function describesHolder(tokens: Token[], k: number): boolean {
  let q = k;
  while (q >= 0 && k - q < 10 && isWord(tokens[q]) && (isCapitalized(tokens[q]) || /^(?:of|the|for|and)$/.test(tokens[q].text))) q--;
  const head = tokens[q], link = tokens[q + 1];
  return lowerWordToken(head) && (ROLE_NOUNS.has(head.lower) || AGENT_NOUNS.has(head.lower)) && !!link && /^(?:of|for)$/.test(link.text);
}

/** A name set off after a description that ends at token k ("said the group's spokesman, Ann
 * Lee."): the name's span, when the description's head is a word for people or a body. */
function appositiveName(tokens: Token[], k: number): Span | null {
  const head = tokens[k];
  if (tokens[k + 1]?.text !== ',' || !isWord(head)) return null;
  if (!(lowerWordToken(head) && (ROLE_NOUNS.has(head.lower) || AGENT_NOUNS.has(head.lower))) && !describesHolder(tokens, k)) return null;
  let e = k + 2;
  while (e < tokens.length && isWord(tokens[e]) && (isCapitalized(tokens[e]) || (/^(?:al|bin|de|van|von|der|da|di|la|le|del)$/.test(tokens[e].text) && isCapitalized(tokens[e + 1])))) e++;
  if (e === k + 2 || e - k - 2 > 6) return null;
  const after = tokens[e];
  if (after && !/^[,.;:]$/.test(after.text) && after.kind !== 'close') return null;
  return { start: tokens[k + 2].start, end: tokens[e - 1].end };
}

/** The noun phrase ending at token k, walking back to a clause boundary. */
function nounPhraseEndingAt(tokens: Token[], k: number, floor = 0): Span | null {
  // A personal pronoun is a whole noun phrase.
  if (isWord(tokens[k]) && SUBJECT_PRONOUNS.has(tokens[k].lower)) return { start: tokens[k].start, end: tokens[k].end };
  let first = -1;
  for (let m = k; m >= floor && k - m < MAX_NP; m--) {
    const t = tokens[m];
    if (t.kind !== 'word') {
      // A plural possessive mark ("the parents’ lawyer") stays inside.
      if (/^['’]$/.test(t.text) && isWord(tokens[m - 1]) && isWord(tokens[m + 1])) continue;
      break;
    }
    const lower = t.text === t.lower;
    // "state television said": a verb's base form opening the phrase before a noun is a modifier.
    const modifier = m < k && !isWord(tokens[m - 1]) && CUE_FORMS.has(t.lower) && !FINITE_VERBS.has(t.lower) && !/(?:ed|ing|s)$/.test(t.lower);
    if (CLAUSE_OPENERS.has(t.lower) || (lower && isVerbAt(tokens, m) && !modifier)) break;
    // "We're", "there'll": a pronoun with its auxiliary is the whole subject.
    if (/^(?:i|we|you|they|he|she|it|there)['’](?:re|ll|ve|d|m|s)$/i.test(t.text)) { if (m === k) first = m; break; }
    // "the armed forces", "Iran's armed forces": a participle after a determiner is an adjective.
    if (lower && isPastParticipleLike(t) && !(tokens[m - 1] && (DETERMINERS.has(tokens[m - 1].lower) || isAdverb(tokens[m - 1]) || isPossessive(tokens[m - 1])))) {
      // "Two people briefed on the talks said": a reduced relative after the head; keep walking.
      if (first >= 0 && PREPOSITIONS.has(tokens[first].lower) && isWord(tokens[m - 1]) && tokens[m - 1].text === tokens[m - 1].lower && !isVerbAt(tokens, m - 1)) { first = m; continue; }
      break;
    }
    // "..., pointing to an analysis": a participle opens a phrase of its own ("the ruling party" keeps
    // it), unless it modifies the word before ("Rescuers searching for a woman said").
    if (lower && t.lower.length > 5 && /ing$/.test(t.lower) && !(tokens[m - 1] && (DETERMINERS.has(tokens[m - 1].lower) || isPossessive(tokens[m - 1])))) {
      if (first >= 0 && PREPOSITIONS.has(tokens[first].lower) && isWord(tokens[m - 1]) && !isVerbAt(tokens, m - 1) && !CLAUSE_OPENERS.has(tokens[m - 1].lower) && tokens[m - 2]?.text !== ',') { first = m; continue; }
      break;
    }
    first = m;
  }
  if (first < 0) return null;
  // "In New Delhi the minister said", "On Tuesday Ethiopia's army said": a leading prepositional
  // phrase or day is not the subject.
  while (first < k && (PREPOSITIONS.has(tokens[first].lower) || (TIME_WORDS.has(tokens[first].lower) && first > 0 && PREPOSITIONS.has(tokens[first - 1].lower)))) first++;
  if (PREPOSITIONS.has(tokens[first].lower)) return null;
  return { start: tokens[first].start, end: tokens[k].end };
}

/** The noun phrase right after token index j ("said [US spokesperson Tammy Bruce] in ..."). */
function nounPhraseFrom(tokens: Token[], j: number): Span | null {
  let last = -1;
  for (let m = j; m < tokens.length && m - j < MAX_NP; m++) {
    const t = tokens[m];
    if (t.kind !== 'word') {
      if (/^['’]$/.test(t.text) && last === m - 1) continue;
      break;
    }
    const lower = t.text === t.lower;
    if (lower && (ADJUNCT_PREPOSITIONS.has(t.lower) || TIME_WORDS.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || isVerbAt(tokens, m))) break;
    if (!lower && TIME_WORDS.has(t.lower) && m > j) break;
    last = m;
  }
  if (last < 0) return null;
  if (tokens[last].lower === 'of' || tokens[last].lower === 'for') last--;
  return last >= j ? { start: tokens[j].start, end: tokens[last].end } : null;
}

/** Start of the main clause: past fronted adverbials ("On Thursday, ", "Meanwhile, in New Delhi, "). */
/** Index after a wire dateline opening the sentence ("BUFFALO, N.Y. (AP) —", "(Reuters) -"), or 0. */
export function afterDateline(tokens: Token[]): number {
  for (let m = 0; m < tokens.length && m < 14; m++) {
    const t = tokens[m];
    if (t.kind === 'open' || (isWord(t) && t.text === t.lower && m > 0)) return 0;
    if (/^(?:—|–|--)$/.test(t.text) || (t.text === '-' && tokens[m - 1]?.text === ')')) {
      const head = tokens.slice(0, m);
      const wire = head.some((x) => x.text === ')') || head.filter(isWord).every((x) => x.text === x.text.toUpperCase());
      return wire && head.length ? m + 1 : 0;
    }
  }
  return 0;
}

function mainClauseStart(tokens: Token[]): number {
  let k = afterDateline(tokens);
  for (let guard = 0; guard < 4; guard++) {
    const t = tokens[k];
    if (!isWord(t)) return k;
    const lead = t.lower;
    if (!(FRONTING_WORDS.has(lead) || /ing$/.test(lead) || /ly$/.test(lead) || /^\d/.test(lead))) return k;
    let comma = -1;
    for (let m = k + 1; m < tokens.length && m - k <= 18; m++) {
      if (tokens[m].kind === 'open' || tokens[m].kind === 'close') break;
      if (tokens[m].text === ',') { comma = m; break; }
    }
    if (comma < 0) return k;
    k = comma + 1;
  }
  return k;
}

/** The subject noun phrase of the sentence's main clause, or null when the sentence opens with a quote. */
export function mainSubject(tokens: Token[], from = 0): Span | null {
  const k = from > 0 ? from : mainClauseStart(tokens);
  let last = -1;
  for (let m = k; m < tokens.length && m - k < MAX_NP; m++) {
    const t = tokens[m];
    if (t.kind !== 'word') {
      if (/^['’]$/.test(t.text) && last === m - 1) continue;
      break;
    }
    const lower = t.text === t.lower;
    const opener = CLAUSE_OPENERS.has(t.lower) && t.lower !== 'and';
    if (lower && m > k && (isVerbAt(tokens, m) || VERB_PREMODIFIERS.has(t.lower) || opener || ADJUNCT_PREPOSITIONS.has(t.lower))) break;
    if (lower && m > k && isPastParticipleLike(t) && !DETERMINERS.has(tokens[m - 1].lower) && !isAdverb(tokens[m - 1]) && !isPossessive(tokens[m - 1])) break;
    last = m;
  }
  if (last < k) return null;
  if (tokens[last].lower === 'and') last--;
  // "Jonathan Roth's attorney, Joey Jackson, defended ...": the appositive name is the subject.
  const comma = tokens[last + 1];
  if (comma?.text === ',' && (tokens[last].text === tokens[last].lower || describesHolder(tokens, last))) {
    let e = last + 2;
    while (e < tokens.length && isCapitalized(tokens[e])) e++;
    if (e > last + 2 && tokens[e]?.text === ',') return { start: tokens[last + 2].start, end: tokens[e - 1].end };
  }
  return { start: tokens[k].start, end: tokens[last].end };
}

/** The speaker span of a cue, given the speakers of the cues before it in the same sentence. */
export function speakerOf(tokens: Token[], cues: CueHit[], n: number, earlier: (SpeakerSpan | null)[]): SpeakerSpan | null {
  const cue = cues[n];
  const inherit = (): SpeakerSpan | null => {
    for (let m = n - 1; m >= 0; m--) if (earlier[m] && !cues[m].quoted) return { ...earlier[m]!, how: 'inherited' };
    // The subject of the nearest clause before it: after ", and" / ", but" / ";" when there is one.
    let from = 0;
    for (let m = cue.i - 1; m > 0; m--) {
      const t = tokens[m];
      if (t.kind === 'open' || t.kind === 'close') break;
      if (t.text === ';' || (t.text === ',' && /^(?:and|but)$/.test(tokens[m + 1]?.lower ?? '') && !isVerbAt(tokens, m + 2) && !VERB_PREMODIFIERS.has(tokens[m + 2]?.lower ?? ''))) {
        from = t.text === ';' ? m + 1 : m + 2;
        break;
      }
    }
    const main = mainSubject(tokens, from);
    return main && main.end <= tokens[cue.i].start ? { ...main, how: 'main' } : null;
  };
  // "quoted Sharif as telling Rubio", "was quoted as saying"
  if (tokens[cue.i - 1]?.lower === 'as') {
    for (let m = cue.i - 2; m >= 0 && cue.i - m <= 10; m--) {
      if (/^(?:quoted|quotes|quoting|cited|cites|citing)$/.test(tokens[m].lower)) {
        // "X was quoted by the agency as saying": the agency is the source, X the speaker.
        if (m + 1 <= cue.i - 2 && tokens[m + 1].lower !== 'by') return { start: tokens[m + 1].start, end: tokens[cue.i - 2].end, how: 'quoted-as' };
        const before = skipVerbGroup(tokens, m - 1);
        const np = before.blocked ? null : nounPhraseEndingAt(tokens, before.k);
        return np ? { ...np, how: 'quoted-as' } : inherit();
      }
    }
  }
  // "a statement posted on X", "a letter sent to": a participle modifying a document has no speaker.
  const before = tokens[cue.i - 1];
  if (/ed$/.test(tokens[cue.i].lower) && lowerWordToken(before) && DOCUMENT_NOUNS.has(before.lower) && lowerWordToken(tokens[cue.j]) && PREPOSITIONS.has(tokens[cue.j].lower)) return null;
  // A passive ("was told that", "is said to") hides the speaker, unless "by X" names it.
  let b = cue.i - 1;
  while (b >= 0 && (isAdverb(tokens[b]) || tokens[b].lower === 'not')) b--;
  if (tokens[b] && /^(?:is|was|were|are|am|be|been|being)$/.test(tokens[b].lower) && /(?:ed|said|told|written)$/.test(tokens[cue.i].lower)) {
    const agent = tokens[cue.j]?.lower === 'by' ? nounPhraseFrom(tokens, cue.j + 1) : null;
    return agent ? { ...agent, how: 'subject' } : null;
  }
  const back = skipVerbGroup(tokens, cue.i - 1);
  const prev = tokens[back.k];
  const auxBefore = cue.i > 0 && /^(?:is|was|are|were|been|be|am)$/.test(tokens[cue.i - 1].lower);
  // A participle or a coordinated verb takes the subject of the clause it belongs to.
  if (cue.ing && !auxBefore) return inherit();
  if (prev && isWord(prev) && /^(?:and|but|or|then)$/.test(prev.lower)) return inherit();
  if (back.blocked) {
    // Inversion follows a comma or a quotation ('", said X'), never the start of a sentence, and
    // takes a tensed verb ("tell me ..." after a comma is an imperative).
    if (back.k < 0 || !/(?:ed|s|said|told|wrote|^say|^add)$/.test(tokens[cue.i].lower)) return null;
    const np = nounPhraseFrom(tokens, cue.j);
    // ", announced a day earlier,": a time phrase after a participle, not an inverted subject.
    if (!np || tokens.some((t) => t.start >= np.start && t.end <= np.end && TIME_NOUNS.has(t.lower))) return null;
    let last = cue.j;
    while (last + 1 < tokens.length && tokens[last + 1].end <= np.end) last++;
    const name = appositiveName(tokens, last);
    return { ...(name ?? np), how: 'inverted' };
  }
  if (back.k < 0) return null;
  // "the report, which said ...": a relative pronoun stands for the phrase before it.
  const rel = tokens[back.k];
  if (isWord(rel) && /^(?:which|who|that)$/.test(rel.text)) {
    let a = back.k - 1;
    if (tokens[a]?.text === ',') a--;
    const ante = a >= 0 ? nounPhraseEndingAt(tokens, a) : null;
    return ante ? { ...ante, how: 'relative' } : null;
  }
  const np = nounPhraseEndingAt(tokens, back.k);
  if (!np) return null;
  if (back.object) {
    // "urged Y to say": Y speaks; "phoned Y to say": an infinitive of purpose, whose subject is
    // the subject of the verb before the object.
    let o = back.k;
    while (o > 0 && tokens[o - 1].start >= np.start) o--;
    const verb = tokens[o - 1];
    if (lowerWordToken(verb) && !OBJECT_CONTROL.has(verb.lower) && !CLAUSE_OPENERS.has(verb.lower) && !PREPOSITIONS.has(verb.lower) && !DETERMINERS.has(verb.lower)) {
      if (/ing$/.test(verb.lower)) return inherit();
      const b2 = skipVerbGroup(tokens, o - 2);
      const subj = b2.blocked || b2.k < 0 ? null : nounPhraseEndingAt(tokens, b2.k);
      return subj ? { ...subj, how: 'subject' } : inherit();
    }
    return { ...np, how: 'object' };
  }
  return { ...np, how: 'subject' };
}

const CONJUNCT_OPENERS = new Set('while as but whereas although though and because since after before when which who whom that'.split(' '));

/** The other conjunct of a coordinated speaker: "Rubin and Lee said" gives "Rubin" for the span
 * "Lee"; "said Kanu and his deputy Ann Lee" gives "his deputy Ann Lee" for "Kanu". The left
 * conjunct must open its clause ("The army shelled Goma and Kanu said" is no coordination). */
export function coordinatedSpeaker(tokens: Token[], span: SpeakerSpan): Span | null {
  let s = 0;
  while (s < tokens.length && tokens[s].start < span.start) s++;
  let e = s;
  while (e + 1 < tokens.length && tokens[e + 1].end <= span.end) e++;
  if (span.how === 'subject') {
    if (tokens[s - 1]?.lower !== 'and' || s < 2) return null;
    const left = nounPhraseEndingAt(tokens, s - 2);
    if (!left) return null;
    let ls = s - 2;
    while (ls > 0 && tokens[ls - 1].start >= left.start) ls--;
    const before = tokens[ls - 1];
    if (before && isWord(before) && !CONJUNCT_OPENERS.has(before.lower)) return null;
    return left;
  }
  if (span.how === 'inverted' && tokens[e + 1]?.lower === 'and') return nounPhraseFrom(tokens, e + 2);
  return null;
}

/** True when the token span is a single subject pronoun. */
export function isPronounSpan(tokens: Token[], span: Span): boolean {
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  return inside.length === 1 && SUBJECT_PRONOUNS.has(inside[0].lower);
}
