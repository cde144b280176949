// Types each candidate chunk: a titled person, a country or place from the gazetteers, an
// organisation, facility or natural feature by its head noun, a demonym, or an unknown bare word
// left for linking. Emits name mentions with the attributes the chunk itself gives.
import type { EntityType } from '../../model.ts';
import { countriesByOfficialHead, countriesSharing, countryByCapital, countryByDemonym, countryByIso3, countryByName, countryBySeat, isSeatOpener } from '../gazetteer/countries.ts';
import { placesNamed, resolvePlace, type Place } from '../gazetteer/places.ts';
import { GROUP_CODE, type Chunk } from './chunks.ts';
import { firstNameGender, isCommonWord, isFirstName, isKnownOrganisation } from './lexicon.ts';
import { affiliationBefore, countryOfPhrase, countryOfToken, isHonorific, isTitleHead, isTitleWord, titleAfter, titleBefore, titleInside } from './titles.ts';
import type { Token } from './tokens.ts';
import type { NameMention } from './types.ts';
import {
  ACTION_NOUNS, COMPASS, CONTROL_SUFFIXES, DOCUMENT_HEADS, FAC_COMPOUND_HEADS, FAC_HEADS, FAC_NOUNS, FAC_PLURALS, NAMING_VERBS, SEAT_HEADS, SITE_MODIFIERS, SITE_NOUNS, TITLE_MODIFIERS, PARTY_MEMBERS, ORG_CUE_NOUNS, PLACE_CUE_NOUNS, LOC_HEADS, LOCATIVE, LOWER_FAC_HEADS, MODIFIER_SUFFIXES, NON_ENTITY_HEADS,
  NON_ENTITY_OPENERS, ORG_HEADS, ORG_OPENERS, ORG_TAILS, PLATFORM_TAILS, POST_VERBS, REGION_ADJECTIVES, REGIONS, SPEECH_VERBS,
} from './vocab.ts';

// Lower-case nouns after a bare name that make it a place: "Arnia sector", "Kupwara district".
const PLACE_TAILS = new Set('sector district village town city province region area state county tehsil division'.split(' '));
const PLACE_PLURALS = new Set('sectors districts villages towns cities provinces regions states counties'.split(' '));
// Gazetteer hits made only of common words ("White House", "Most") need a big place or a locative cue.
const COMMON_PLACE_MIN_POPULATION = 100000;

export interface ClassifyContext {
  tokens: Token[];
  body: string;
  /** Weight of each country in the article, for reading ambiguous place names. */
  countryWeights: Map<string, number>;
}

const textOf = (ctx: ClassifyContext, from: number, to: number) => ctx.body.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end);

function mention(ctx: ClassifyContext, from: number, to: number, type: EntityType | null, extra: Partial<NameMention> = {}): NameMention {
  // Every optional field present (undefined when unset): one object shape for all mentions keeps the
  // passes that read them from deoptimising on each new combination of fields.
  const m: NameMention = {
    start: ctx.tokens[from].start, end: ctx.tokens[to - 1].end, text: textOf(ctx, from, to), type, kind: 'name', from, to,
    canonical: undefined, country: null, countryExplicit: false, roles: [], gender: undefined, place: undefined,
    candidate: undefined, cue: undefined, guessed: undefined, titleStart: undefined, org: undefined,
  };
  return Object.assign(m, extra);
}

/** Country named by a whole phrase (not a capital): "United States", "U.S.", "Pakistan". */
function countryNamed(text: string) {
  return countryByName(text);
}

function isAllCommon(tokens: Token[]): boolean {
  return tokens.every((t) => /^(of|and|for|the|&)$/.test(t.key) || isCommonWord(t.text));
}

/** The head noun of a name: the word before "of"/"for" ("Line of Control"), else the last word. */
function headIndex(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (/^(of|for)$/.test(tokens[k].key)) return k - 1;
  return to - 1;
}

function lookupPlace(ctx: ClassifyContext, text: string, tokens: Token[], locative: boolean): Place | null {
  const p = resolvePlace(text, ctx.countryWeights);
  if (!p) return null;
  if (isAllCommon(tokens) && !locative && p.population < COMMON_PLACE_MIN_POPULATION) return null;
  // A small place abroad, with nothing saying it is a place, is more likely a name ("Rubio", a town in Venezuela).
  const inStory = (ctx.countryWeights.get(p.country) ?? 0) > 0;
  if (!inStory && !locative && p.population < (p.kind === 'admin1' ? 5_000_000 : COMMON_PLACE_MIN_POPULATION)) return null;
  return p;
}

