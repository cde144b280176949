// Clause and argument finder: for a trigger, the party acting (subject, possessor, agent, or the
// subject of the support verb) and the party acted upon (object, or the noun phrase after a given
// preposition), over the sentence's tokens and party chunks.
import type { Party } from '../../model.ts';
import { isRoleWord, type Chunk } from './parties.ts';
import type { TriggerHit } from './triggers.ts';
import { ADVERBS, AUXILIARIES, COORDINATORS, DETERMINERS, NEGATORS, PREPOSITIONS, SUBORDINATORS, type Token } from './tokens.ts';

export interface SentenceView {
  tokens: Token[];
  chunks: Chunk[];
  /** Chunk index covering each token, or -1. (A plain array: small typed arrays over 64 bytes are
   * allocated outside the heap, slowly.) */
  chunkAt: number[];
  triggers: TriggerHit[];
  /** Trigger covering each token (head or phrase), or null. */
  triggerAt: (TriggerHit | null)[];
  /** 1 for tokens of a time expression ("on Tuesday", "last week"): transparent to argument search. */
  timex: Uint8Array;
  /** Memo of isVerbAt / isClauseBoundary per token: 0 unknown, 1 no, 2 yes. */
  verbMemo: Uint8Array;
  boundaryMemo: Uint8Array;
  /** Memo of subjectOf per verb token. */
  subjectMemo: Map<number, Arg | null>;
}

const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|january|february|march|april|may|june|july|august|september|october|november|december|morning|evening|night|week|month|year|weekend)$/;

export function makeView(tokens: Token[], chunks: Chunk[], triggers: TriggerHit[], timex?: Uint8Array): SentenceView {
  const tx = timex ?? new Uint8Array(tokens.length);
  // Without a temporal layer, weekday and month names still mark time phrases.
  if (!timex) tokens.forEach((t, k) => { if (TIME_WORDS.test(t.lower)) tx[k] = 1; });
  // The preposition or determiner opening a time phrase belongs to it ("on Tuesday", "last week").
  for (let k = tokens.length - 1; k > 0; k--) if (tx[k] && !tx[k - 1] && /^(on|in|at|last|this|next|early|late|since|by)$/.test(tokens[k - 1].lower)) tx[k - 1] = 1;
  const chunkAt: number[] = [];
  const triggerAt: (TriggerHit | null)[] = [];
  for (let k = 0; k < tokens.length; k++) { chunkAt.push(-1); triggerAt.push(null); }
  chunks.forEach((c, ci) => { for (let k = c.t0; k < c.t1; k++) chunkAt[k] = ci; });
  for (const h of triggers) for (let k = h.t0; k < h.t1; k++) triggerAt[k] ??= h;
  return { tokens, chunks, chunkAt, triggers, triggerAt, timex: tx, verbMemo: new Uint8Array(tokens.length), boundaryMemo: new Uint8Array(tokens.length), subjectMemo: new Map() };
}

/** Tokens that start a new clause for argument search. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'because', 'unless', 'if', 'when', 'whenever', 'but']);

export function isClauseBoundary(v: SentenceView, k: number): boolean {
  const memo = v.boundaryMemo[k];
  if (memo) return memo === 2;
  const b = clauseBoundary(v, k);
  v.boundaryMemo[k] = b ? 2 : 1;
  return b;
}

function clauseBoundary(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') return true;
  if (CLAUSE_OPENERS.has(t.lower)) return true;
  // "advising caution as India accuses Pakistan": "as" before a subject and its verb opens a clause.
  if (t.lower === 'as' && v.chunkAt[k + 1] >= 0 && k > 0 && v.tokens[k - 1].text !== ',') {
    const end = v.chunks[v.chunkAt[k + 1]].t1;
    if (isVerbAt(v, end) || isVerbAt(v, end + 1)) return true;
  }
  if (t.lower === 'as' && (k === 0 || v.tokens[k - 1].text === ',')) {
    // "as India accuses ...", "as did X": a clause, not "as part of".
    const n1 = v.tokens[k + 1];
    return !!n1 && (v.chunkAt[k + 1] >= 0 || n1.lower === 'the' || n1.lower === 'did' || n1.lower === 'it');
  }
  if ((t.lower === 'after' || t.lower === 'before' || t.lower === 'since' || t.lower === 'until') && v.chunkAt[k + 1] >= 0) return true;
  return false;
}

/** A verb other than an auxiliary: a trigger read as a verb, or a common finite verb shape. */
export function isVerbAt(v: SentenceView, k: number): boolean {
  if (k < 0 || k >= v.tokens.length) return false;
  const memo = v.verbMemo[k];
  if (memo) return memo === 2;
  const b = verbAt(v, k);
  v.verbMemo[k] = b ? 2 : 1;
  return b;
}

