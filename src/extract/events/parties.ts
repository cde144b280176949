// Party chunks of a sentence: the noun phrases that name an actor or recipient, read from the entity
// layer's mentions (names, aliases, pronouns, descriptions), from country names and demonyms in the
// gazetteer ("Hungarian officials", "U.S."), and from pair words ("both sides") resolved in context.
import type { AnalyzedArticle, Entity, Party } from '../../model.ts';
import { countryByCapital as byCapital, countryByDemonym as byDemonym, countryByIso3, countryByName as byName, countryBySeat, isSeatOpener, type CountryInfo } from '../gazetteer/countries.ts';

// Gazetteer look-ups normalise their key on every call: remember the answers per surface form.
function remembering(look: (s: string) => CountryInfo | null): (s: string) => CountryInfo | null {
  const memo = new Map<string, CountryInfo | null>();
  return (text: string) => {
    let v = memo.get(text);
    if (v === undefined) {
      if (memo.size > 50_000) memo.clear();
      memo.set(text, (v = look(text)));
    }
    return v;
  };
}
export const countryByName = remembering(byName);
export const countryByDemonym = remembering(byDemonym);
export const countryByCapital = remembering(byCapital);
export { countryByIso3 };

/** What the gazetteer says of one token's text: a country name, a demonym, a capital. */
export class TokenGeo {
  constructor(readonly name: CountryInfo | null, readonly demonym: CountryInfo | null, readonly capital: CountryInfo | null) {}
}
const GEO_MEMO = new Map<string, TokenGeo>();

/** The gazetteer facts of a token, looked up once per token (and once per surface form). */
export function geoOf(t: Token): TokenGeo {
  const known = t.geo;
  if (known !== null) return known;
  let g = GEO_MEMO.get(t.text);
  if (g === undefined) {
    if (GEO_MEMO.size > 50_000) GEO_MEMO.clear();
    GEO_MEMO.set(t.text, (g = new TokenGeo(countryByName(t.text), countryByDemonym(t.text), countryByCapital(t.text))));
  }
  t.geo = g;
  return g;
}
import { DETERMINERS, PREPOSITIONS, type Token } from './tokens.ts';

export type ChunkKind = 'person' | 'org' | 'country' | 'place' | 'demonym' | 'group' | 'pair' | 'pronoun';

/** A noun phrase naming one party (or, for pair words, the two sides of the conflict). */
export interface Chunk {
  t0: number;
  t1: number;
  kind: ChunkKind;
  parties: Party[];
  /** Ends in a possessive "'s" (or is a possessive pronoun). */
  possessive: boolean;
  /** Index of the coordination group this chunk belongs to. */
  group: number;
  /** A pronoun the entity layer did not resolve (read here from the context). */
  guessed?: boolean;
}

interface EntityMention {
  start: number;
  end: number;
  entity: Entity;
  kind: string;
}

// Lower-case words that may stand inside a party's noun phrase ("senior Indian defence officials").
const NP_WORDS = new Set(`senior top former new deputy acting chief foreign prime vice interim outgoing incoming
  minister ministers secretary secretaries spokesperson spokesman spokeswoman spokespeople official officials
  leader leaders president presidents premier chancellor ambassador ambassadors envoy envoys diplomat diplomats
  counterpart counterparts military army navy forces troops soldiers government governments ministry
  authorities police administration regime officers commander commanders general affairs external defence defense
  home interior security national adviser advisor state force air armed militants rebels fighters
  delegation negotiators negotiator side sides lawmakers parliament cabinet officer staff aide aides
  junior high commissioner foreign-policy policy head heads representatives representative team mission
  forces' militia militias guerrillas insurgents separatists protesters demonstrators students workers
  groups group organisation organization agency agencies intelligence services service court judge
  people citizens nationals civilians refugees settlers youths activists opposition coalition party parties
  leadership junta council committee media newspaper television`.split(/\s+/));

// Words for non-state armed or civil groups: a party without a country unless a demonym says so.
const GROUP_WORDS = new Set(`terrorists terrorist militants militant rebels rebel insurgents insurgent separatists
  separatist gunmen gunman jihadists jihadist guerrillas guerrilla fighters extremists extremist attackers
  protesters protestors demonstrators rioters strikers activists students workers settlers hackers
  militiamen militia militias bombers bomber assailants`.split(/\s+/));

const TITLE_END = new Set('minister secretary president adviser advisor chief general commander chancellor premier ambassador envoy spokesperson governor'.split(' '));

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

const GROUP_HEADS = new Set('groups group organisation organisations organization organizations outfit outfits network networks cell cells militia militias'.split(' '));

const PAIR_HEADS = new Set('sides nations countries parties neighbours neighbors states governments leaders capitals rivals adversaries'.split(' '));

