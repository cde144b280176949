// Country of persons, organisations and facilities when no title states it, from the context:
// an institution the role names ("military spokesperson" -> "the Pakistani military" named
// earlier), the places of the sentence ("in New Delhi, Wing Commander X said"), the place a
// facility is said to be in, the dateline. And coordinates of places.
import type { AnalyzedArticle, Geo } from '../../model.ts';
import { countryByCapital, countryByDemonym, countryByIso3, countryByName } from '../gazetteer/countries.ts';
import { resolvePlace } from '../gazetteer/places.ts';
import type { Draft } from './link.ts';
import type { Token } from './tokens.ts';

// Institutions a role can name, whose country the article gives elsewhere ("the Pakistani military").
const INSTITUTION_WORDS = new Set('military army navy police government ministry foreign defence defense intelligence'.split(' '));

export type CountrySource = 'title' | 'context';

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

export function inferCountries(drafts: Draft[], tokens: Token[], doc: AnalyzedArticle, weights: Map<string, number>): void {
  const dateline = datelineCountry(doc.article.dateline, weights);
  for (const d of drafts) {
    if (d.country || d.countryExplicit) continue;
    if (d.type === 'PERSON') {
      const words = d.roles.flatMap((r) => r.toLowerCase().split(/\s+/)).filter((w) => INSTITUTION_WORDS.has(w));
      let c: string | null = null;
      for (const w of words) if ((c = institutionCountry(tokens, w))) break;
      // An official's sentence may place them ("in New Delhi, Wing Commander X said"); a visitor's would mislead.
      if (!c && d.roles.length) {
        const first = d.mentions[0];
        c = majority(sentenceCountries(drafts, tokens, tokens[first.from].sentence));
      }
      if (!c && d.roles.length) c = dateline;
      if (c) {
        d.country = c;
        (d as Draft & { countrySource?: CountrySource }).countrySource = 'context';
      }
    } else if (d.type === 'FAC') {
      d.country = facilityCountry(d, drafts, tokens);
    }
  }
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