function verbAt(v: SentenceView, k: number): boolean {
  const h = v.triggerAt[k];
  if (h && h.entry.pos === 'v' && h.i === k) return true;
  if (h) return false;
  const t = v.tokens[k];
  if (t.punct || t.cap || v.chunkAt[k] >= 0) return false;
  if (AUXILIARIES.has(t.lower)) return false;
  if (/^(remains|remained|followed|went|came|took|made|seemed|became|continued|added|saw|led|left|began|used)$/.test(t.lower)) return true;
  // "Al Thani then secured": an adverb may stand between the subject and its verb.
  const p = k > 1 && ADVERBS.has(v.tokens[k - 1].lower) && !/^(not|never)$/.test(v.tokens[k - 1].lower) ? k - 2 : k - 1;
  const prev = v.tokens[p];
  return /[a-z]ed$/.test(t.lower) && !!prev && (AUXILIARIES.has(prev.lower) || v.chunkAt[p] >= 0) && !DETERMINERS.has(prev.lower);
}

function groupChunks(v: SentenceView, ci: number): Chunk[] {
  // Groups are runs of neighbouring chunks: look around ci only.
  const g = v.chunks[ci].group;
  let a = ci, b = ci;
  while (a > 0 && v.chunks[a - 1].group === g) a--;
  while (b + 1 < v.chunks.length && v.chunks[b + 1].group === g) b++;
  return v.chunks.slice(a, b + 1);
}

export function partiesOf(chunks: Chunk[]): Party[] {
  const out: Party[] = [];
  for (const c of chunks) for (const p of c.parties) if (!out.some((o) => same(o, p))) out.push(p);
  return out;
}

export function same(a: Party, b: Party): boolean {
  if (a.entityId && b.entityId) return a.entityId === b.entityId;
  return a.name === b.name && a.country === b.country;
}

/** Is the chunk group the object of a preposition? Returns the preposition or null. */
export function prepBefore(v: SentenceView, ci: number): string | null {
  const first = groupChunks(v, ci)[0];
  let k = first.t0 - 1;
  while (k >= 0 && (DETERMINERS.has(v.tokens[k].lower) || v.tokens[k].lower === 'both')) k--;
  if (k < 0) return null;
  const w = v.tokens[k].lower;
  // "Up to 100 ethnic Albanians": a quantity, not a preposition.
  if (w === 'to' && v.tokens[k - 1]?.lower === 'up') return null;
  // "A group of Moroccan diplomats", "leaders of the opposition": the party heads the phrase.
  if (w === 'of' && k > 0 && OF_HEADS.has(v.tokens[k - 1].lower)) return null;
  return PREPOSITIONS.has(w) ? w : null;
}

// Heads of noun phrases naming a body of people ("security forces in Guinea").
const ROLE_HEADS = new Set(`forces troops soldiers police authorities officials government rebels militants fighters
  demonstrators protesters protestors students workers groups group parties opposition leaders residents people
  refugees villagers militias militia guerrillas insurgents activists settlers civilians prisoners citizens`.split(/\s+/));

const OF_HEADS = new Set(`group groups members member leaders leader hundreds thousands dozens tens scores some many most
  one two three four five six seven eight nine ten third half part delegation team supporters activists representatives
  officials ministers units unit troops soldiers forces contingent batch patch wing faction factions`.split(/\s+/));