const PRONOUN_KIND = new Map<string, 'person' | 'thing' | 'plural'>([
  ['he', 'person'], ['she', 'person'], ['him', 'person'], ['his', 'person'], ['her', 'person'],
  ['it', 'thing'], ['its', 'thing'], ['they', 'plural'], ['their', 'plural'], ['them', 'plural'],
]);

const partyMemo = new WeakMap<Entity, Party>();

export function partyOfEntity(e: Entity): Party {
  let p = partyMemo.get(e);
  if (!p) partyMemo.set(e, (p = computeParty(e)));
  return p;
}

function computeParty(e: Entity): Party {
  // Where a body sits is not whom it serves: the UN in New York is not American.
  let country = e.country ?? (e.type === 'PERSON' || e.type === 'ORG' ? null : e.geo?.country ?? null);
  if (!country && (e.type === 'GPE' || e.type === 'LOC')) country = countryByName(e.name)?.iso3 ?? countryByCapital(e.name)?.iso3 ?? null;
  // A name with a demonym or country in it ("Bosnian Serbs", "Royal Thai Army", "Atomic Energy
  // Organization of Iran") belongs to it.
  if (!country && e.type !== 'PERSON') {
    country = countryByDemonym(e.name)?.iso3 ?? null;
    for (const w of e.name.split(/\s+/)) {
      if (country) break;
      const word = w.replace(/['’]s$/, '');
      if (!/^\p{Lu}/u.test(word)) continue;
      country = countryByDemonym(word)?.iso3 ?? (word.length > 3 ? countryByName(word)?.iso3 : undefined) ?? null;
    }
  }
  return { name: e.name, country, entityId: e.id };
}

function entityKind(e: Entity): ChunkKind {
  if (e.type === 'PERSON') return 'person';
  if (e.type === 'ORG') return 'org';
  if (e.type === 'GPE' && countryByName(e.name)) return 'country';
  return 'place';
}

/** Per-article index of the entity layer's mentions, sorted by start. */
export class MentionIndex {
  readonly list: EntityMention[] = [];
  constructor(doc: AnalyzedArticle) {
    for (const e of doc.entities) for (const m of e.mentions) this.list.push({ start: m.start, end: m.end, entity: e, kind: m.kind });
    this.list.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  /** Mentions inside [start, end). */
  within(start: number, end: number): EntityMention[] {
    let lo = 0, hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: EntityMention[] = [];
    for (let i = lo; i < this.list.length && this.list[i].start < end; i++) if (this.list[i].end <= end) out.push(this.list[i]);
    return out;
  }
  /** The latest mention before `pos` whose entity satisfies `ok`. */
  before(pos: number, ok: (e: Entity, kind: string) => boolean): Entity | null {
    for (let i = this.list.length - 1; i >= 0; i--) {
      const m = this.list[i];
      if (m.end <= pos && m.kind !== 'pronoun' && ok(m.entity, m.kind)) return m.entity;
    }
    return null;
  }
}

/** What the article is about, for pair words and fallbacks: its two main countries. */
export interface ArticleFrame {
  mentions: MentionIndex;
  /** The two countries most mentioned, most frequent first. */
  pair: string[];
  /** Latest explicit pair of coordinated countries seen so far ("between India and Pakistan"). */
  recentPair: Party[] | null;
  /** Latest persons used as parties, newest last (for "he", "she", "both leaders"). */
  recentPersons: Party[];
  /** Latest non-person parties, newest last (for "it"). */
  recentThings: Party[];
  /** States that a person's own title names ("U.S. President X", "his Thai counterpart, X"), by entity id. */
  personCountry: Map<string, string>;
  /** Single name words of the article's people ("Phumtham", "Manet"), for mentions the entity layer left untagged. */
  personWords: Map<string, Entity>;
}

function bump(counts: Map<string, number>, c: string | null | undefined, w: number): void {
  if (c) counts.set(c, (counts.get(c) ?? 0) + w);
}

export function articleFrame(doc: AnalyzedArticle, tokensOf: (s: number) => Token[]): ArticleFrame {
  const mentions = new MentionIndex(doc);
  const counts = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.type === 'GPE' || e.type === 'ORG' || e.type === 'PERSON') bump(counts, partyOfEntity(e).country, e.type === 'GPE' ? e.mentions.length : e.mentions.length / 2);
  }
  // Demonyms and country names the entity layer left out still say who the story is about.
  for (let si = 0; si < doc.sentences.length; si++) {
    for (const t of tokensOf(si)) if (t.cap && !t.punct) {
      const g = geoOf(t);
      const c = g.demonym ?? (t.text.length > 3 ? g.name : null);
      if (c) bump(counts, c.iso3, 0.5);
    }
  }
  const pair = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([c]) => c);
  // A short name ("Anwar") the entity layer kept apart from the full one ("Anwar Ibrahim") serves the same state.
  const personCountry = new Map<string, string>();
  const people = doc.entities.filter((e) => e.type === 'PERSON');
  for (const e of people) {
    if (e.country || e.name.includes(' ')) continue;
    const full = people.filter((o) => o !== e && o.country && o.name.split(/\s+/).includes(e.name));
    if (full.length && full.every((o) => o.country === full[0].country)) personCountry.set(e.id, full[0].country!);
  }
  // Each word of a person's name that no other entity shares names that person when it stands alone.
  const personWords = new Map<string, Entity>();
  const taken = new Set<string>();
  for (const e of doc.entities) for (const w of e.name.split(/\s+/)) {
    if (w.length < 4 || !/^\p{Lu}/u.test(w)) continue;
    if (e.type !== 'PERSON' || taken.has(w) || (personWords.has(w) && personWords.get(w) !== e)) { personWords.delete(w); taken.add(w); continue; }
    personWords.set(w, e);
  }
  return { mentions, pair, recentPair: null, recentPersons: [], recentThings: [], personCountry, personWords };
}

