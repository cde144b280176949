// Country of persons, organisations and facilities when no title states it, from the context:
// an institution the role names ("military spokesperson" -> "the Pakistani military" named
// earlier), the places of the sentence ("in New Delhi, Wing Commander X said"), the place a
// facility is said to be in, the dateline. And coordinates of places.
import type { AnalyzedArticle, Geo } from '../../model.ts';
import { countriesSharing, countryByCapital, countryByDemonym, countryByIso3, countryByName, countryBySeat } from '../gazetteer/countries.ts';
import { resolvePlace } from '../gazetteer/places.ts';
import type { Draft } from './link.ts';
import { isRankAbbreviation, isTitleWord } from './titles.ts';
import type { Token } from './tokens.ts';
import { INTERNATIONAL_ACRONYMS, INTERNATIONAL_WORDS } from './vocab.ts';

// States that share a short name ("Congo"), by code.
const SHARED_STATES = ['Congo', 'Korea'].map((n) => countriesSharing(n).map((c) => c.iso3));

// Institutions a role can name, whose country the article gives elsewhere ("the Pakistani military").
const INSTITUTION_WORDS = new Set('military army navy police government ministry foreign defence defense intelligence'.split(' '));

/** Country of a dateline ("New Delhi", "Washington DC"). */
export function datelineCountry(dateline: string | null, weights: Map<string, number>): string | null {
  if (!dateline) return null;
  const head = dateline.split(',')[0].trim();
  const c = countryByName(head) ?? countryByCapital(head) ?? countryByCapital(dateline);
  if (c) return c.iso3;
  return resolvePlace(head, weights)?.country ?? null;
}

/** Countries of the places a sentence sets things in ("in X"), before token `before`, by count. */
function sentenceCountries(drafts: Draft[], tokens: Token[], sentence: number, before = Infinity): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    if (d.type !== 'GPE' || !d.country) continue;
    for (const m of d.mentions) {
      if (m.kind === 'demonym' || tokens[m.from].sentence !== sentence || m.from >= before) continue;
      // Only places the sentence puts something in ("in New Delhi, ..."), not the countries it talks about.
      if (!/^(in|at|from|near)$/.test(tokens[m.from - 1]?.key ?? '')) continue;
      counts.set(d.country, (counts.get(d.country) ?? 0) + 1);
    }
  }
  return counts;
}

function majority(counts: Map<string, number>): string | null {
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  if (!sorted.length) return null;
  if (sorted.length > 1 && sorted[1][1] * 2 > sorted[0][1]) return null;
  return sorted[0][0];
}

/** "the Pakistani military": the country the article gives an institution word. */
function institutionCountry(tokens: Token[], word: string): string | null {
  const counts = new Map<string, number>();
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].key !== word) continue;
    let prev = tokens[i - 1];
    if (/^['’]s?$/.test(prev.text) && i >= 2) prev = tokens[i - 2];
    const c = prev.cap ? (countryByDemonym(prev.text) ?? countryByName(prev.text)) : null;
    if (c) counts.set(c.iso3, (counts.get(c.iso3) ?? 0) + 1);
  }
  return majority(counts);
}

// Offices of a state's government: a foreign reporter names them without the state as often as a local one.
const NATIONAL_OFFICE = /\b(president|vice president|prime minister|premier|minister|secretary of state|chancellor|king|queen|emir|sultan|crown prince|supreme leader|ayatollah|ambassador|envoy)\b/i;

/** Is an organisation's name that of an international body ("UN Security Council", "IAEA")? */
export function isInternationalBody(name: string): boolean {
  if (INTERNATIONAL_WORDS.test(name)) return true;
  const first = name.replace(/^the\s+/i, '').split(/[\s-]+/)[0].replace(/\./g, '').toLowerCase();
  return INTERNATIONAL_ACRONYMS.has(first) || /^un[a-z]{3,}$/.test(first) && name === name.toUpperCase();
}

/**
 * Country of an organisation from its own words: a country or demonym inside its name ("Royal Thai
 * Army", "Atomic Energy Organization of Iran") or a possessive before a mention ("Cambodia's Defence Ministry").
 */