export interface Arg {
  parties: Party[];
  chunks: Chunk[];
  how: string;
}

/** The subject of the verb at token i: the nearest party to the left that is not inside a prepositional
 * phrase; a coordinated or participial verb inherits the subject of the verb before it. */
export function subjectOf(v: SentenceView, i: number, depth = 0): Arg | null {
  if (depth > 4) return null;
  let s = v.subjectMemo.get(i);
  if (s === undefined) v.subjectMemo.set(i, (s = findSubject(v, i, depth)));
  return s;
}

function findSubject(v: SentenceView, i: number, depth: number): Arg | null {
  let k = i - 1;
  // Skip the verb group ("has also been", "did not") and time phrases ("on Tuesday").
  while (k >= 0 && (AUXILIARIES.has(v.tokens[k].lower) || ADVERBS.has(v.tokens[k].lower) || (/[a-z]ly$/.test(v.tokens[k].text) && v.tokens[k].text.length > 4 && v.chunkAt[k] < 0) || NEGATORS.has(v.tokens[k].lower) || v.tokens[k].lower === 'to' || v.timex[k] ||
    QUOTE_MARKS.has(v.tokens[k].text) || (v.tokens[k].text === ',' && k > 0 && v.timex[k - 1] && frontedTime(v, k - 1)))) k--;
  const adjacent = k;
  if (k >= 0 && /^(and|but|or)$/.test(v.tokens[k].lower)) {
    // "X reiterated A and reaffirmed B": a coordinated verb shares the first verb's subject. Of several
    // verbs before, the one with a party as subject ("X said A had been intercepted but warned ...").
    let first: Arg | null | undefined;
    for (let j = k - 1; j >= 0 && !isClauseBoundary(v, j); j--) {
      if (!isVerbAt(v, j)) continue;
      const s = subjectOf(v, j, depth + 1);
      if (first === undefined) first = s;
      if (s && s.how !== 'np' && s.parties.length) return s;
    }
    if (first !== undefined) return first;
  }
  // "While expressing support ..., the US ...": a participle opening the sentence takes the main subject.
  if (k >= 0 && /ing$/.test(v.tokens[i].lower) && /^(while|after|before|when|since|by|despite)$/.test(v.tokens[k].lower) && k <= 1) {
    const main = mainSubjectAfterComma(v, v.triggerAt[i] ?? { entry: null as never, i, t0: i, t1: i + 1 });
    if (main) return main;
  }
  if (k > 0 && v.tokens[k].text === ',') {
    // "X called A and B, urging both to ...": a participle after a comma takes the subject of the verb before.
    if (/ing$/.test(v.tokens[i].lower)) {
      for (let j = k - 1; j >= 0 && !isClauseBoundary(v, j); j--) if (isVerbAt(v, j)) return subjectOf(v, j, depth + 1);
    }
    // "Anwar, who chairs ASEAN, said", "Hun Sen, now president of the Senate, said": the subject stands
    // before the relative clause or the apposition.
    const skipped = beforeAside(v, k);
    if (skipped) return skipped;
  }
  // A noun right before the verb group that names no party is the subject ("The President wants"),
  // unless a party modifies it ("Indian missiles", "Pakistan's air defence systems").
  if (k >= 0 && v.chunkAt[k] < 0 && !v.tokens[k].punct && !isVerbAt(v, k) && !PREPOSITIONS.has(v.tokens[k].lower) && !isClauseBoundary(v, k) &&
      !/^(who|which|that|and|but|or|then|also|it|he|she|they|we)$/.test(v.tokens[k].lower) && !v.triggerAt[k]) {
    let j = k;
    while (j >= 0 && v.chunkAt[j] < 0 && !v.tokens[j].punct && !PREPOSITIONS.has(v.tokens[j].lower) && !isVerbAt(v, j) && !DETERMINERS.has(v.tokens[j].lower) &&
      !SUBORDINATORS.has(v.tokens[j].lower) && !COORDINATORS.has(v.tokens[j].lower) && k - j < 4) j--;
    if (j >= 0 && v.chunkAt[j] >= 0) {
      const g = groupChunks(v, v.chunkAt[j]);
      if (!prepBefore(v, v.chunkAt[j])) return { parties: partiesOf(g), chunks: g, how: 'subject' };
    }
    // A subject that names no known party keeps its words when it names people or a body ("Doctors from
    // two aid groups", "Ethopia"); a weapon or a thing is no actor ("a rocket struck", "the border").
    const head = v.tokens[k];
    if (WEAPON_HEADS.has(head.lower)) return weaponOwner(v, k);
    if (!head.cap && !isAgentHead(head.lower)) return null;
    const words = v.tokens.slice(j + 1, k + 1).map((t) => t.text).join(' ');
    if (!words || /^(it|this|that|there|which|what|who|i|we|you|nobody|no one|none|anyone|anybody|everyone|everybody|someone|somebody)$/i.test(words)) return null;
    return { parties: [{ name: words, country: null, entityId: null }], chunks: [], how: 'np' };
  }
  while (k >= 0) {
    const t = v.tokens[k];
    const ci = v.chunkAt[k];
    if (ci >= 0) {
      const g = groupChunks(v, ci);
      const prep = prepBefore(v, ci);
      // "Security forces in Guinea", "demonstrators in Baghdad": a body named by where it is.
      if (prep && /^(in|from)$/.test(prep) && ROLE_HEADS.has(v.tokens[g[0].t0 - 2]?.lower ?? '')) {
        const country = partiesOf(g).find((p) => p.country)?.country ?? null;
        if (country) return { parties: [{ name: `${v.tokens[g[0].t0 - 2].text} in ${partiesOf(g)[0].name}`, country, entityId: null }], chunks: g, how: 'located' };
      }
      // "commanders from both sides": the body of each side.
      if (prep && /^(from|of)$/.test(prep) && g.every((c) => c.kind === 'pair') && isRoleWord(v.tokens[g[0].t0 - 2]?.lower ?? '') && partiesOf(g).length) {
        return { parties: partiesOf(g), chunks: g, how: 'located' };
      }
      // "after Thai soldiers fired": the subject of a clause opened by a subordinating preposition.
      if (prep && /^(after|before|since|until|once|as)$/.test(prep) && g.at(-1)!.t1 - 1 === adjacent) return { parties: partiesOf(g), chunks: g, how: 'subject' };
      if (prep && prep !== 'as') { k = g[0].t0 - 2; continue; }
      // A party modifying an event noun ("the recent terrorist attack") is not a subject.
      const after = v.triggerAt[g.at(-1)!.t1];
      if (after && after.entry.pos === 'n') { k = g[0].t0 - 1; continue; }
      // A chunk directly followed by a relative pronoun is the antecedent of another verb.
      return { parties: partiesOf(g), chunks: g, how: 'subject' };
    }
    if (t.lower === 'who' || t.lower === 'which') {
      // Relative clause: the antecedent is the nearest party before the pronoun.
      for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
        const cj = v.chunkAt[j];
        if (cj >= 0) { const g = groupChunks(v, cj); return { parties: partiesOf(g), chunks: g, how: 'antecedent' }; }
      }
      return null;
    }
    if (isClauseBoundary(v, k)) return null;
    // A verb before: this one is coordinated with it or a participle of its clause, and shares its subject.
    if (isVerbAt(v, k)) return subjectOf(v, k, depth + 1);
    k--;
  }
  return null;
}