/** Role and office words that may head a party's noun phrase. */
export function isRoleWord(lower: string): boolean {
  return NP_WORDS.has(lower);
}

export function countryParty(iso3: string): Party {
  return { name: countryByIso3(iso3)?.name ?? iso3, country: iso3, entityId: null };
}

/** The other main party of the article, for an actor or recipient implied by a conflict. */
export function adversaryOf(country: string | null, frame: ArticleFrame): Party | null {
  if (!country || frame.pair.length < 2) return null;
  if (country === frame.pair[0]) return countryParty(frame.pair[1]);
  if (country === frame.pair[1]) return countryParty(frame.pair[0]);
  return null;
}

// Days and months: "On Monday Chile cut ties" has a time phrase before the party, not inside it.
const CALENDAR_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december'.split(' '));

function isNpWord(t: Token): boolean {
  if (t.punct) return t.text === '-' || t.text === '.';
  if (t.cap) return !CALENDAR_WORDS.has(t.lower);
  const c = t.lower.charCodeAt(0);
  return NP_WORDS.has(t.lower) || (DETERMINERS.has(t.lower) && t.lower !== 'that') || (c >= 48 && c <= 57);
}

/** Countries named by gazetteer forms in tokens[i..]: returns [end index, country iso3, kind] or null. */
// Capitalised function words that start sentences: never a country.
const NOT_NAMES = new Set('The A An In On At As After Before While During With For From By Of To And But Or If When Meanwhile However Following Amid This That These Those It He She They We His Her Their Its Our Since Under Over According Despite Both'.split(' '));

interface GazetteerHit {
  end: number;
  iso3: string;
  kind: ChunkKind;
}

function gazetteerAt(tokens: Token[], i: number): GazetteerHit | null {
  const t = tokens[i];
  if (!t.cap || t.punct || NOT_NAMES.has(t.text)) return null;
  // Longest country name first (up to 4 tokens, allowing "of"/"and" inside: "Republic of Korea").
  let span = 1;
  while (span < 4 && i + span < tokens.length && (tokens[i + span].cap || tokens[i + span].lower === 'of' || tokens[i + span].lower === 'and')) span++;
  for (let n = span; n >= 1; n--) {
    const last = tokens[i + n - 1];
    if (last.punct || (!last.cap && n > 1)) continue;
    if (n === 1 && t.text.length <= 2 && t.text !== t.text.toUpperCase()) continue;
    let c: CountryInfo | null;
    if (n === 1) c = geoOf(t).name;
    else {
      let text = t.text;
      for (let k = i + 1; k < i + n; k++) text += ' ' + tokens[k].text;
      c = countryByName(text);
    }
    if (c) return { end: i + n, iso3: c.iso3, kind: 'country' };
  }
  if (t.text.toLowerCase() === 'us' && t.text !== 'US') return null;
  // "Saudi-led", "Vietnamese-led forces": led by that state (not "-backed": the backer is not the actor).
  const led = t.text.length > 4 && t.lower.endsWith('-led') ? /^(.+)-led$/i.exec(t.text) : null;
  if (led) {
    const c = countryByDemonym(led[1]) ?? countryByName(led[1]);
    return c ? { end: i + 1, iso3: c.iso3, kind: 'demonym' } : null;
  }
  const g = geoOf(t);
  const d = g.demonym;
  // "ethnic Albanians", "ethnic Armenian forces": a people, not the state of that name.
  if (d && tokens[i - 1]?.lower === 'ethnic') return null;
  if (d) return { end: i + 1, iso3: d.iso3, kind: 'demonym' };
  const cap = g.capital;
  if (cap) return { end: i + 1, iso3: cap.iso3, kind: 'place' };
  // "the Kremlin said", "Downing Street rejected": a seat of power speaks for its state.
  if (isSeatOpener(t.lower)) {
    for (let n = Math.min(span, 3); n >= 1; n--) {
      const seat = countryBySeat(tokens.slice(i, i + n).map((x) => x.text).join(' '));
      if (seat) return { end: i + n, iso3: seat, kind: 'place' };
    }
  }
  return null;
}