function orgCountry(d: Draft, tokens: Token[]): string | null {
  for (const m of d.mentions) {
    const poss = tokens[m.from - 1];
    if (poss && /^['’]s?$/.test(poss.text) && tokens[m.from - 2]?.cap) {
      let j = m.from - 2;
      while (j - 1 >= 0 && tokens[j - 1].cap && tokens[j - 1].sentence === tokens[j].sentence && m.from - j < 4) j--;
      const c = countryByName(tokens.slice(j, m.from - 1).map((t) => t.text).join(' ')) ?? countryByName(tokens[m.from - 2].text);
      if (c) return c.iso3;
    }
  }
  for (const m of d.mentions) {
    for (let k = m.from; k < m.to; k++) {
      const t = tokens[k];
      if (!t.cap) continue;
      const c = countryByDemonym(t.text) ?? countryByName(t.text);
      if (c) return c.iso3;
    }
  }
  return null;
}

/** The drafts owning a mention that overlaps token range [from, to). */
function draftAt(drafts: Draft[], from: number, to: number, types: string[]): Draft | null {
  for (const d of drafts) if (types.includes(d.type) && d.mentions.some((m) => m.from < to && m.to > from)) return d;
  return null;
}

/**
 * "Its spokeswoman, Lieutenant General X": the body "its" stands for (the last organisation or country
 * named before, in this sentence or the one before) speaks through the person.
 */
function possessorBody(drafts: Draft[], tokens: Token[], d: Draft): Draft | null {
  const first = d.mentions[0];
  let k = first.from - 1;
  // Back over ranks, the comma and the office words to the possessive pronoun.
  for (let n = 0; k >= 0 && n < 10 && tokens[k].sentence === tokens[first.from].sentence; n++, k--) {
    const key = tokens[k].key;
    if (key === 'its' || key === 'their') break;
    if (!(tokens[k].text === ',' || isTitleWord(tokens[k]) || isRankAbbreviation(tokens[k]))) return null;
  }
  if (k < 0 || !/^(its|their)$/.test(tokens[k].key)) return null;
  let best: Draft | null = null;
  let bestAt = -1;
  for (const x of drafts) {
    if (x.type !== 'ORG' && x.type !== 'GPE') continue;
    for (const m of x.mentions) {
      if (m.from < k && m.from > bestAt && tokens[m.from].sentence >= tokens[k].sentence - 1 && m.kind !== 'demonym') {
        best = x;
        bestAt = m.from;
      }
    }
  }
  return best;
}

/**
 * "Congo's army spokesman" read as the Republic of the Congo in a report whose places are all in the DR
 * Congo: a name two states share takes the reading the article's other evidence gives.
 */
function settleSharedNames(drafts: Draft[], weights: Map<string, number>): void {
  const remap = new Map<string, string>();
  for (const group of SHARED_STATES) {
    const weighed = group.filter((c) => (weights.get(c) ?? 0) > 0);
    if (weighed.length === 1) for (const c of group) if (c !== weighed[0]) remap.set(c, weighed[0]);
  }
  if (!remap.size) return;
  for (const d of drafts) {
    const to = d.country ? remap.get(d.country) : undefined;
    // Places found in the gazetteer keep their own country.
    if (to && !d.place) d.country = to;
  }
}

export function inferCountries(drafts: Draft[], tokens: Token[], doc: AnalyzedArticle, weights: Map<string, number>): void {
  settleSharedNames(drafts, weights);
  const dateline = datelineCountry(doc.article.dateline, weights);
  // Seats of power stand for their state ("the Kremlin", "the White House").
  for (const d of drafts) {
    if (d.country || (d.type !== 'ORG' && d.type !== 'FAC')) continue;
    for (const m of d.mentions) if ((d.country = countryBySeat(m.text))) break;
  }
  // Organisations first: persons may take their country from them.
  for (const d of drafts) {
    if (d.type !== 'ORG' || d.country) continue;
    const name = d.mentions.map((m) => m.text).reduce((a, b) => (b.length > a.length ? b : a));
    if (isInternationalBody(name)) continue;
    d.country = orgCountry(d, tokens);
  }
  for (const d of drafts) {
    if (d.country || d.countryExplicit) continue;
    if (d.type === 'PERSON') {
      // An office of a named body: the body's country, or none for an international body.
      const body = d.org ? draftAt(drafts, d.org.from, d.org.to, ['ORG', 'FAC', 'GPE']) : possessorBody(drafts, tokens, d);
      if (body) {
        const name = body.mentions.map((m) => m.text).reduce((a, b) => (b.length > a.length ? b : a));
        if (body.type === 'ORG' && isInternationalBody(name)) {
          d.countryExplicit = true;
          continue;
        }
        if (body.country) {
          d.country = body.country;
          d.countryBasis = 'org';
          continue;
        }
      }
      // "military spokesperson": the country the article gives that institution ("the Pakistani military").
      // A minister's office word is no such pointer ("Defence Minister X" after "Qatar's defence ministry").
      const national = d.roles.some((r) => NATIONAL_OFFICE.test(r));
      const words = national ? [] : d.roles.flatMap((r) => r.toLowerCase().split(/\s+/)).filter((w) => INSTITUTION_WORDS.has(w));
      let c: string | null = null;
      for (const w of words) if ((c = institutionCountry(tokens, w))) break;
      if (c) {
        d.country = c;
        d.countryBasis = 'org';
        continue;
      }
      // A leader speaking from the seat of power ("addressing the nation from the White House").
      if ((c = seatSpokenFrom(drafts, tokens, d))) {
        d.country = c;
        d.countryBasis = 'context';
        continue;
      }
      // An office that exists in one state only ("Secretary of State" unqualified: the United States).
      if ((c = singleStateOffice(d.roles))) {
        d.country = c;
        d.countryBasis = 'context';
        continue;
      }
      // An official's sentence may place them ("in New Delhi, Wing Commander X said"); a minister's or a
      // leader's places are as often those they visit or strike ("ordered strikes on targets in X").
      if (d.roles.length && !national) {
        const first = d.mentions[0];
        c = majority(sentenceCountries(drafts, tokens, tokens[first.from].sentence));
        if (c) {
          d.country = c;
          d.countryBasis = 'context';
          continue;
        }
      }
      // Last, the dateline: right for the officials a reporter covers at home, wrong for foreign leaders
      // named without their country; marked so that what other reports state can override it.
      if (d.roles.length && dateline) {
        d.country = dateline;
        d.countryBasis = 'dateline';
      }
    } else if (d.type === 'FAC') {
      d.country = facilityCountry(d, drafts, tokens);
    }
  }
}

/** The state of a seat of power a person's sentence has them speak from ("from the Kremlin"). */
function seatSpokenFrom(drafts: Draft[], tokens: Token[], d: Draft): string | null {
  const sentences = new Set(d.mentions.map((m) => tokens[m.from].sentence));
  for (const x of drafts) {
    if ((x.type !== 'ORG' && x.type !== 'FAC') || !x.country) continue;
    for (const m of x.mentions) {
      if (!sentences.has(tokens[m.from].sentence) || !countryBySeat(m.text)) continue;
      const before = tokens[m.from - 1]?.key === 'the' ? tokens[m.from - 2] : tokens[m.from - 1];
      if (before?.key === 'from') return x.country;
    }
  }
  return null;
}

// Offices held in one state only, named without their state.
const SINGLE_STATE_OFFICES: [RegExp, string][] = [
  [/^secretary of state$/i, 'USA'],
  [/^taoiseach$/i, 'IRL'],
];
function singleStateOffice(roles: string[]): string | null {
  for (const r of roles) for (const [re, c] of SINGLE_STATE_OFFICES) if (re.test(r.trim())) return c;
  return null;
}

/** "Nur Khan Air Base, located near ... in Rawalpindi": the place after the facility's name. */
function facilityCountry(d: Draft, drafts: Draft[], tokens: Token[]): string | null {
  const places = drafts.filter((x) => x.type === 'GPE' && x.country);
  for (const m of d.mentions) {
    for (let k = m.to; k < Math.min(tokens.length, m.to + 12); k++) {
      if (tokens[k].sentence !== tokens[m.from].sentence) break;
      if (tokens[k].key !== 'in' && tokens[k].key !== 'near') continue;
      const p = places.find((x) => x.mentions.some((pm) => pm.from === k + 1));
      if (p) return p.country;
    }
  }
  // Else facilities listed with it, or its sentence's places.
  const m = d.mentions[0];
  const siblings = drafts.filter((x) => x !== d && x.type === 'FAC' && x.country && x.mentions.some((xm) => tokens[xm.from].sentence === tokens[m.from].sentence));
  if (siblings.length) return siblings[0].country;
  return majority(sentenceCountries(drafts, tokens, tokens[m.from].sentence));
}

export function placeGeo(d: Draft): Geo | null {
  if (d.type !== 'GPE' && d.type !== 'LOC' && d.type !== 'FAC') return null;
  if (d.place) return { geonameId: d.place.geonameId, lat: d.place.lat, lon: d.place.lon, country: d.place.country };
  if (d.type === 'GPE' && d.country && d.mentions.some((m) => !m.place)) {
    const c = countryByIso3(d.country);
    if (c && d.mentions.every((m) => !m.cue)) return { geonameId: null, lat: c.lat, lon: c.lon, country: c.iso3 };
  }
  return null;
}