const QUOTE_MARKS = new Set(['"', '“', '”']);

/** Is the time phrase ending at token k fronted ("On Tuesday, the army said"), not the end of an aside
 * ("Holm, who chairs the council this year, said")? */
function frontedTime(v: SentenceView, k: number): boolean {
  let s = k;
  while (s > 0 && v.timex[s - 1]) s--;
  return s === 0 || v.tokens[s - 1].punct;
}

// Heads of noun phrases that can act: people and bodies of people.
const AGENT_HEADS = new Set(`officials official authorities government governments army military police forces troops
  soldiers militants rebels fighters protesters protestors demonstrators students workers people residents villagers
  activists leaders leader diplomats doctors medics lawmakers ministers parliament president spokesman spokeswoman
  spokesperson commanders commander officers guards militia militias gunmen attackers insurgents separatists
  negotiators delegation delegates envoys groups group organisation organization agency agencies council court
  judges prosecutors regime administration cabinet ministry coalition opposition party parties media staff crew
  sources witnesses analysts experts observers monitors inspectors forum elders deputies clergy youths youth crowd
  crowds mob population community communities families union unions movement bloc alliance federation association
  company companies firm firms bank banks network committee commission board assembly senate congress nations
  countries states powers governments members allies partners neighbours neighbors`.split(/\s+/));