const KIND_RANK: Record<ChunkKind, number> = { person: 6, org: 5, country: 4, pair: 4, group: 3, place: 2, demonym: 1, pronoun: 0 };

/** A token range carrying a party, before it grows over its noun phrase. */
interface Seed {
  t0: number;
  t1: number;
  kind: ChunkKind;
  party: Party | null;
  pair: boolean;
  guessed: boolean;
  parties: Party[] | null;
}

/** Every seed is made here: one object shape. */
function newSeed(t0: number, t1: number, kind: ChunkKind, party: Party | null, pair = false, guessed = false, parties: Party[] | null = null): Seed {
  return { t0, t1, kind, party, pair, guessed, parties };
}

/** First token ending after pos (fromStart) or at/after pos: binary search over token ends. */
function tokenAt(tokens: Token[], pos: number, fromStart: boolean): number {
  const n = tokens.length;
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fromStart ? tokens[mid].end > pos : tokens[mid].end >= pos) hi = mid;
    else lo = mid + 1;
  }
  return Math.min(lo, n - 1);
}

/** Party chunks of one sentence, in order, with coordination groups. */
export function findChunks(tokens: Token[], frame: ArticleFrame, isTrigger: (i: number) => boolean): Chunk[] {
  if (!tokens.length) return [];
  // 1. Seeds: token ranges carrying a party.
  const seeds: Seed[] = [];
  const covered = new Uint8Array(tokens.length);
  hyphenSeeds(tokens, seeds, covered);
  mentionSeeds(tokens, frame, seeds, covered);
  wordSeeds(tokens, frame, isTrigger, seeds, covered);
  seeds.sort((a, b) => a.t0 - b.t0);
  // 2. Grow each seed over its noun phrase, merging seeds that share one.
  const chunks = growSeeds(tokens, frame, isTrigger, seeds);
  mergeTitled(tokens, chunks, frame);
  // 3. Coordination groups: chunks joined by "and", "or", "as well as", and list commas before the "and".
  coordinate(tokens, chunks);
  resolvePlurals(tokens, chunks, frame);
  return chunks;
}

/** "US-Iran talks", "Thai-Cambodian border": two states joined by a hyphen are both parties. */
function hyphenSeeds(tokens: Token[], seeds: Seed[], covered: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || t.text.indexOf('-') <= 0) continue;
    const parts = t.text.split('-');
    if (parts.length !== 2) continue;
    const c0 = hyphenPart(parts[0]);
    if (!c0) continue;
    const c1 = hyphenPart(parts[1]);
    if (!c1 || c0.iso3 === c1.iso3) continue;
    seeds.push(newSeed(i, i + 1, 'country', null, false, false, [countryParty(c0.iso3), countryParty(c1.iso3)]));
    covered[i] = 1;
  }
}

function hyphenPart(w: string): CountryInfo | null {
  return w.length > 1 && /^\p{Lu}/u.test(w) ? countryByName(w) ?? countryByDemonym(w) : null;
}

/** Seeds from the entity layer's mentions in the sentence. */
function mentionSeeds(tokens: Token[], frame: ArticleFrame, seeds: Seed[], covered: Uint8Array): void {
  const inSentence = frame.mentions.within(tokens[0].start, tokens[tokens.length - 1].end);
  for (const m of inSentence) {
    const t0 = tokenAt(tokens, m.start, true), t1 = tokenAt(tokens, m.end, false) + 1;
    if (covered[t0]) continue;
    // A name given to an operation or a weapon ("an operation called Rising Lion") is no party.
    if (m.kind !== 'pronoun' && (isGivenName(tokens, t0) || /^operation\b/i.test(m.entity.name)) && !(m.entity.type === 'GPE' && countryByName(m.entity.name))) {
      for (let i = t0; i < t1; i++) covered[i] = 1;
      continue;
    }
    // "ethnic Albanians": a people, not the state of that name (the sentence's state may claim them later).
    if (m.kind === 'demonym' && tokens[t0 - 1]?.lower === 'ethnic') {
      seeds.push(newSeed(t0 - 1, t1, 'group', { name: `ethnic ${tokens[t0].text}`, country: null, entityId: null }));
      for (let i = t0 - 1; i < t1; i++) covered[i] = 1;
      continue;
    }
    let party: Party | null = partyOfEntity(m.entity);
    // A pronoun is not the person the same sentence names elsewhere ("With Jaishankar, he ...").
    if (m.kind === 'pronoun' && namedBeforeAfterWithOrTo(tokens, inSentence, m)) {
      party = resolvePronoun(tokens[t0], frame, m.entity.name);
    }
    // A pronoun read as a town or a site names no agent: "they" are people, states or bodies.
    if (m.kind === 'pronoun' && !isAgentEntity(m.entity)) party = resolvePronoun(tokens[t0], frame);
    const kind: ChunkKind = m.kind === 'pronoun' ? 'pronoun' : entityKind(m.entity);
    seeds.push(newSeed(t0, t1, kind, party));
    for (let i = t0; i < t1; i++) covered[i] = 1;
  }
}

