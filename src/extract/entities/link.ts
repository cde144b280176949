// Within one article: groups name mentions into entities. Full names first, then surnames and
// short forms ("Rubio", "Secretary Rubio", "S Jaishankar"), acronyms given in parentheses or
// matching an organisation's initials ("The Resistance Front (TRF)"), one record per country
// whatever its form ("US", "United States", "America"), and bare words typed by the company they
// keep (a list of places makes its unknown members places).
import type { EntityType } from '../../model.ts';
import { countriesSharing, countryByDemonym, countryByName } from '../gazetteer/countries.ts';
import { placeKey, type Place } from '../gazetteer/places.ts';
import { isCommonWord, isFirstName } from './lexicon.ts';
import type { Token } from './tokens.ts';
import type { NameMention } from './types.ts';
import { NAME_PARTICLES, ORG_OPENERS } from './vocab.ts';

export interface Draft {
  type: EntityType;
  mentions: NameMention[];
  country: string | null;
  countryExplicit: boolean;
  roles: string[];
  place: Place | null;
  gender: 'm' | 'f' | null;
  /** Extra mentions (pronouns, descriptions) added by later passes. */
  extra: { start: number; end: number; text: string; kind: 'pronoun' | 'description' }[];
  /** Token range of the organisation a person's title names. */
  org?: { from: number; to: number };
  /** Where a context-inferred country came from (none: stated by the text). */
  countryBasis?: CountryBasis;
}

/** How a country was found when no title states it: from an organisation, or guessed from context. */
export type CountryBasis = 'org' | 'context' | 'dateline';

// Asked many times per name (linking, story merging): kept per spelling, frozen since the lists are shared.
const partsCache = new Map<string, string[]>();

/** Name parts of a person's name, dots and case folded: "Dr S. Jaishankar" -> ["s", "jaishankar"]. */
export function personParts(text: string): string[] {
  let parts = partsCache.get(text);
  if (!parts) {
    parts = Object.freeze(text
      .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/(\p{L})\.(?=\p{L}\.)/gu, '$1')
      .split(/[\s.]+/)
      .filter(Boolean)) as string[];
    if (partsCache.size >= 100_000) partsCache.clear();
    partsCache.set(text, parts);
  }
  return parts;
}

/**
 * "Department of State", "State Department", "the US State Department": one key, the country
 * in front kept apart ("USA|state department") so that two countries' armies stay two.
 */
// Asked for every organisation name in every report and again by the story: kept per spelling.
const orgKeyCache = new Map<string, string>();

export function orgKey(text: string): string {
  let key = orgKeyCache.get(text);
  if (key === undefined) {
    key = orgKeyUncached(text);
    if (orgKeyCache.size >= 100_000) orgKeyCache.clear();
    orgKeyCache.set(text, key);
  }
  return key;
}

function orgKeyUncached(text: string): string {
  let words = placeKey(text).split(' ').filter(Boolean);
  if (words[0] === 'the') words = words.slice(1);
  let country = '';
  for (const n of [2, 1]) {
    const c = words.length > n ? (countryByName(words.slice(0, n).join(' ')) ?? countryByDemonym(words.slice(0, n).join(' '))) : null;
    if (c) {
      country = c.iso3;
      words = words.slice(n);
      break;
    }
  }
  // "X of Y" with an opening head reads as "Y X".
  const of = words.indexOf('of');
  if (of > 0 && ORG_OPENERS.has(words[of - 1])) words = [...words.slice(of + 1), ...words.slice(0, of)];
  return `${country}|${words.join(' ')}`;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function firstCompatible(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b)) ||
    // "JD" and "J" / "John": initials run together
    (/^[a-z]{2,3}$/.test(a) && !isCommonWord(a) && b.startsWith(a[0]) && a.length <= 3 && b.length <= 3);
}