// Plural nouns of that shape that name things, not people.
const THING_PLURALS = new Set(`borders waters headquarters quarters numbers matters papers orders letters centers centres
  shelters towers barriers containers computers reactors sectors corridors chambers layers offers answers registers
  rivers filters markers meters parameters disasters powers plan plans attempt attempts government's manner
  banner corner summer winter number later ever never either neither other another whether rather power hour hours
  tanker tankers carrier carriers launcher launchers`.split(/\s+/));

/** The side a weapon subject belongs to, named before it ("Russian aircraft including helicopter gunships",
 * "British aircraft using precision guided missiles"); none when no state or group is named. */
function weaponOwner(v: SentenceView, k: number): Arg {
  for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
    const t = v.tokens[j];
    const ci = v.chunkAt[j];
    if (ci >= 0) {
      const c = v.chunks[ci];
      const modifies = WEAPON_HEADS.has(v.tokens[c.t1]?.lower ?? '') || /^(air|naval|military)$/.test(v.tokens[c.t1]?.lower ?? '');
      if ((c.kind === 'demonym' || c.kind === 'country' || c.kind === 'group' || c.possessive) && modifies && !prepBefore(v, ci)) return { parties: c.parties, chunks: [c], how: 'weapon' };
      break;
    }
    if (t.text === ';' || isVerbAt(v, j) || (t.punct && t.text !== ',' && t.text !== '-')) break;
  }
  return { parties: [], chunks: [], how: 'weapon' };
}

/** Can a noun head name people or a body of people ("elders", "fundamentalists", "the forum")? */
export function isAgentHead(w: string): boolean {
  if (AGENT_HEADS.has(w) || isRoleWord(w)) return true;
  return /(ists?|ers?|ors?|ians?|ants?|ees?|m[ae]n)$/.test(w) && !THING_PLURALS.has(w) && !THING_PLURALS.has(`${w}s`) && !WEAPON_HEADS.has(w);
}

// Weapons and craft as subjects ("a rocket struck", "two F-16 fighter jets destroyed"): the act is their side's.
export const WEAPON_HEADS = new Set(`rocket rockets missile missiles drone drones shell shells mortar mortars bomb bombs
  jet jets aircraft warplane warplanes plane planes bomber bombers helicopter helicopters artillery tank tanks
  submarine warship warships ship ships projectile projectiles uav uavs munitions barrage barrages salvo salvos
  gunship gunships tomahawks tomahawk interceptor interceptors`.split(/\s+/));

/** For a verb preceded by ", " closing an aside ("X, who chairs ASEAN, said", "X, now president of the
 * Senate, said"): the party before the aside, or null when the aside itself names the subject. */