function namedBeforeAfterWithOrTo(tokens: Token[], inSentence: EntityMention[], m: EntityMention): boolean {
  for (const o of inSentence) if (o !== m && o.kind !== 'pronoun' && o.entity === m.entity && o.start < m.start && namedAfterWithOrTo(tokens, o.start)) return true;
  return false;
}

// Words after a group word that keep it a head ("militants who", "rebels said"), not a modifier of a thing.
const HEAD_FOLLOWERS = new Set('and or of in on at from with who which that have has had are were was is will would to also said'.split(' '));

/** Seeds from the words themselves: gazetteer names, people's single names, pronouns, group and pair words. */
function wordSeeds(tokens: Token[], frame: ArticleFrame, isTrigger: (i: number) => boolean, seeds: Seed[], covered: Uint8Array): void {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (covered[i]) continue;
    const g = gazetteerAt(tokens, i);
    if (g) {
      const j = g.end;
      seeds.push(newSeed(i, j, g.kind, countryParty(g.iso3)));
      for (let k = i; k < j; k++) covered[k] = 1;
      i = j - 1;
      continue;
    }
    const t = tokens[i];
    const named = t.cap && i > 0 ? frame.personWords.get(t.text) : undefined;
    if (named && !geoOf(t).name && !geoOf(t).demonym) {
      seeds.push(newSeed(i, i + 1, 'person', partyOfEntity(named)));
      covered[i] = 1;
      continue;
    }
    if (PRONOUN_KIND.has(t.lower)) {
      seeds.push(newSeed(i, i + 1, 'pronoun', resolvePronoun(t, frame), false, true));
      continue;
    }
    // A group word is a party as a head ("militants fired") or before an attack noun ("terrorist attack"),
    // not as a modifier of another noun ("terrorist camps").
    if (GROUP_WORDS.has(t.lower)) {
      const nxt = tokens[i + 1];
      const plural = t.lower.endsWith('s');
      const modifierOfThing = !plural && !!nxt && !nxt.punct && !nxt.cap && !isTrigger(i + 1) && !GROUP_HEADS.has(nxt.lower) && !HEAD_FOLLOWERS.has(nxt.lower);
      if (!isTrigger(i) && !modifierOfThing) {
        // Named as the group ("terrorist attack" -> terrorists); "Palestinian suicide bombers" are Palestinian.
        const name = plural ? t.lower : t.lower === 'militia' ? 'militia' : `${t.lower}s`;
        let by: Seed | undefined;
        for (let q = seeds.length - 1; q >= 0 && !by; q--) if (seeds[q].t1 >= i - 2 && seeds[q].t1 <= i && (seeds[q].kind === 'demonym' || seeds[q].kind === 'country') && seeds[q].party?.country) by = seeds[q];
        seeds.push(newSeed(i, i + 1, 'group', { name, country: by?.party?.country ?? null, entityId: null }));
        continue;
      }
    }
    const j = pairWordEnd(tokens, i);
    if (j > 0) {
      seeds.push(newSeed(i, j, 'pair', null, true));
      i = j - 1;
    }
  }
}

/** Pair words: "both sides", "the two countries", "either country", "each other", "both" standing alone
 * ("urging both to cease", "they both"). The end of the pair phrase, or 0. */
function pairWordEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  const w = t.lower;
  if (w !== 'both' && w !== 'two' && w !== 'either' && w !== 'each') return 0;
  const nx = tokens[i + 1], nx2 = tokens[i + 2];
  if (w !== 'each' && nx && (PAIR_HEADS.has(nx.lower) || PAIR_HEADS.has(`${nx.lower}s`) || (nx2 && PAIR_HEADS.has(nx2.lower) && !nx.punct))) {
    return PAIR_HEADS.has(nx.lower) || PAIR_HEADS.has(`${nx.lower}s`) ? i + 2 : i + 3;
  }
  if (w === 'both' && nx && (nx.punct || BOTH_FOLLOWERS.has(nx.lower)) && tokens[i - 1]?.lower !== 'and') return i + 1;
  if (w === 'each' && nx?.lower === 'other') return i + 2;
  return 0;
}

const BOTH_FOLLOWERS = new Set('to of were are have had said agreed must should will would'.split(' '));