/** Does `long` end with the parts of `short` (name parts hold no spaces: as comparing joined names)? */
function endsWithParts(long: string[], short: string[]): boolean {
  const off = long.length - short.length;
  if (off < 0) return false;
  for (let k = 0; k < short.length; k++) if (long[off + k] !== short[k]) return false;
  return true;
}

/** Do two multi-part person names name the same person? */
export function samePerson(a: string[], b: string[]): boolean {
  if (a.length === b.length && endsWithParts(a, b)) return true;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  // One is a tail of the other: "Ishaq Dar" in "Mohammad Ishaq Dar".
  if (a.length <= b.length ? endsWithParts(b, a) : endsWithParts(a, b)) return true;
  return firstCompatible(a[0], b[0]);
}

function acronymOf(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => w && !/^(of|the|and|for)$/i.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
}

/**
 * Does an acronym spell a name? Every word of the name gives its first letter and may give more of its
 * own letters in order ("ASEAN": Association, SouthEast, Asian, Nations); "of", "the", "and", "for" may
 * give theirs or none; a leading "the" of the acronym's reading is allowed ("TRF": The Resistance Front).
 */
export function acronymSpells(acronym: string, name: string): boolean {
  const a = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const words = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (a.length < 2 || !words.length || words.length > 10) return false;
  const minor = (w: string) => /^(of|the|and|for|on|in|de|du|des|la|le)$/.test(w);
  // fits(i, j): letters a[i..] spelled by words[j..].
  const memo = new Map<number, boolean>();
  const fits = (i: number, j: number): boolean => {
    if (j === words.length) return i === a.length;
    const key = i * 64 + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const w = words[j];
    let ok = minor(w) && fits(i, j + 1);
    if (!ok && i < a.length && a[i] === w[0]) {
      // The first letter, then any further letters of this word in order.
      let ii = i + 1;
      ok = fits(ii, j + 1);
      for (let k = 1; !ok && k < w.length && ii < a.length; k++) {
        if (w[k] === a[ii]) {
          ii++;
          ok = fits(ii, j + 1);
        }
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return fits(0, 0);
}

function isAcronymLike(text: string): boolean {
  return /^\p{Lu}[\p{L}]{1,6}$/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 2;
}

function newDraft(m: NameMention, type: EntityType): Draft {
  return {
    type, mentions: [m], country: m.country, countryExplicit: m.countryExplicit, roles: [...m.roles], place: m.place ?? null,
    gender: m.gender ?? null, extra: [], org: m.org, countryBasis: undefined,
  };
}

function attach(d: Draft, m: NameMention): void {
  d.mentions.push(m);
  for (const r of m.roles) if (!d.roles.includes(r)) d.roles.push(r);
  if (m.countryExplicit && !d.countryExplicit) {
    d.country = m.country;
    d.countryExplicit = true;
  } else if (!d.country && m.country) d.country = m.country;
  if (!d.place && m.place) d.place = m.place;
  if (!d.gender && m.gender) d.gender = m.gender;
  if (!d.org && m.org) d.org = m.org;
}

/** Group mentions into entity drafts. Mentions must be sorted by start. */
export function linkMentions(mentions: NameMention[], tokens: Token[]): Draft[] {
  retypeLists(mentions, tokens);
  retypeGuessesNamedElsewhere(mentions);
  adoptParentheticalAcronyms(mentions, tokens);
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const persons: PersonDraft[] = [];
  // Each step is a function of its own: small units compile (and recompile) cheaply.
  linkFullPersons(mentions, drafts, persons);
  linkTypedNames(mentions, drafts, byKey, persons);
  joinBareOrganisations(drafts, byKey);
  joinAcronyms(drafts);
  mergeOrgSubNames(drafts);
  linkShortPersons(mentions, drafts, persons);
  linkBareWords(mentions, drafts, byKey, persons);
  addLowerCaseOrgAliases(drafts, tokens);
  mergeFacilitiesNamedAfterTheirTown(drafts, tokens);
  for (const d of drafts) d.mentions.sort((a, b) => a.start - b.start);
  return drafts;
}

/** A person's draft with the name parts of its fullest name. */
interface PersonDraft { d: Draft; parts: string[] }

function keyOf(m: NameMention): string | null {
  switch (m.type) {
    case 'GPE':
      // Countries are one entity whatever the form; capitals and towns by name.
      // Countries are one entity whatever the form; "the Islamic Republic" is an alias of its state.
      if (m.country && !m.place && (m.kind === 'demonym' || m.kind === 'alias' || isCountryName(m))) return `country:${m.country}`;
      return `place:${placeKey(m.text)}`;
    case 'ORG':
      return `org:${orgKey(m.text)}`;
    case 'FAC':
    case 'LOC':
      return `${m.type}:${placeKey(m.canonical ?? m.text)}`;
    default:
      return null;
  }
}

/** Full person names, then other typed names. */
function linkFullPersons(mentions: NameMention[], drafts: Draft[], persons: PersonDraft[]): void {
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const parts = personParts(m.text);
    if (parts.length < 2) continue;
    const hit = persons.find((p) => p.parts.length >= 2 && samePerson(p.parts, parts));
    if (hit) {
      attach(hit.d, m);
      if (parts.length > hit.parts.length) hit.parts = parts;
    } else {
      const d = newDraft(m, 'PERSON');
      drafts.push(d);
      persons.push({ d, parts });
    }
  }
}

// The person a single word names: a surname (or a one-letter slip of one) of a full name.
function surnameOwner(persons: PersonDraft[], word: string, at: number): Draft | null {
  const w = personParts(word)[0];
  if (!w) return null;
  let best: Draft | null = null;
  let bestPos = -1;
  for (const p of persons) {
    const last = p.parts[p.parts.length - 1];
    if (!(last === w || (w.length >= 6 && editDistanceAtMostOne(last, w)))) continue;
    // The nearest full mention before it, else the first after it.
    const before = p.d.mentions.filter((m) => m.start < at).map((m) => m.start);
    const pos = before.length ? Math.max(...before) : -1;
    if (!best || pos > bestPos) {
      best = p.d;
      bestPos = pos;
    }
  }
  return best;
}

// Else the one person whose name has that word as another part: a given name ("Anwar" for "Anwar
// Ibrahim", Thai and Malay usage) or a middle name; none when two persons share it.
function partOwner(persons: PersonDraft[], word: string, at: number): Draft | null {
  const byName = surnameOwner(persons, word, at);
  if (byName) return byName;
  const w = personParts(word)[0];
  if (!w || w.length < 3 || NAME_PARTICLES.has(w) || personParts(word).length !== 1) return null;
  let owner: Draft | null = null;
  for (const p of persons) {
    if (p.parts.length < 2 || !p.parts.includes(w)) continue;
    if (owner && owner !== p.d) return null;
    owner = p.d;
  }
  return owner;
}

function linkTypedNames(mentions: NameMention[], drafts: Draft[], byKey: Map<string, Draft>, persons: PersonDraft[]): void {
  for (const m of mentions) {
    if (!m.type || m.type === 'PERSON') continue;
    if (m.type === 'GPE' && m.guessed && surnameOwner(persons, m.text, m.start)) {
      attach(surnameOwner(persons, m.text, m.start)!, { ...m, type: 'PERSON', kind: 'alias', place: null, country: null });
      continue;
    }
    const key = keyOf(m)!;
    const d = byKey.get(key);
    if (d) attach(d, m);
    else {
      const nd = newDraft(m, m.type);
      drafts.push(nd);
      byKey.set(key, nd);
    }
  }
}

function joinBareOrganisations(drafts: Draft[], byKey: Map<string, Draft>): void {
  // "State Department" after "US State Department": a bare organisation joins the one country's.
  for (const [key, d] of [...byKey]) {
    if (!key.startsWith('org:|')) continue;
    const rest = key.slice(5);
    const owners = [...byKey].filter(([k, o]) => o !== d && k.startsWith('org:') && k.endsWith(`|${rest}`));
    if (owners.length === 1 && drafts.includes(d)) {
      for (const m of d.mentions) attach(owners[0][1], { ...m, kind: 'alias' });
      drafts.splice(drafts.indexOf(d), 1);
    }
  }
}

function joinAcronyms(drafts: Draft[]): void {
  // Acronyms of organisations named in full elsewhere: "TRF" for "The Resistance Front".
  const orgs = drafts.filter((d) => d.type === 'ORG');
  for (const d of [...orgs]) {
    const only = d.mentions.every((m) => isAcronymLike(m.text));
    if (!only) continue;
    const acr = d.mentions[0].text.toLowerCase();
    const full = orgs.find((o) => o !== d && o.mentions.some((m) => !isAcronymLike(m.text) && (acronymOf(m.text) === acr || 't' + acronymOf(m.text) === acr || acronymSpells(acr, m.text))));
    if (full) {
      for (const m of d.mentions) attach(full, m);
      drafts.splice(drafts.indexOf(d), 1);
    }
  }
}

function linkShortPersons(mentions: NameMention[], drafts: Draft[], persons: PersonDraft[]): void {
  for (const m of mentions) {
    if (m.type === 'PERSON' && personParts(m.text).length < 2) {
      const owner = partOwner(persons, m.text, m.start);
      if (owner) attach(owner, { ...m, kind: 'alias' });
      else {
        const d = newDraft(m, 'PERSON');
        drafts.push(d);
        persons.push({ d, parts: personParts(m.text) });
      }
    }
  }
}

function linkBareWords(mentions: NameMention[], drafts: Draft[], byKey: Map<string, Draft>, persons: PersonDraft[]): void {
  for (const m of mentions) {
    if (m.type) continue;
    const owner = partOwner(persons, m.text, m.start);
    if (owner) {
      attach(owner, { ...m, kind: 'alias', type: 'PERSON' });
      continue;
    }
    const k = placeKey(m.text);
    const named = drafts.find((d) => d.type !== 'PERSON' && d.mentions.some((x) => placeKey(x.text) === k || (d.type === 'ORG' && acronymOf(x.text) === k && isAcronymLike(m.text))));
    if (named) {
      attach(named, { ...m, type: named.type, kind: 'alias' });
      continue;
    }
    // A person first named by surname alone, then in full ("Jaishankar ... S. Jaishankar") is caught above;
    // what is left is typed by its cue.
    const type: EntityType | null = m.cue === 'locative' ? 'GPE' : m.cue === 'speech' || isFirstName(m.text) ? 'PERSON' : null;
    if (!type) continue;
    const t = { ...m, type };
    const key = type === 'GPE' ? `place:${k}` : null;
    const d = key ? byKey.get(key) : null;
    if (d) attach(d, t);
    else {
      const nd = newDraft(t, type);
      drafts.push(nd);
      if (key) byKey.set(key, nd);
      if (type === 'PERSON') persons.push({ d: nd, parts: personParts(m.text) });
    }
  }
}

/** The words of an organisation's name as orgKey orders them, plurals folded: "Revolutionary Guards" -> revolutionary guard. */
export function orgWords(text: string): { country: string; words: string[]; slashed?: boolean } {
  // "AFC/M23": the names joined by the slash are its words.
  if (text.includes('/')) return { country: '', words: text.toLowerCase().split('/').map((w) => w.trim()).filter(Boolean), slashed: true };
  const key = orgKey(text);
  const bar = key.indexOf('|');
  const words = key.slice(bar + 1).split(' ').filter((w) => w && !/^(of|the|and|for)$/.test(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return { country: key.slice(0, bar), words };
}

/** Do the words of `short` stand together, in order, inside `long`? */
export function containsRun(long: string[], short: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    let k = 0;
    while (k < short.length && long[i + k] === short[k]) k++;
    if (k === short.length) return true;
  }
  return false;
}

/**
 * "Revolutionary Guards" and "Islamic Revolutionary Guard Corps", "Defence Ministry" and "Ministry of
 * National Defence": a name of two or more words inside exactly one longer organisation name is that
 * organisation (never across two countries).
 */
function mergeOrgSubNames(drafts: Draft[]): void {
  const orgs = drafts.filter((d) => d.type === 'ORG').map((d) => ({ d, names: d.mentions.map((m) => orgWords(m.text)) }));
  for (const s of orgs) {
    if (!drafts.includes(s.d)) continue;
    // Two words at least, or one of the names an alliance's slash joins ("M23" and "AFC/M23").
    const slashParts = new Set(orgs.flatMap((o) => o.names.filter((n) => n.slashed).flatMap((n) => n.words)));
    const shorts = s.names.filter((n) => n.words.length >= 2 || (n.words.length === 1 && slashParts.has(n.words[0])));
    if (!shorts.length || s.names.some((n) => n.words.length > Math.max(...shorts.map((x) => x.words.length)))) continue;
    const owners = orgs.filter((l) => l !== s && drafts.includes(l.d) && compatible(l.d.country, s.d.country) &&
      l.names.some((ln) => shorts.some((sn) => (!sn.country || !ln.country || sn.country === ln.country) && containsRun(ln.words, sn.words))));
    if (owners.length !== 1) continue;
    for (const m of s.d.mentions) attach(owners[0].d, { ...m, kind: 'alias' });
    drafts.splice(drafts.indexOf(s.d), 1);
  }
}

function compatible(a: string | null, b: string | null): boolean {
  return !a || !b || a === b;
}

/**
 * "Rafiqui Air Force Base in Shorkot" and "Shorkot Air Base": a facility said to be in a town is
 * the facility of the same kind named after that town.
 */
function mergeFacilitiesNamedAfterTheirTown(drafts: Draft[], tokens: Token[]): void {
  const facs = drafts.filter((d) => d.type === 'FAC');
  for (const d of facs) {
    for (const m of d.mentions) {
      if (tokens[m.to]?.key !== 'in' || !tokens[m.to + 1]?.cap) continue;
      const town = tokens[m.to + 1].key;
      const kind = tokens[m.to - 1].key;
      const twin = facs.find((o) => o !== d && drafts.includes(o) && o.mentions.some((x) => tokens[x.from].key === town && tokens[x.to - 1].key === kind));
      if (twin && drafts.includes(d)) {
        for (const x of twin.mentions) attach(d, { ...x, kind: 'alias' });
        drafts.splice(drafts.indexOf(twin), 1);
      }
    }
  }
}

/** "US state department ... the state department": the lower-case rest of a country's organisation. */
function addLowerCaseOrgAliases(drafts: Draft[], tokens: Token[]): void {
  for (const d of drafts) {
    if (d.type !== 'ORG') continue;
    const first = d.mentions[0];
    const words = tokens.slice(first.from, first.to);
    if (words.length < 3 || !countryByName(words[0].text) || words.slice(1).some((t) => t.cap)) continue;
    const rest = words.slice(1).map((t) => t.key);
    for (let i = 0; i + rest.length <= tokens.length; i++) {
      if (i === first.from + 1) continue;
      if (!rest.every((k, n) => tokens[i + n].key === k && !tokens[i + n].cap)) continue;
      if (d.mentions.some((m) => m.from <= i && i < m.to)) continue;
      const a = tokens[i];
      const b = tokens[i + rest.length - 1];
      d.mentions.push({ ...first, start: a.start, end: b.end, text: words.slice(1).map((t) => t.text).join(' '), kind: 'alias', from: i, to: i + rest.length });
    }
  }
}

function isCountryName(m: NameMention): boolean {
  return !m.place && !!m.country && (countryByName(m.text)?.iso3 === m.country || countriesSharing(m.text).some((c) => c.iso3 === m.country));
}

/** "at Satwari, Samba, RS Pura and Arnia sector": unknown members of a list with places are places. */
function retypeLists(mentions: NameMention[], tokens: Token[]): void {
  // Surnames of people named in full: never places, whatever list they stand in.
  const surnames = new Set<string>();
  for (const m of mentions) {
    const parts = m.type === 'PERSON' ? personParts(m.text) : [];
    if (parts.length >= 2) surnames.add(parts[parts.length - 1]);
  }
  let i = 0;
  while (i < mentions.length) {
    let j = i;
    // Extend while the next mention is separated only by "," / "and" / "or".
    while (j + 1 < mentions.length && separatedByListMarks(mentions[j], mentions[j + 1], tokens)) j++;
    const list = mentions.slice(i, j + 1);
    if (j > i && !list.some((m) => surnames.has(personParts(m.text).join(' ')))) {
      for (const m of list) if (!m.type && m.candidate) m.place = m.candidate;
      const places = list.filter((m) => (m.type === 'GPE' || !m.type) && m.place);
      const placeLike = list.filter((m) => (m.type === 'GPE' || (!m.type && (m.cue === 'locative' || m.place))) && !countryByName(m.text));
      const open = list.filter((m) => !m.type || (m.type === 'PERSON' && m.guessed) || (m.type === 'GPE' && !m.place && !m.country));
      if (places.length && new Set([...placeLike, ...open]).size === list.length && placeLike.length * 2 >= list.length) {
        const counts = new Map<string, number>();
        for (const p of places) counts.set(p.place!.country, (counts.get(p.place!.country) ?? 0) + 1);
        const country = [...counts].sort((a, b) => b[1] - a[1])[0][0];
        for (const m of open) {
          m.type = 'GPE';
          m.country = m.place?.country ?? country;
          m.guessed = false;
        }
      }
      for (const m of list) if (!m.type) m.place = null;
    }
    i = j + 1;
  }
}

/** "wounded in Oddar Meanchey on Thursday" after "villages in Oddar Meanchey province": a guessed person is the place. */
function retypeGuessesNamedElsewhere(mentions: NameMention[]): void {
  let typed: Map<string, NameMention> | null = null;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || !m.guessed || m.roles.length) continue;
    if (!typed) {
      typed = new Map();
      for (const x of mentions) if (x.type && x.type !== 'PERSON' && x.kind === 'name') typed.set(placeKey(x.text), x);
    }
    const x = typed.get(placeKey(m.text));
    if (!x) continue;
    m.type = x.type;
    m.country = x.country;
    m.place = x.place;
    m.cue = x.cue;
    m.guessed = false;
  }
}

function separatedByListMarks(a: NameMention, b: NameMention, tokens: Token[]): boolean {
  if (a.to > b.from) return false;
  const between = tokens.slice(a.to, b.from).map((t) => t.key);
  // "Arnia sector": a place tail word after the previous member is allowed.
  const rest = between.filter((k) => k !== ',' && k !== 'and' && k !== 'or' && !/^(sector|district|city|town|village|province|state)$/.test(k));
  return between.length > 0 && between.length <= 3 && rest.length === 0 && tokens[a.from].sentence === tokens[b.from].sentence;
}

/** "Lashkar-e-Taiba (LeT)": the name before a parenthesised acronym of it is an organisation. */
function adoptParentheticalAcronyms(mentions: NameMention[], tokens: Token[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1];
    const b = mentions[i];
    if (b.from !== a.to + 1 || tokens[a.to]?.text !== '(' || tokens[b.to]?.text !== ')') continue;
    if (!isAcronymLike(b.text) || acronymOf(a.text) !== b.text.toLowerCase()) continue;
    if (!a.type || (a.type === 'PERSON' && a.guessed)) a.type = 'ORG';
    b.type = a.type;
    b.kind = 'alias';
    b.country = a.country;
    // The acronym joins the full name's entity in the acronym pass of linkMentions.
  }
}