function beforeAside(v: SentenceView, comma: number): Arg | null {
  let open = -1;
  for (let j = comma - 1; j >= Math.max(0, comma - 20); j--) {
    const t = v.tokens[j];
    if (t.text === ',') { open = j; break; }
    if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') return null;
  }
  if (open <= 0 || v.chunkAt[open - 1] < 0) return null;
  const relative = /^(who|which|whose|where)$/.test(v.tokens[open + 1]?.lower ?? '');
  if (!relative) {
    // An apposition that names someone itself ("Iran's supreme leader, Ayatollah Ali Khamenei, warned") is the subject.
    // A party modifying a noun of the apposition ("Pakistan, a key U.S. ally, ...") names no one itself.
    for (let j = open + 1; j < comma; j++) {
      const cj = v.chunkAt[j];
      if (cj < 0 || prepBefore(v, cj) || v.chunks[cj].kind === 'pronoun') continue;
      const after = v.tokens[v.chunks[cj].t1];
      const modifier = v.chunks[cj].t1 < comma && !!after && !after.cap && !after.punct && !isVerbAt(v, v.chunks[cj].t1);
      if (!modifier) return null;
    }
  }
  const ci = v.chunkAt[open - 1];
  if (prepBefore(v, ci)) return null;
  const g = groupChunks(v, ci);
  return { parties: partiesOf(g), chunks: g, how: 'subject' };
}

/** The noun phrase after the trigger: its party (or possessor with wantPoss). */
function objectAfter(v: SentenceView, from: number, wantPoss: boolean, limit = 5): Arg | null {
  let k = from;
  let steps = 0;
  while (k < v.tokens.length && steps < limit) {
    const t = v.tokens[k];
    const ci = v.chunkAt[k];
    if (ci >= 0) {
      const c = v.chunks[ci];
      if (wantPoss && !(c.possessive || c.kind === 'demonym')) return null;
      // "welcomed President Reagan's statement": a possessor is not the object unless a role follows.
      if (!wantPoss && c.possessive && c.kind !== 'pronoun' && !isRoleWord(v.tokens[c.t1]?.lower ?? '')) return null;
      const g = groupChunks(v, ci);
      return { parties: partiesOf(wantPoss ? g.filter((x) => x.possessive || x.kind === 'demonym') : g), chunks: g, how: wantPoss ? 'poss' : 'obj' };
    }
    if (t.punct && t.text !== '“' && t.text !== '"' && t.text !== '-') return null;
    if (PREPOSITIONS.has(t.lower) && t.lower !== 'of') return null;
    if (isVerbAt(v, k) || isClauseBoundary(v, k) || t.lower === 'that' || t.lower === 'to') return null;
    if (!(DETERMINERS.has(t.lower) || ADVERBS.has(t.lower) || !t.cap)) return null;
    k++;
    steps++;
  }
  return null;
}

function clauseEnd(v: SentenceView, from: number): number {
  for (let k = from; k < v.tokens.length; k++) if (isClauseBoundary(v, k)) return k;
  return v.tokens.length;
}

/** The recipient of a trigger by the entry's recipient specs, tried in order. */
export function recipientOf(v: SentenceView, h: TriggerHit, specs: string[]): Arg | null {
  const end = clauseEnd(v, h.t1);
  for (const spec of specs) {
    let a: Arg | null = null;
    if (spec === 'obj') a = objectAfter(v, h.t1, false);
    else if (spec === 'poss') a = objectAfter(v, h.t1, true);
    else if (spec === 'any') {
      for (let k = h.t1; k < end && !a; k++) {
        if (v.tokens[k].text === ',') break;
        const ci = v.chunkAt[k];
        if (ci < 0 || !v.chunks[ci].parties.length || v.chunks[ci].kind === 'pronoun') continue;
        const c = v.chunks[ci];
        // "the recent terrorist attack": a group word modifying an event noun is not the recipient.
        if (c.kind === 'group' && v.triggerAt[c.t1]?.entry.pos === 'n') { k = c.t1 - 1; continue; }
        const g = groupChunks(v, ci);
        a = { parties: partiesOf(g), chunks: g, how: 'any' };
      }
    } else if (spec === 'that') {
      for (let k = h.t1; k < Math.min(end, h.t1 + 4) && !a; k++) if (v.tokens[k].lower === 'that') a = objectAfter(v, k + 1, false);
    } else {
      // A preposition within ten tokens of the trigger, in the same clause.
      for (let k = h.t1; k < Math.min(end, h.t1 + 12) && !a; k++) {
        if (v.tokens[k].lower !== spec) continue;
        if (v.chunkAt[k] >= 0) continue;
        // "a call from Trump asking Doha to persuade Iran": "to" before a verb marks an infinitive.
        const nx = v.tokens[k + 1];
        if (spec === 'to' && nx && !nx.punct && !nx.cap && v.chunkAt[k + 1] < 0 && !DETERMINERS.has(nx.lower) && !/^(senior|top|both|all|each|his|her|its|their|foreign|local|visiting)$/.test(nx.lower)) continue;
        a = objectAfter(v, k + 1, false, 6);
        if (a) a.how = spec;
        if (!a && spec === 'between') break;
      }
    }
    if (a && a.parties.length) return a;
  }
  return null;
}