/** Each seed grown over its noun phrase; seeds that share one make one chunk (the most specific party). */
function growSeeds(tokens: Token[], frame: ArticleFrame, isTrigger: (i: number) => boolean, seeds: Seed[]): Chunk[] {
  const n = tokens.length;
  const chunks: Chunk[] = [];
  // Which tokens a noun phrase may grow over, leftwards and rightwards (computed once per sentence).
  const growLeft = new Uint8Array(n), growRight = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const inner = isNpWord(t) && !PREPOSITIONS.has(t.lower) && !isTrigger(k);
    // "Secretary of State Marco Rubio": "of" between capitalised words stays inside the name.
    const titleOf = t.lower === 'of' && k > 0 && tokens[k - 1].cap && !!tokens[k + 1]?.cap;
    growLeft[k] = (titleOf || inner) && !isSeedBoundary(tokens, k) ? 1 : 0;
    // A determiner opens the next noun phrase ("ASEAN this year").
    growRight[k] = inner && t.lower !== 'and' && t.lower !== 'or' && !DETERMINERS.has(t.lower) ? 1 : 0;
  }
  for (const s of seeds) {
    let t0 = s.t0, t1 = s.t1;
    if (s.kind !== 'pronoun') {
      while (t0 > 0 && growLeft[t0 - 1]) t0--;
      while (t1 < n && growRight[t1]) t1++;
    }
    const parties = s.parties ?? (s.pair ? pairParties(tokens, s.t0, frame) : s.party ? [s.party] : []);
    const prev = chunks[chunks.length - 1];
    if (prev && t0 < prev.t1) {
      // Same noun phrase: keep the most specific party (a person over the country in its title).
      prev.t1 = Math.max(prev.t1, t1);
      const better = KIND_RANK[s.kind] > KIND_RANK[prev.kind] || (s.kind === prev.kind && s.kind === 'demonym');
      if (better && parties.length) {
        // A state named in a person's own title is theirs ("U.S. President Donald Trump").
        const titled = s.kind === 'person' && (prev.kind === 'country' || prev.kind === 'demonym') ? prev.parties[0]?.country : null;
        if (titled && parties[0].entityId) frame.personCountry.set(parties[0].entityId, titled);
        prev.kind = s.kind; prev.parties = parties;
      }
      continue;
    }
    chunks.push({ t0, t1, kind: s.kind, parties, possessive: false, group: -1, guessed: s.guessed });
  }
  for (const c of chunks) {
    const next = tokens[c.t1];
    c.possessive = next?.lower === "'s" || (c.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(tokens[c.t0].lower));
    if (next?.lower === "'s") c.t1++;
  }
  return chunks;
}

/** Do the tokens [from, to) read exactly as the words of `gap` joined by spaces? */
function gapIs(tokens: Token[], from: number, to: number, gap: string): boolean {
  let pos = 0;
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if (k > from) { if (gap.charCodeAt(pos) !== 32) return false; pos++; }
    if (!gap.startsWith(w, pos)) return false;
    pos += w.length;
  }
  return pos === gap.length;
}

/** Titles and possessors that belong to the person named next ("Pakistan's army chief, Gen. Asim Munir",
 * "his Thai counterpart, acting premier Phumtham", "Its spokeswoman, Colonel X", "Deputy Prime Minister
 * and Foreign Minister Ishaq Dar"), and the states persons' titles name. */
function mergeTitled(tokens: Token[], chunks: Chunk[], frame: ArticleFrame): void {
  // Merge "Pakistan's army chief, Gen. Asim Munir": a possessive chunk directly followed by a person.
  for (let i = chunks.length - 2; i >= 0; i--) {
    const a = chunks[i], b = chunks[i + 1];
    if (a.possessive && a.kind !== 'pronoun' && b.kind === 'person' && b.t0 - a.t1 <= 3 && allNpOrComma(tokens, a.t1, b.t0)) {
      b.t0 = a.t0;
      chunks.splice(i, 1);
    }
  }
  // "his Thai counterpart, acting premier Phumtham": a title with a state in apposition before a name.
  for (let i = chunks.length - 2; i >= 0; i--) {
    const a = chunks[i], b = chunks[i + 1];
    const id = b.parties.length ? b.parties[0].entityId : undefined;
    if (b.kind === 'person' && id && (a.kind === 'country' || a.kind === 'demonym') && a.parties[0]?.country && tokens[a.t1]?.text === ',' && b.t0 === a.t1 + 1 &&
        isRoleWord(tokens[a.t1 - 1].lower) && !tokens[a.t1 - 1].lower.endsWith('s')) {
      frame.personCountry.set(id, a.parties[0].country!);
      b.t0 = a.t0;
      chunks.splice(i, 1);
    }
  }
  // "Its spokeswoman, Colonel X": the person speaks for what "its" refers to.
  for (const c of chunks) {
    const id = c.parties.length ? c.parties[0].entityId : undefined;
    if (c.kind !== 'person' || !id || !/^(its|their)$/.test(tokens[c.t0].lower) || c.t1 - c.t0 < 2 || !isRoleWord(tokens[c.t0 + 1].lower) && !isRoleWord(tokens[c.t0 + 2]?.lower ?? '')) continue;
    const owner = frame.recentThings.at(-1);
    if (owner?.country) frame.personCountry.set(id, owner.country);
  }
  if (frame.personCountry.size) for (const c of chunks) {
    if (!c.parties.some((p) => p.entityId && frame.personCountry.has(p.entityId))) continue;
    c.parties = c.parties.map((p) => {
      const k = p.entityId ? frame.personCountry.get(p.entityId) : undefined;
      return k && k !== p.country ? { name: p.name, country: k, entityId: p.entityId } : p;
    });
  }
  // "Deputy Prime Minister and Foreign Minister Ishaq Dar": a bare title joined to a named one is one person.
  for (let i = chunks.length - 2; i >= 0; i--) {
    const a = chunks[i], b = chunks[i + 1];
    if (b.kind === 'person' && a.kind !== 'person' && gapIs(tokens, a.t1, b.t0, 'and') && TITLE_END.has(tokens[a.t1 - 1].lower) && tokens[b.t0].cap) {
      b.t0 = a.t0;
      chunks.splice(i, 1);
    }
  }
}