/** Split a chunk at "and" unless it is one name ("Jammu and Kashmir") or one title ("Prime Minister and Foreign Minister"). */
function splitAtAnd(ctx: ClassifyContext, from: number, to: number): Chunk[] | null {
  const { tokens } = ctx;
  const ands: number[] = [];
  for (let k = from + 1; k < to - 1; k++) if (tokens[k].key === 'and' || tokens[k].key === '&') ands.push(k);
  if (!ands.length) return null;
  const text = textOf(ctx, from, to);
  if (countryByName(text) || resolvePlace(text) || isKnownOrganisation(text)) return null;
  // "Department of Health and Human Services": the "and" is inside an organisation's complement.
  if (ORG_OPENERS.has(tokens[from].key) && tokens[from + 1]?.key === 'of') return null;
  const parts: Chunk[] = [];
  let start = from;
  for (const k of ands) {
    if (isTitleWord(tokens[k - 1]) && isTitleWord(tokens[k + 1])) continue;
    parts.push({ from: start, to: k });
    start = k + 1;
  }
  if (!parts.length) return null;
  parts.push({ from: start, to });
  return parts.filter((p) => p.to > p.from);
}

const NAME_CONNECTORS_RE = /^(of|and|for|the|de|al|&)$/;
const firstKeyOf = (tokens: Token[], from: number) => tokens[from].key;

function isLocative(ctx: ClassifyContext, from: number): boolean {
  const prev = ctx.tokens[from - 1];
  return !!prev && LOCATIVE.has(prev.key) && prev.sentence === ctx.tokens[from].sentence;
}

/** Type a chunk; returns every mention in it (a title's organisation, the person, a prefix country...). */
const CLOCK_WORDS = new Set('am pm a.m p.m gmt utc est edt cst cdt mst mdt pst pdt bst cet cest eet eest ist pkt jst kst aest msk'.split(' '));