/** For a noun trigger: a possessor or modifier party right before it ("Pakistan's shelling", "Indian strikes"). */
export function possessorOf(v: SentenceView, h: TriggerHit): Arg | null {
  let k = h.t0 - 1;
  let steps = 0;
  while (k >= 0 && steps < 5) {
    const t = v.tokens[k];
    const ci = v.chunkAt[k];
    if (ci >= 0) {
      const c = v.chunks[ci];
      if (c.possessive || c.kind === 'demonym' || c.kind === 'group' || c.kind === 'country' || c.kind === 'org') {
        // Coordinated possessors ("India and Pakistan's") share the noun.
        const g = groupChunks(v, ci);
        return { parties: partiesOf(g), chunks: g, how: 'possessor' };
      }
      return null;
    }
    if (t.punct && t.text !== '-') return null;
    if (PREPOSITIONS.has(t.lower) || isVerbAt(v, k) || AUXILIARIES.has(t.lower)) return null;
    k--;
    steps++;
  }
  return null;
}

/** For a noun trigger: the support verb it is the object of ("launched strikes", "expressed sorrow"), if any. */
export function lightVerbOf(v: SentenceView, h: TriggerHit): number | null {
  let k = h.t0 - 1;
  let steps = 0;
  while (k >= 0 && steps < 6) {
    const t = v.tokens[k];
    const tr = v.triggerAt[k];
    if (t.lower === 'that') return null;
    // (A noun that opens the clause a saying verb reports is its subject, not its object: "said the attack was".)
    if (tr && tr.entry.pos === 'v' && tr.entry.frame === 'say' && /^(was|were|is|are|had|has|have|would|will|could|had)$/.test(v.tokens[h.t1]?.lower ?? '')) return null;
    if (tr && tr.entry.pos === 'v' && (tr.entry.frame === 'light' || tr.entry.frame === 'say')) return tr.i;
    if (tr && tr.entry.pos === 'v') return null;
    // (A comma inside a list of weapons is crossed: "launched artillery, mortar, and rocket fire".)
    const listComma = t.text === ',' && k > 0 && !v.tokens[k - 1].punct && !v.tokens[k - 1].cap && !isVerbAt(v, k - 1) && v.chunkAt[k - 1] < 0;
    if (t.punct && t.text !== '-' && t.text !== '’' && t.text !== "'" && !listComma) return null;
    if (PREPOSITIONS.has(t.lower) && t.lower !== 'of') {
      // "engaged in separate conversations", "went through blackouts"
      if ((t.lower === 'in' || t.lower === 'through') && k > 0 && v.triggerAt[k - 1]?.entry.frame === 'light') return v.triggerAt[k - 1]!.i;
      return null;
    }
    k--;
    steps++;
  }
  return null;
}

/** The agent of a passive or noun trigger: "by X" right after. */
export function agentOf(v: SentenceView, h: TriggerHit): Arg | null {
  for (let k = h.t1; k < Math.min(v.tokens.length, h.t1 + 4); k++) {
    // "condemnations from Trump": the source of a verbal act named by a noun.
    if (v.tokens[k].lower === 'by' || (v.tokens[k].lower === 'from' && h.entry.pos === 'n' && k === h.t1)) {
      const a = objectAfter(v, k + 1, false, 5);
      if (a) return { parties: a.parties, chunks: a.chunks, how: 'agent' };
      return null;
    }
    if (v.tokens[k].punct) return null;
  }
  return null;
}