function allNpOrComma(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isNpWord(tokens[k]) && tokens[k].text !== ',') return false;
  return true;
}

const COORDINATION = /^(,\s*)?(and|or|as well as|along with|together with|and with|and to)( both| the| his| her| their)?$/;

/** Coordination groups: chunks joined by "and", "or", "as well as", and list commas before the "and". */
function coordinate(tokens: Token[], chunks: Chunk[]): void {
  let g = 0;
  for (let i = 0; i < chunks.length; i++) {
    if (chunks[i].group >= 0) continue;
    let j = i;
    let lastAnd = i;
    while (j + 1 < chunks.length) {
      const from = chunks[j].t1, to = chunks[j + 1].t0;
      // (Gaps longer than ", as well as the" coordinate nothing.)
      if (to - from > 5) break;
      const gap = tokens.slice(from, to).map((t) => t.lower).join(' ');
      if (COORDINATION.test(gap)) lastAnd = j + 1;
      else if (gap !== ',') break;
      j++;
    }
    // Commas after the last "and" are apposition or a new phrase, not list commas.
    for (let k = i; k <= lastAnd; k++) chunks[k].group = g;
    g++;
    i = lastAnd;
  }
  let next = g;
  for (const c of chunks) if (c.group < 0) c.group = next++;
}

/** Is the party named by a chunk (not a pronoun) before chunk i, by name or by state? */
function namedBefore(chunks: Chunk[], i: number, p: Party): boolean {
  return chunks.some((o, j) => j < i && o.kind !== 'pronoun' && o.parties.some((q) => q.name === p.name || (!!q.country && q.country === p.country)));
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);

/** "they", "them", "their" and "both" standing alone: the nearest plural party before them in the sentence
 * (two coordinated parties, a pair word, "Thai troops"), when there is one. */
function resolvePlurals(tokens: Token[], chunks: Chunk[], frame: ArticleFrame): void {
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    const alone = c.kind === 'pair' && c.t1 - c.t0 === 1;
    // "Estonia wrote to the Council asking it to convene", "The Estonian army said its troops": an
    // unresolved "it"/"its" is the nearest body or state before it in the sentence.
    // (Also when the entity layer chose a party of an earlier sentence over one of this sentence, and for
    // an object "it", which is not its own clause's subject.)
    if (c.kind === 'pronoun' && /^(it|its)$/.test(tokens[c.t0].lower)) {
      const objectIt = tokens[c.t0].lower === 'it' && i > 0 && !!tokens[c.t0 - 1] && !tokens[c.t0 - 1].punct && !tokens[c.t0 - 1].cap && chunks[i - 1].t1 < c.t0;
      if (c.guessed || objectIt || (c.parties.length && !c.parties.every((p) => namedBefore(chunks, i, p)))) {
        for (let j = i - 1; j >= (objectIt ? 1 : 0); j--) {
          const o = chunks[j];
          if ((o.kind === 'org' || o.kind === 'country' || o.kind === 'demonym') && o.parties.length === 1) { c.parties = o.parties; break; }
        }
      }
      continue;
    }
    if (!alone && !(c.kind === 'pronoun' && PLURAL_PRONOUNS.has(tokens[c.t0].lower))) continue;
    let found: Party[] | null = null;
    for (let j = i - 1; j >= 0 && !found; j--) {
      const o = chunks[j];
      if (o.kind === 'pronoun' || !o.parties.length) continue;
      const group = chunks.filter((x) => x.group === o.group && x.kind !== 'pronoun');
      const parties = group.flatMap((x) => x.parties);
      if (parties.length >= 2) { found = parties; break; }
      if (!alone && o.kind !== 'person' && /s$/.test(tokens[o.t1 - 1].lower) && !/'s$/.test(tokens[o.t1 - 1].lower) && tokens[o.t1 - 1].lower !== "'s") found = o.parties;
      j = chunks.indexOf(group[0]);
    }
    if (found) c.parties = found;
    else if (alone && frame.recentPair) c.parties = frame.recentPair;
  }
}