export function classifyChunk(ctx: ClassifyContext, chunk: Chunk): NameMention[] {
  const { tokens } = ctx;
  let { from, to } = chunk;
  const out: NameMention[] = [];
  // A leading "The" is not part of the name.
  if (/^the$/i.test(tokens[from].text)) from++;
  if (from >= to) return out;
  const parts = splitAtAnd(ctx, from, to);
  if (parts) return parts.flatMap((c) => classifyChunk(ctx, c));
  const next = tokens[to];
  const nextKey = next && next.sentence === tokens[to - 1].sentence ? next.key : '';
  // "8 PM", "0300 GMT": clock words and time zones name no one.
  if (to - from === 1 && CLOCK_WORDS.has(tokens[from].key)) return out;
  // "Downing Street said", "on Capitol Hill": a seat of power is the body when it speaks, else the place.
  if (to - from > 1 && !ORG_HEADS.has(tokens[to - 1].key) && isSeatOpener(tokens[from].key)) {
    const seat = countryBySeat(tokens.slice(from, to).map((t) => t.text).join(' '));
    if (seat) {
      const speaks = SPEECH_VERBS.has(nextKey) || /^['’]s?$/.test(next?.text ?? '');
      out.push(mention(ctx, from, to, speaks ? 'ORG' : 'FAC', { country: seat }));
      return out;
    }
  }
  // "an operation that X called Rising Lion", "the strikes, dubbed Y": the name of an action, no entity.
  if (namesAnAction(tokens, from)) return out;
  // "Photo: ... REUTERS/Jane Doe", "(Daily Ledger/Somchai P.)": credits name no one the report is about.
  if (inCredit(tokens, from, to)) return out;
  // "AFC/M23": names joined by a slash name one alliance.
  if (to - from >= 3 && tokens.slice(from, to).some((t) => t.text === '/')) {
    out.push(mention(ctx, from, to, 'ORG'));
    return out;
  }
  // "the M23 rebels", "G7 leaders": a group's code name before a word for its members; else a model number.
  if (to - from === 1 && GROUP_CODE.test(tokens[from].text)) {
    if (/^(rebels?|militia|militias|group|movement|fighters|forces|leaders|members|alliance|countries|nations|said|says|spokesman|spokeswoman|spokesperson|summit|chief|leader|commander)$/.test(nextKey) ||
      (next?.text === '/' && next.start === tokens[from].end)) out.push(mention(ctx, from, to, 'ORG'));
    return out;
  }

  // Hyphenated country modifiers: "Pakistan-based X", "Pakistan-administered Kashmir", "India-Pakistan".
  const hy = /^(\p{Lu}[\p{L}.]*)-(\p{L}+)$/u.exec(tokens[from].text);
  if (hy) {
    const c = countryNamed(hy[1]) ?? countryByDemonym(hy[1]);
    const suffix = hy[2].toLowerCase();
    if (c && CONTROL_SUFFIXES.has(suffix) && to - from > 1) {
      out.push(mention(ctx, from, to, 'GPE', { country: c.iso3 }));
      return out;
    }
    if (c && (MODIFIER_SUFFIXES.has(suffix) || countryNamed(hy[2]))) {
      const t = tokens[from];
      out.push({ ...mention(ctx, from, from + 1, 'GPE', { country: c.iso3 }), end: t.start + hy[1].length, text: hy[1] });
      const c2 = countryNamed(hy[2]);
      if (c2) out.push({ ...mention(ctx, from, from + 1, 'GPE', { country: c2.iso3 }), start: t.end - hy[2].length, text: hy[2] });
      if (to - from > 1) out.push(...classifyChunk(ctx, { from: from + 1, to }));
      return out;
    }
  }

  // Persons with a title in the chunk.
  const inside = titleInside(tokens, from, to);
  if (inside && looksLikePersonName(tokens, inside.nameFrom, to)) {
    // "Pakistan's Prime Minister X": a possessive or demonym just before the titled chunk is its state.
    if (!inside.affiliation.country && inside.affiliation.orgFrom === undefined) {
      const before = affiliationBefore(tokens, from).affiliation;
      if (before.country) inside.affiliation = before;
    }
    if (inside.affiliation.orgFrom !== undefined) out.push(...classifyChunk(ctx, { from: inside.affiliation.orgFrom, to: inside.affiliation.orgTo! }).map(asInstitution));
    else if (inside.affiliation.country) out.push(...countryMentions(ctx, from, inside.nameFrom));
    const org = inside.affiliation.orgFrom !== undefined ? { from: inside.affiliation.orgFrom, to: inside.affiliation.orgTo! } : undefined;
    const person = mention(ctx, inside.nameFrom, to, 'PERSON', {
      roles: [...inside.ranks, ...inside.roles], cue: 'person-title', titleStart: tokens[from].start, org,
      country: inside.affiliation.country, countryExplicit: inside.affiliation.explicit,
      gender: inside.honorific ? honorificGender(inside.honorific) : firstNameGender(tokens[inside.nameFrom].text),
    });
    addTitlesAround(ctx, person, from);
    out.push(person);
    return out;
  }
  // An unknown acronym straight before a full name is a title ("ADDM Raj Kumar Thapa").
  if (tokens[from].acronym && to - from >= 3 && !countryOfToken(tokens[from]) && !isKnownOrganisation(tokens[from].text) && looksLikePersonName(tokens, from + 1, to) && !isAllCommon(tokens.slice(from + 1, to))) {
    const person = mention(ctx, from + 1, to, 'PERSON', { roles: [tokens[from].text], cue: 'person-title', titleStart: tokens[from].start });
    addTitlesAround(ctx, person, from);
    out.push(person);
    return out;
  }

  return classifyByName(ctx, from, to, next, nextKey) ?? classifyByHead(ctx, from, to, next, nextKey);
}

// classifyChunk goes on in two functions of their own: smaller units compile (and recompile) cheaply.

/** Countries, capitals, regions, demonyms and the lower-case words after a name; null when none applies. */
function classifyByName(ctx: ClassifyContext, from: number, to: number, next: Token | undefined, nextKey: string): NameMention[] | null {
  const { tokens } = ctx;
  const out: NameMention[] = [];
  const span = tokens.slice(from, to);
  const text = textOf(ctx, from, to);
  const locative = isLocative(ctx, from);
  // "Maryland Democrat", "Republican of Ohio": descriptions of a person.
  if (span.some((t) => PARTY_MEMBERS.has(t.key))) return out;
  // "the South West", "the North": compass words alone name a region.
  if (span.every((t) => COMPASS.has(t.key) || t.key === 'west' || t.key === 'east')) {
    out.push(mention(ctx, from, to, 'LOC'));
    return out;
  }
  // "New Zealand-born": a country used as a modifier.
  const suffixed = /^(.+)-(\p{Ll}+)$/u.exec(span[span.length - 1].text);
  if (suffixed && MODIFIER_SUFFIXES.has(suffixed[2])) {
    const name = text.slice(0, text.length - suffixed[2].length - 1);
    const c = countryNamed(name);
    if (c) out.push({ ...mention(ctx, from, to, 'GPE', { country: c.iso3 }), end: tokens[from].start + name.length, text: name });
    return out;
  }
  // A title with no name ("National Security Adviser") is an unnamed office holder, not an entity.
  if (span.every(isTitleWord) && isTitleHead(span[span.length - 1]) && !ORG_HEADS.has(span[span.length - 1].key)) return out;

  // Countries, capitals, regions, demonyms.
  const country = sharedNameReading(ctx, text) ?? countryNamed(text);
  // "US state department": a country and a lower-case organisation name written as the outlet's style.
  if (country && !tokens[from].initial) {
    let k = to;
    while (k < tokens.length && k - to < 3 && !tokens[k].cap && TITLE_MODIFIERS.has(tokens[k].key) && !ORG_HEADS.has(tokens[k].key)) k++;
    if (k < tokens.length && k > to && !tokens[k].cap && ORG_HEADS.has(tokens[k].key) && tokens[k].sentence === tokens[from].sentence) {
      out.push(mention(ctx, from, k + 1, 'ORG', { country: country.iso3 }));
      return out;
    }
  }
  if (country) {
    // "Georgia" in a story about the United States: a state of a country the article names more.
    const own = ctx.countryWeights.get(country.iso3) ?? 0;
    const division = placesNamed(text).find((p) => p.kind === 'admin1' && p.country !== country.iso3 && (ctx.countryWeights.get(p.country) ?? 0) > own);
    if (division) {
      out.push(mention(ctx, from, to, 'GPE', { country: division.country, place: division }));
      return out;
    }
    out.push(mention(ctx, from, to, 'GPE', { country: country.iso3 }));
    return out;
  }
  // "the Islamic Republic": the one state named in the article whose official name opens so.
  if (to - from >= 2) {
    const official = officialHeadReading(ctx, text);
    if (official) {
      out.push(mention(ctx, from, to, 'GPE', { kind: 'alias', country: official.iso3, canonical: official.name }));
      return out;
    }
  }
  const capital = countryByCapital(text);
  if (capital && !isAllCommon(span)) {
    const place = resolvePlace(text, new Map([[capital.iso3, 10]]));
    out.push(mention(ctx, from, to, 'GPE', { country: capital.iso3, place }));
    return out;
  }
  const demonym = span.length <= 2 ? countryByDemonym(text) : null;
  if (demonym) {
    out.push(mention(ctx, from, to, 'GPE', { kind: 'demonym', country: demonym.iso3, canonical: countryByIso3(demonym.iso3)!.name }));
    return out;
  }
  // "... Rubio India's ...": a country closing a chunk after a name that is not an organisation's.
  if (to - from > 1 && countryByName(tokens[to - 1].text) && !NAME_CONNECTORS_RE.test(tokens[to - 2].key) && !isKnownOrganisation(text) && !ORG_OPENERS.has(firstKeyOf(tokens, from)) && !isFirstName(tokens[to - 2].text)) {
    return [...classifyChunk(ctx, { from, to: to - 1 }), ...classifyChunk(ctx, { from: to - 1, to })];
  }
  const regionKey = span.map((t) => t.key).join(' ');
  // "the Gulf state", "Baltic nations": a region word describing a country is no mention of the region.
  if (REGIONS.has(regionKey) && /^(state|states|nation|nations|country|countries|monarchy|monarchies)$/.test(nextKey)) return out;
  if (REGIONS.has(regionKey) || (span.length === 2 && COMPASS.has(span[0].key) && REGIONS.has(span[1].key))) {
    out.push(mention(ctx, from, to, 'LOC', { canonical: span.map((t) => t.text).join(' ') }));
    return out;
  }
  if (span.length <= 2 && REGION_ADJECTIVES.has(span[span.length - 1].key) && (span.length === 1 || COMPASS.has(span[0].key))) {
    const region = REGION_ADJECTIVES.get(span[span.length - 1].key)!;
    const name = span.length === 2 ? `${span[0].text} ${region}` : region;
    out.push(mention(ctx, from, to, 'LOC', { kind: 'demonym', canonical: name }));
    return out;
  }
  // Lower-case tails: "Biden administration", "Jammu airport", "X handle", "Arnia sector".
  if (nextKey && ORG_TAILS.has(nextKey)) {
    out.push(mention(ctx, from, to + 1, 'ORG', { country: orgCountryFromPrefix(span) }));
    return out;
  }
  const facility = facilityAfter(ctx, from, to);
  if (facility) return [facility];
  // "the Lachin corridor": after "the", an unknown name before a facility noun is that facility's name.
  const theName = tokens[from - 1]?.key === 'the' && !countryByDemonym(text) && !tokens[from].acronym;
  if (nextKey && LOWER_FAC_HEADS.has(nextKey) && (lookupPlace(ctx, text, span, true) || /-/.test(text) || countryNamed(text) || theName)) {
    const place = lookupPlace(ctx, text, span, true);
    // "the Zalambessa border crossing": two facility nouns make one head.
    const end = LOWER_FAC_HEADS.has(tokens[to + 1]?.key ?? '') && tokens[to + 1].sentence === tokens[to].sentence ? to + 2 : to + 1;
    out.push(mention(ctx, from, end, 'FAC', { country: place && !/-/.test(text) ? place.country : null }));
    return out;
  }
  if (nextKey && PLATFORM_TAILS.has(nextKey) && to - from === 1) {
    out.push(mention(ctx, from, to, 'ORG'));
    return out;
  }
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  if (to - from === 1 && prev?.key === 'on' && prev2 && POST_VERBS.has(prev2.key) && !placeOrCountry(text)) {
    out.push(mention(ctx, from, to, 'ORG'));
    return out;
  }
  return null;
}

/** Head nouns, known organisations, places and the words around an unknown name. */
function classifyByHead(ctx: ClassifyContext, from: number, to: number, next: Token | undefined, nextKey: string): NameMention[] {
  const { tokens } = ctx;
  const out: NameMention[] = [];
  const span = tokens.slice(from, to);
  const text = textOf(ctx, from, to);
  const locative = isLocative(ctx, from);
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  // Head nouns.
  const head = headIndex(tokens, from, to);
  const headKey = tokens[head].key;
  const firstKey = tokens[from].key;
  if (NON_ENTITY_OPENERS.has(firstKey) || (NON_ENTITY_HEADS.has(headKey) && to - from > 1)) {
    // "UN Charter", "Mumbai attacks": a known name inside still counts; a document named after a city
    // ("the Ottawa Convention") does not mention the city.
    const inner = tokens[from];
    if (to - from > 1 && !NON_ENTITY_OPENERS.has(firstKey) && (inner.acronym || (placeOrCountry(inner.text) && !DOCUMENT_HEADS.has(headKey)))) out.push(...classifyChunk(ctx, { from, to: from + 1 }));
    return out;
  }
  const prefixCountry = orgCountryFromPrefix(span);
  // "House of Commons": a building word with a complement names a body.
  const facHead = FAC_HEADS.has(headKey) && !(SEAT_HEADS.has(headKey) && head !== to - 1);
  // "Soroka Medical Center": a centre of a kind that is a building.
  const facCompound = to - from > 2 && (headKey === 'center' || headKey === 'centre') && FAC_COMPOUND_HEADS.has(tokens[head - 1].key);
  if (to - from > 1 && (facHead || facCompound)) {
    // "The White House said": a seat of power speaking is the body inside.
    const body = SEAT_HEADS.has(headKey) && (SPEECH_VERBS.has(nextKey) || /^['’]s?$/.test(next?.text ?? ''));
    out.push(mention(ctx, from, to, body ? 'ORG' : 'FAC', { country: prefixCountry ?? placeCountryOfPrefix(ctx, span) }));
    return out;
  }
  if (to - from > 1 && (ORG_HEADS.has(headKey) || ORG_OPENERS.has(firstKey) && head === from)) {
    out.push(mention(ctx, from, to, 'ORG', { country: prefixCountry }));
    return out;
  }
  if (to - from > 1 && LOC_HEADS.has(headKey)) {
    out.push(mention(ctx, from, to, 'LOC'));
    return out;
  }
  if (isKnownOrganisation(text)) {
    out.push(mention(ctx, from, to, 'ORG'));
    return out;
  }
  // "a UNESCO World Heritage site": an acronym before common words with no head of its own is the name.
  if (to - from > 1 && tokens[from].acronym && tokens[from].key.length >= 3 && !countryOfToken(tokens[from]) && isAllCommon(span.slice(1)) && !span.slice(1).some((t) => ORG_HEADS.has(t.key) || FAC_HEADS.has(t.key) || LOC_HEADS.has(t.key))) {
    return classifyChunk(ctx, { from, to: from + 1 });
  }
  // A demonym opening a longer chunk with no organisation head is an adjective: "Indian Air Defence system".
  const lead = countryByDemonym(tokens[from].text);
  if (lead && to - from > 1) {
    out.push(mention(ctx, from, from + 1, 'GPE', { kind: 'demonym', country: lead.iso3, canonical: countryByIso3(lead.iso3)!.name }));
    return out;
  }
  // A country opening a longer chunk: "Pakistan Foreign Office" was caught above; "India Today" is a name.
  const place = lookupPlace(ctx, text, span, locative);
  if (place && !(to - from === 1 && isFirstName(text) && !locative)) {
    // A one-word town is only a guess until linking checks it is nobody's surname.
    const weak = to - from === 1 && place.kind !== 'admin1';
    out.push(mention(ctx, from, to, 'GPE', { country: place.country, place, guessed: weak }));
    return out;
  }
  if ((nextKey && PLACE_TAILS.has(nextKey)) || (to - from <= 3 && PLACE_PLURALS.has(listNounAfter(tokens, to)?.noun ?? '') && !titleBefore(tokens, from))) {
    out.push(mention(ctx, from, to, 'GPE', { cue: 'locative' }));
    return out;
  }
  if (span.some((t) => /^\d+$/.test(t.text))) {
    out.push(mention(ctx, from, to, 'ORG'));
    return out;
  }
  // Acronyms: organisations unless a country code.
  if (to - from === 1 && tokens[from].acronym) {
    const c = countryNamed(text);
    out.push(c ? mention(ctx, from, to, 'GPE', { country: c.iso3 }) : mention(ctx, from, to, 'ORG'));
    return out;
  }
  // What the words before say: "rights group Memorial", "the town of Looe".
  if (prev && !prev.cap && ORG_CUE_NOUNS.has(prev.key) && !isFirstName(tokens[from].text)) {
    out.push(mention(ctx, from, to, 'ORG'));
    return out;
  }
  if (prev?.key === 'of' && prev2 && !prev2.cap && PLACE_CUE_NOUNS.has(prev2.key)) {
    out.push(mention(ctx, from, to, 'GPE', { cue: 'locative' }));
    return out;
  }
  // Unknown names: people when any part is a given name or not an English word; institutions when all parts are.
  // "Rebecca Felton of Georgia": a person from a place.
  const of = span.findIndex((t) => t.key === 'of');
  if (of > 0 && isFirstName(tokens[from].text) && lookupPlace(ctx, textOf(ctx, from + of + 1, to), span.slice(of + 1), true)) {
    return [...classifyChunk(ctx, { from, to: from + of }), ...classifyChunk(ctx, { from: from + of + 1, to })];
  }
  if (to - from > 1 && span.some((t) => /^(of|for|the|&)$/.test(t.key))) {
    // "Kinect for Windows", "Bank of Sweden": connectors do not occur in people's names.
    out.push(mention(ctx, from, to, 'ORG'));
    return out;
  }
  // "Former prime minister Hun Sen": a title before makes a person whatever the words.
  const titled = !tokens[from].acronym && titleBefore(tokens, from) && looksLikePersonName(tokens, from, to);
  // "the Magen David Adom rescue service": a name before a lower-case word for a body is that body.
  if (!titled && to - from > 1 && !isFirstName(tokens[from].text) && bodyNounAfter(tokens, to)) {
    out.push(mention(ctx, from, to, 'ORG', { country: orgCountryFromPrefix(span) }));
    return out;
  }
  if (to - from > 1) {
    if (isAllCommon(span) && !isFirstName(tokens[from].text) && !titled) {
      if (countryNamed(tokens[from].text)) {
        // "India Today": a country and common words is a title, not a place.
        out.push(mention(ctx, from, to, 'ORG', { country: countryNamed(tokens[from].text)!.iso3 }));
      } else out.push(mention(ctx, from, to, 'ORG'));
      return out;
    }
    if (countryOfToken(tokens[from]) && !isFirstName(tokens[from].text) && !titled) {
      // "Pakistan Tehreek-e-Insaf", "Kashmir Valley": a country-led name is an organisation or place, not a person.
      out.push(mention(ctx, from, to, 'ORG', { country: countryOfToken(tokens[from]) }));
      return out;
    }
    const person = mention(ctx, from, to, 'PERSON', { gender: firstNameGender(tokens[from].text) });
    addTitlesAround(ctx, person, from);
    // "Russia's Vladimir Putin", "his Azerbaijani counterpart, X": a state's possessive right before the
    // name, or a counterpart's demonym before the comma, is the person's state.
    const counterpart = tokens[from - 1]?.text === ',' && /^counterparts?$/.test(tokens[from - 2]?.key ?? '');
    if (!person.countryExplicit && (counterpart || /^['’]s?$/.test(tokens[from - 1]?.text ?? ''))) {
      const before = affiliationBefore(tokens, from).affiliation;
      if (before.country) (person.country = before.country), (person.countryExplicit = true);
    }
    person.guessed = !person.roles.length && !isFirstName(tokens[from].text);
    out.push(person);
    return out;
  }
  // "the Senate", "Parliament": an institution's head word capitalised on its own names that institution.
  if (ORG_HEADS.has(tokens[from].key) && /^(senate|parliament|congress|cabinet|assembly|politburo|knesset|duma)$/.test(tokens[from].key) && !tokens[from].initial) {
    out.push(mention(ctx, from, to, 'ORG'));
    return out;
  }
  // A bare word: linking decides; remember what its neighbours suggest.
  const bareMention = mention(ctx, from, to, null, { candidate: resolvePlace(text, ctx.countryWeights) });
  const before = titleBefore(tokens, from);
  if (before && !tokens[from].acronym) {
    bareMention.type = 'PERSON';
    addTitlesAround(ctx, bareMention, from);
  } else if (locative) bareMention.cue = 'locative';
  else if (nextKey === 'in' && tokens[to + 1]?.cap) {
    // "Rajouri in Jammu and Kashmir": a bare word placed inside a known place is a place there.
    const container = countryNamed(tokens[to + 1].text) ?? resolvePlace(containerText(ctx, to + 1), ctx.countryWeights);
    if (container) {
      bareMention.cue = 'locative';
      bareMention.country = 'iso3' in container ? container.iso3 : container.country;
    }
  }
  else if (prev?.key === 'the' && nextKey && SPEECH_VERBS.has(nextKey)) {
    // "the Pentagon said": people take no article.
    bareMention.type = 'ORG';
  } else if ((prev && SPEECH_VERBS.has(prev.key)) || (nextKey && SPEECH_VERBS.has(nextKey))) bareMention.cue = 'speech';
  out.push(bareMention);
  return out;
  return out;
}

/** "Congo" in a report that names Kinshasa or the DRC: the state the article's other names point to. */
function sharedNameReading(ctx: ClassifyContext, text: string) {
  const states = countriesSharing(text);
  if (!states.length) return null;
  const weight = (iso3: string) => ctx.countryWeights.get(iso3) ?? 0;
  const best = states.reduce((a, b) => (weight(b.iso3) > weight(a.iso3) ? b : a));
  return weight(best.iso3) > 0 ? best : null;
}

/** "the Islamic Republic": the most named state whose official name opens so, if the article names one. */
function officialHeadReading(ctx: ClassifyContext, text: string) {
  const states = countriesByOfficialHead(text.replace(/^the\s+/i, ''));
  if (!states.length) return null;
  const weight = (iso3: string) => ctx.countryWeights.get(iso3) ?? 0;
  const ranked = [...states].sort((a, b) => weight(b.iso3) - weight(a.iso3));
  if (!weight(ranked[0].iso3) || (ranked[1] && weight(ranked[1].iso3) === weight(ranked[0].iso3))) return null;
  return ranked[0];
}

/** Is token `from` in a photo credit: after "Outlet/" or on a line opening "Photo:" / "Photograph by"? */
function inCredit(tokens: Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  if (prev?.text === '/' && prev.end === tokens[from].start && tokens[from - 2]?.cap && !GROUP_CODE.test(tokens[from].text) && !tokens[from].acronym) return true;
  // "(Daily Ledger/Jane Doe)": the outlet before a photographer's name.
  const next = tokens[to];
  if (next?.text === '/' && next.start === tokens[to - 1].end && tokens[to + 1]?.cap && tokens[to + 1].start === next.end && !tokens[to + 1].acronym && !GROUP_CODE.test(tokens[to + 1].text) && tokens[to + 2]?.cap) return true;
  let k = from;
  while (k > 0 && !tokens[k].lineStart && from - k < 60) k--;
  const first = tokens[k];
  return /^(photo|photos|photograph|photographs|picture|pictures|image|images|credit|credits)$/.test(first.key) &&
    (tokens[k + 1]?.text === ':' || tokens[k + 1]?.key === 'by' || tokens[k + 1]?.key === 'credit');
}

/** "an operation ... called X", "the strikes, dubbed X": X names an action. */
function namesAnAction(tokens: Token[], from: number): boolean {
  const verb = tokens[from - 1];
  if (!verb || !NAMING_VERBS.has(verb.key)) return false;
  for (let k = from - 2; k >= 0 && k >= from - 10 && tokens[k].sentence === tokens[from].sentence; k--) {
    if (ACTION_NOUNS.has(tokens[k].key)) return true;
  }
  return false;
}

// Lower-case nouns for a body, after a name that modifies them: "the X rescue service", "the Y news agency".
const BODY_NOUNS = new Set('service agency group organisation organization militia movement network company party charity society'.split(' '));

function bodyNounAfter(tokens: Token[], to: number): boolean {
  for (let k = to; k < to + 2 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.cap || !t.word || t.sentence !== tokens[to - 1].sentence) return false;
    if (BODY_NOUNS.has(t.key)) return true;
  }
  return false;
}

/**
 * The lower-case noun closing a list of names that starts at or before token `to`, with the words
 * between ("X, Y and Z nuclear sites" -> sites, [nuclear]); null when the names are not followed so.
 */
function listNounAfter(tokens: Token[], to: number): { noun: string; mods: string[] } | null {
  const sentence = tokens[to - 1].sentence;
  let k = to;
  let lastCap = to - 1;
  while (k < tokens.length && tokens[k].sentence === sentence && k - to < 16) {
    const t = tokens[k];
    if (!(t.cap || t.text === ',' || t.key === 'and' || t.key === 'or')) break;
    if (t.cap) lastCap = k;
    k++;
  }
  const mods: string[] = [];
  for (let j = lastCap + 1; j < tokens.length && j - lastCap <= 3 && tokens[j].sentence === sentence; j++) {
    const t = tokens[j];
    if (!t.word || t.cap) return null;
    if (FAC_PLURALS.has(t.key) || PLACE_PLURALS.has(t.key)) return { noun: t.key, mods };
    mods.push(t.key);
  }
  return null;
}

/**
 * A facility named by the noun after it: "the Ta Muen Thom temple", "the X crossing" (the noun is part of
 * the name), "the X, Y and Z temples", "the X nuclear sites" (each name of the list is one), "the
 * enrichment plant at X".
 */
function facilityAfter(ctx: ClassifyContext, from: number, to: number): NameMention | null {
  const { tokens } = ctx;
  const sentence = tokens[from].sentence;
  const text = textOf(ctx, from, to);
  if (countryNamed(text) || countryByDemonym(text) || isKnownOrganisation(text)) return null;
  const next = tokens[to];
  const place = () => lookupPlace(ctx, text, tokens.slice(from, to), true);
  if (next && next.sentence === sentence && FAC_NOUNS.has(next.key) && !next.cap && !titleBefore(tokens, from)) {
    const p = place();
    return mention(ctx, from, to + 1, 'FAC', { country: p?.country ?? null });
  }
  // A list ending in a plural facility noun, maybe after a modifier or two ("nuclear sites").
  const tail = listNounAfter(tokens, to);
  if (tail && FAC_PLURALS.has(tail.noun)) {
    // Sites, facilities, plants and bases need a word saying what kind ("nuclear sites").
    const generic = /^(sites|facilities|plants|bases)$/.test(tail.noun);
    if (!generic || tail.mods.some((m) => SITE_MODIFIERS.has(m) || m === 'military' || m === 'air')) {
      const p = place();
      return mention(ctx, from, to, 'FAC', { country: p?.country ?? null });
    }
  }
  // "the uranium enrichment site at X", "the underground plant at X".
  const at = tokens[from - 1];
  const site = tokens[from - 2];
  if (at?.key === 'at' && site && SITE_NOUNS.has(site.key) && to - from <= 2) {
    let s = from - 3;
    let modified = false;
    while (s >= 0 && from - s <= 6 && tokens[s].word && !tokens[s].cap) {
      if (SITE_MODIFIERS.has(tokens[s].key) || tokens[s].key === 'underground') modified = true;
      s--;
    }
    if (modified) {
      const p = place();
      return mention(ctx, from, to, 'FAC', { country: p?.country ?? null });
    }
  }
  return null;
}

/** "Ms" and "Mrs" say she, "Mr" says he. */
function honorificGender(h: string): 'm' | 'f' | null {
  if (/^(ms|mrs|miss|madam|mme|dame|smt)$/.test(h)) return 'f';
  if (/^(mr|sir|shri)$/.test(h)) return 'm';
  return null;
}

/** An organisation named as part of a title is an institution, even when made of place words. */
function asInstitution(m: NameMention): NameMention {
  if ((m.type === 'GPE' && !m.country) || m.type === 'FAC') return { ...m, type: 'ORG' };
  return m;
}

/** The capitalised run starting at token k, joined across "and" ("Jammu and Kashmir"). */
function containerText(ctx: ClassifyContext, k: number): string {
  const { tokens } = ctx;
  let j = k + 1;
  while (j < tokens.length && (tokens[j].cap || (tokens[j].key === 'and' && tokens[j + 1]?.cap)) && tokens[j].sentence === tokens[k].sentence) j++;
  return textOf(ctx, k, j);
}

function placeOrCountry(text: string): boolean {
  return !!(countryByName(text) || countryByCapital(text));
}

/** Country mentions inside a title prefix: "US" in "US Secretary of State". */
function countryMentions(ctx: ClassifyContext, from: number, to: number): NameMention[] {
  const out: NameMention[] = [];
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    if (!t.cap || isTitleHead(t)) continue;
    const two = k + 1 < to ? countryOfPhrase(ctx.tokens.slice(k, k + 2)) : null;
    if (two && countryByName(textOf(ctx, k, k + 2))) {
      out.push(mention(ctx, k, k + 2, 'GPE', { country: two }));
      k++;
      continue;
    }
    const name = countryByName(t.text);
    if (name) out.push(mention(ctx, k, k + 1, 'GPE', { country: name.iso3 }));
    else {
      const d = countryByDemonym(t.text);
      if (d) out.push(mention(ctx, k, k + 1, 'GPE', { kind: 'demonym', country: d.iso3, canonical: countryByIso3(d.iso3)!.name }));
    }
  }
  return out;
}

/** "Pakistan Army", "Indian Armed Forces", "US Department of State": the country in front. */
function orgCountryFromPrefix(span: Token[]): string | null {
  if (span.length < 2) return null;
  const two = countryOfPhrase(span.slice(0, 2));
  if (two && span.length > 2) return two;
  return countryOfToken(span[0]);
}

/** "Shorkot Air Base": the place a facility is named after, when the gazetteer knows it. */
function placeCountryOfPrefix(ctx: ClassifyContext, span: Token[]): string | null {
  for (let n = span.length - 1; n >= 1; n--) {
    const p = lookupPlace(ctx, span.slice(0, n).map((t) => t.text).join(' '), span.slice(0, n), false);
    if (p) return p.country;
  }
  return null;
}

/** Could tokens [from, to) be a person's name (not a place, an office, an organisation)? */
function looksLikePersonName(tokens: Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  const span = tokens.slice(from, to);
  const last = span[span.length - 1];
  if (ORG_HEADS.has(last.key) || FAC_HEADS.has(last.key) || NON_ENTITY_HEADS.has(last.key)) return false;
  if (span.some((t) => /^(of|for)$/.test(t.key))) return false;
  if (span.length === 1 && (countryByName(last.text) || countryByDemonym(last.text))) return false;
  if (span.every((t) => isTitleHead(t) || isHonorific(t))) return false;
  return true;
}

/** Roles and affiliation from a title before the chunk or an apposition after it. */
function addTitlesAround(ctx: ClassifyContext, person: NameMention, chunkFrom: number): void {
  const before = titleBefore(ctx.tokens, chunkFrom);
  if (before) {
    for (const r of [...before.ranks, ...before.roles]) if (!person.roles.includes(r)) person.roles.push(r);
    if (!person.countryExplicit && before.affiliation.explicit) {
      person.country = before.affiliation.country;
      person.countryExplicit = true;
    }
    if (before.affiliation.orgFrom !== undefined && !person.org) person.org = { from: before.affiliation.orgFrom, to: before.affiliation.orgTo! };
    person.titleStart = Math.min(person.titleStart ?? Infinity, ctx.tokens[before.start].start);
  }
  const after = titleAfter(ctx.tokens, person.to);
  if (after) {
    for (const r of after.roles) if (!person.roles.includes(r)) person.roles.push(r);
    if (!person.countryExplicit && after.affiliation.explicit) {
      person.country = after.affiliation.country;
      person.countryExplicit = true;
    }
  }
}