/** Is the verb at i passive ("were conducted", "has been closed")? */
export function isPassive(v: SentenceView, i: number): boolean {
  if (i < 0) return false;
  const t = v.tokens[i];
  if (!/(ed|en|wn|ne|ut|ld|lt|ck|ot)$/.test(t.lower)) return false;
  // Reduced relative: a participle right after a plain noun ("missiles fired at the base"); intransitive
  // protest verbs have none ("farmers demonstrated on Tuesday").
  const p = v.tokens[i - 1];
  const nx = v.tokens[i + 1];
  if (v.triggerAt[i]?.entry.type !== 'PROTEST' && t.lower !== 'clashed' && (!nx || nx.punct || /^(at|by|on|into|from|in|toward|towards|across)$/.test(nx.lower)) && p && !p.punct && !p.cap && v.chunkAt[i - 1] < 0 && /s$/.test(p.lower) && !AUXILIARIES.has(p.lower) && !v.triggerAt[i - 1] && !/^(has|was|is|as|this|its|his|us|thus|also|always|perhaps)$/.test(p.lower)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = v.tokens[k].lower;
    if (/^(was|were|been|being|be|is|are|'s|got)$/.test(w)) return true;
    if (!ADVERBS.has(w) && !NEGATORS.has(w)) return false;
  }
  return false;
}

/** For a phrase fronted before the main clause ("In separate calls with A and B, Rubio ..."): the main subject. */
export function mainSubjectAfterComma(v: SentenceView, h: TriggerHit): Arg | null {
  for (let k = h.t1; k < v.tokens.length; k++) {
    if (v.tokens[k].text !== ',') continue;
    for (let j = k + 1; j < Math.min(v.tokens.length, k + 24); j++) {
      const ci = v.chunkAt[j];
      if (ci < 0) continue;
      if (prepBefore(v, ci)) { j = groupChunks(v, ci).at(-1)!.t1; continue; }
      const g = groupChunks(v, ci);
      const after = g.at(-1)!.t1;
      // The chunk must be followed (soon) by a verb to be the subject.
      for (let m = after; m < Math.min(v.tokens.length, after + 4); m++) if (isVerbAt(v, m)) return { parties: partiesOf(g), chunks: g, how: 'main' };
      return null;
    }
    return null;
  }
  return null;
}

/** Negation in the verb group before token i ("did not", "has never", "refrained from"). */
export function negatedAt(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = v.tokens[k].lower;
    if (NEGATORS.has(w) || w === "n't" || w === 'no') return true;
    if (/^(refrained|refrain|refrains|refraining|failed|fails|fail)$/.test(w)) return true;
    if (v.chunkAt[k] >= 0 || v.tokens[k].punct) return false;
  }
  return false;
}

/** Future, intention or condition governing token i ("will", "plans to", "is ready to", "if"). */
export function futureAt(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = v.tokens[k].lower;
    if (/^(will|would|shall|'ll|wo|may|might)$/.test(w)) return true;
    // "plans to", "the right to defend", "no choice but to respond".
    if (w === 'to' && k > 0 && /^(plans|plan|planned|planning|intends|intend|going|set|ready|willing|prepared|expected|due|about|vowed|vows|threatened|threatens|decided|wants|right|but)$/.test(v.tokens[k - 1].lower)) return true;
    if (w === 'to' && k > 1 && /^(is|are|was|were)$/.test(v.tokens[k - 1].lower)) return true;
    if (v.chunkAt[k] >= 0 || (v.tokens[k].punct && v.tokens[k].text !== '’')) return false;
  }
  return false;
}

/** A condition ("if", "unless") in the clause around token i. */
export function conditionalAround(v: SentenceView, i: number): boolean {
  for (let k = Math.max(0, i - 12); k < Math.min(v.tokens.length, i + 15); k++) {
    const w = v.tokens[k].lower;
    if (w === 'if' || w === 'unless') return true;
  }
  return false;
}