// Words that introduce a name given to something ("an operation called Rising Lion").
const NAMING = new Set(['named', 'dubbed', 'codenamed', 'code-named', 'titled', 'entitled', 'operation']);

/** Is the name at t0 one given to a thing: "named X", "Operation X", "an operation that he called X"? */
function isGivenName(tokens: Token[], t0: number): boolean {
  const w = tokens[t0 - 1]?.lower ?? '';
  if (NAMING.has(w)) return true;
  if (w !== 'called') return false;
  // "called X" is a phone call; "which they called X", "an operation that Netanyahu called X" names.
  for (let k = t0 - 2; k >= Math.max(0, t0 - 7); k--) if (/^(which|that|what)$/.test(tokens[k].lower)) return true;
  return false;
}

/** Entities that can act: people, organisations, states (a pronoun read as a town or a site cannot). */
function isAgentEntity(e: Entity): boolean {
  return e.type === 'PERSON' || e.type === 'ORG' || (e.type === 'GPE' && !!countryByName(e.name));
}

/** Is the mention at `start` the object of "with"/"to" ("With Jaishankar, he ...")? */
function namedAfterWithOrTo(tokens: Token[], start: number): boolean {
  const k = tokens.findIndex((t) => t.start === start);
  return k > 0 && /^(with|to)$/i.test(tokens[k - 1].text);
}

function isSeedBoundary(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // A capitalised sentence-initial function word or a verb-like capitalised token is not part of a name.
  return t.cap && i === 0 && /^(the|in|on|at|as|after|before|while|meanwhile|however|following|during|with|a|an)$/i.test(t.text) ? true : false;
}

function resolvePronoun(t: Token, frame: ArticleFrame, notName?: string): Party | null {
  const k = PRONOUN_KIND.get(t.lower);
  if (k === 'person') return frame.recentPersons.filter((p) => p.name !== notName).at(-1) ?? null;
  if (k === 'thing') return frame.recentThings.at(-1) ?? null;
  return frame.recentThings.at(-1) ?? null;
}

/** Parties of a pair word: both leaders -> the two latest persons; otherwise the two sides in context. */
function pairParties(tokens: Token[], i: number, frame: ArticleFrame): Party[] {
  const sides = frame.recentPair && frame.recentPair.length === 2 ? frame.recentPair : frame.pair.length === 2 ? frame.pair.map(countryParty) : [];
  const head = tokens[i + 1]?.lower === 'leaders' || tokens[i + 2]?.lower === 'leaders';
  // "Both leaders reaffirmed ...": as a subject, the two people just named together (a call's readout).
  const prev = tokens[i - 1];
  const asSubject = !prev || prev.punct || /^(and|but|the)$/.test(prev.lower);
  if (head && asSubject && frame.recentPersons.length >= 2) {
    const [a, b] = frame.recentPersons.slice(-2);
    if (a.name !== b.name) return [a, b];
  }
  // "called both leaders": as an object, the leaders of the two sides, not whoever was named last.
  if (head && sides.length === 2) {
    const leaders = sides.map((side) => [...frame.recentPersons].reverse().find((p) => personCountry(p, frame) === side.country) ?? null);
    if (leaders[0] && leaders[1]) return leaders as Party[];
  }
  return sides;
}

function personCountry(p: Party, frame: ArticleFrame): string | null {
  return (p.entityId ? frame.personCountry.get(p.entityId) : undefined) ?? p.country;
}

/** Remember parties as the text goes on, for pronouns and pair words further down. */
export function noteChunks(chunks: Chunk[], frame: ArticleFrame): void {
  const byGroup = new Map<number, Chunk[]>();
  for (const c of chunks) {
    if (c.kind === 'pronoun' || c.kind === 'pair') continue;
    for (const p of c.parties) {
      if (c.kind === 'person') {
        frame.recentPersons = frame.recentPersons.filter((x) => x.name !== p.name);
        frame.recentPersons.push(p);
      } else if (c.kind !== 'place' || p.country) {
        frame.recentThings.push(p);
        if (frame.recentThings.length > 8) frame.recentThings.shift();
      }
    }
    const list = byGroup.get(c.group) ?? [];
    list.push(c);
    byGroup.set(c.group, list);
  }
  for (const list of byGroup.values()) {
    if (list.length !== 2) continue;
    const countries = [...new Set(list.flatMap((c) => c.parties.map((p) => p.country)).filter((x): x is string => !!x))];
    if (list.length === 2 && countries.length === 2) frame.recentPair = countries.map(countryParty);
  }
}
