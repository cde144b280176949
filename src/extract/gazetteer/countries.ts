// Countries: names, alternative spellings, demonyms and capitals -> ISO 3166-1 alpha-3.
// Built from world-countries (mledoze/countries), plus the short forms news writing uses.
import { createRequire } from 'node:module';
import type { Countries, Country } from 'world-countries';

const countries = createRequire(import.meta.url)('world-countries') as Countries;

export interface CountryInfo {
  iso3: string;
  iso2: string;
  name: string;
  capital: string | null;
  lat: number;
  lon: number;
}

// Forms the data lacks or spells differently from newsrooms.
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'America', 'the United States', 'the US', 'the U.S.'],
  GBR: ['Britain', 'U.K.', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  ARE: ['U.A.E.'],
  RUS: ['Russian Federation'],
  CZE: ['Czech Republic'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  CIV: ["Ivory Coast", "Cote d'Ivoire"],
  MMR: ['Burma'],
  SWZ: ['Swaziland'],
  MKD: ['Macedonia'],
  PSE: ['Palestinian territories', 'Gaza', 'Gaza Strip', 'West Bank'],
  VAT: ['Holy See', 'Vatican'],
  COD: ['Congo-Kinshasa', 'DRC', 'DR Congo'],
  COG: ['Congo-Brazzaville', 'Republic of Congo', 'Congo Republic'],
  KOR: ['S. Korea'],
  PRK: ['N. Korea'],
  TWN: ['Republic of China'],
  CHN: ["People's Republic of China", 'PRC'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ['US', 'U.S.', 'Americans'],
  GBR: ['UK', 'U.K.', 'English', 'Scottish', 'Welsh', 'Briton', 'Britons'],
  SAU: ['Saudi', 'Saudis'],
  ARE: ['Emirati', 'Emiratis', 'UAE'],
  NLD: ['Dutch'],
  CHE: ['Swiss'],
  PHL: ['Filipino', 'Filipinos', 'Philippine'],
  AFG: ['Afghan', 'Afghans'],
  PSE: ['Palestinian', 'Palestinians'],
  ISR: ['Israeli', 'Israelis'],
  IRN: ['Iranian', 'Iranians', 'Persian'],
  IRQ: ['Iraqi', 'Iraqis'],
  KOR: ['South Korean', 'South Koreans'],
  PRK: ['North Korean', 'North Koreans'],
  TUR: ['Turkish', 'Turks'],
  NZL: ['New Zealander', 'Kiwi'],
  BGD: ['Bangladeshi', 'Bangladeshis'],
  LKA: ['Sri Lankan', 'Sri Lankans'],
  DEU: ['German', 'Germans'],
  FRA: ['French'],
  ESP: ['Spanish', 'Spaniard', 'Spaniards'],
  CHN: ['Chinese'],
  JPN: ['Japanese'],
  UKR: ['Ukrainian', 'Ukrainians'],
  RUS: ['Russian', 'Russians'],
  SRB: ['Serb', 'Serbs'],
  BIH: ['Bosnian', 'Bosnians'],
  HRV: ['Croat', 'Croats'],
};
// Capitals printed differently from the data's spelling.
const EXTRA_CAPITALS: Record<string, string[]> = {
  USA: ['Washington', 'Washington DC', 'Washington, D.C.'],
  IND: ['Delhi'],
  ISR: ['Jerusalem', 'Tel Aviv'],
  KOR: ['Seoul'],
  PSE: ['Ramallah'],
};

// Seats of power that news names in place of their government ("the Kremlin said"), as CAMEO's
// actor dictionaries code them.
const SEATS_OF_POWER: Record<string, string[]> = {
  USA: ['White House', 'Pentagon', 'Capitol Hill', 'Oval Office', 'State Department', 'Foggy Bottom'],
  RUS: ['Kremlin'],
  GBR: ['Downing Street', 'Number 10', 'No 10', 'Whitehall'],
  FRA: ['Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace', "Quai d'Orsay", 'Matignon'],
  DEU: ['Bundestag'],
  CHN: ['Zhongnanhai', 'Great Hall of the People'],
  JPN: ['Kantei'],
  KOR: ['Blue House'],
  IND: ['Rashtrapati Bhavan', 'South Block', 'North Block', 'Raisina Hill'],
  ISR: ['Knesset'],
  UKR: ['Verkhovna Rada', 'Bankova'],
  IRN: ['Majlis'],
};
const seatIndex = new Map<string, string>();
for (const [code, list] of Object.entries(SEATS_OF_POWER)) for (const n of list) seatIndex.set(n.toLowerCase().replace(/^the\s+/, ''), code);

const seatOpeners = new Set([...seatIndex.keys()].map((k) => k.split(' ')[0]));

/** Can a seat of power's name open with this (lower-case) word? A cheap test before the look-up. */
export function isSeatOpener(word: string): boolean {
  return seatOpeners.has(word);
}

/** The state a seat of power stands for ("the Kremlin": RUS), or null. */
export function countryBySeat(name: string): string | null {
  const key = name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '');
  // Most names asked about open with no seat's first word: answered without the full look-up.
  const space = key.indexOf(' ');
  if (!seatOpeners.has(space < 0 ? key : key.slice(0, space))) return null;
  return seatIndex.get(key) ?? null;
}

const keyCache = new Map<string, string>();

export function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = foldName(s);
    if (keyCache.size > 50000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Short names that two states share: the article's other evidence decides ("Congo" with Kinshasa or Goma).
// A Map, not an object: any word is looked up here, and an object would intern every one as a key.
const SHARED_NAMES = new Map<string, string[]>([
  ['congo', ['COD', 'COG']],
  ['korea', ['KOR', 'PRK']],
]);

interface Index {
  /** Heads of official names before "of" ("islamic republic" -> IRN, PAK, ...). */
  byOfficialHead: Map<string, CountryInfo[]>;
  byName: Map<string, CountryInfo>;
  byDemonym: Map<string, CountryInfo>;
  byCapital: Map<string, CountryInfo>;
  byIso3: Map<string, CountryInfo>;
  byIso2: Map<string, CountryInfo>;
}

let index: Index | null = null;

function info(c: Country): CountryInfo {
  return {
    iso3: c.cca3, iso2: c.cca2, name: c.name.common, capital: c.capital?.[0] ?? null,
    lat: c.latlng[0], lon: c.latlng[1],
  };
}

function build(): Index {
  const idx: Index = { byOfficialHead: new Map(), byName: new Map(), byDemonym: new Map(), byCapital: new Map(), byIso3: new Map(), byIso2: new Map() };
  const put = (m: Map<string, CountryInfo>, k: string, v: CountryInfo) => {
    const key = nameKey(k);
    // Independent states take a shared name first (the data is ordered arbitrarily).
    if (key && !m.has(key)) m.set(key, v);
  };
  const sorted = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  for (const c of sorted) {
    const i = info(c);
    idx.byIso3.set(c.cca3, i);
    idx.byIso2.set(c.cca2, i);
    put(idx.byName, c.name.common, i);
    put(idx.byName, c.name.official, i);
    // Two-letter codes ("IN", "US") are words or ambiguous in running text.
    for (const alt of c.altSpellings ?? []) if (!/^[A-Z]{2}$/.test(alt)) put(idx.byName, alt, i);
    for (const cap of c.capital ?? []) put(idx.byCapital, cap, i);
    // "Islamic Republic of Iran" -> "islamic republic"; one-word heads ("Kingdom") say too little.
    const of = /^(.+?) of (the )?/.exec(c.name.official);
    if (of && of[1].includes(' ') && c.independent) {
      const key = nameKey(of[1]);
      const list = idx.byOfficialHead.get(key) ?? [];
      list.push(i);
      idx.byOfficialHead.set(key, list);
    }
    const d = c.demonyms?.eng;
    // Some territories have an empty demonym: an empty key would make "s" a demonym.
    if (d?.m) {
      put(idx.byDemonym, d.m, i);
      if (d.f) put(idx.byDemonym, d.f, i);
      put(idx.byDemonym, d.m + 's', i);
    }
  }
  for (const [code, list] of Object.entries(EXTRA_NAMES)) for (const n of list) idx.byName.set(nameKey(n), idx.byIso3.get(code)!);
  for (const [code, list] of Object.entries(EXTRA_DEMONYMS)) for (const n of list) if (idx.byIso3.has(code)) idx.byDemonym.set(nameKey(n), idx.byIso3.get(code)!);
  for (const [code, list] of Object.entries(EXTRA_CAPITALS)) for (const n of list) idx.byCapital.set(nameKey(n), idx.byIso3.get(code)!);
  // Three-letter codes used as names in text ("USA", "UAE").
  idx.byName.set('usa', idx.byIso3.get('USA')!);
  idx.byName.set('us', idx.byIso3.get('USA')!);
  idx.byName.set('uk', idx.byIso3.get('GBR')!);
  idx.byName.set('uae', idx.byIso3.get('ARE')!);
  return idx;
}

function get(): Index {
  return (index ??= build());
}

// The country a single word names for an article's geography (see countryWeights), per spelling.
const wordCountryCache = new Map<string, CountryInfo | null>();

/**
 * The country one word counts for in an article's geography: its name, demonym or capital; none for a
 * name two states share ("Congo").
 */
export function countryOfWord(word: string): CountryInfo | null {
  let c = wordCountryCache.get(word);
  if (c === undefined) {
    c = countriesSharing(word).length ? null : countryByName(word) ?? countryByDemonym(word) ?? countryByCapital(word);
    if (wordCountryCache.size >= 100_000) wordCountryCache.clear();
    wordCountryCache.set(word, c);
  }
  return c;
}

let nameOpeners: Set<string> | null = null;

/**
 * Can a name of two words or more open with this word ("United" of "United States")? For callers that
 * try word pairs: most pairs need no joined string and no look-up. True for "the" (dropped from keys).
 */
export function mayOpenLongerName(word: string): boolean {
  if (!nameOpeners) {
    nameOpeners = new Set();
    for (const k of get().byName.keys()) if (k.includes(' ')) nameOpeners.add(k.slice(0, k.indexOf(' ')));
  }
  const k = nameKey(word);
  return k === '' || k === 'the' || nameOpeners.has(k);
}

export function countryByName(name: string): CountryInfo | null {
  return get().byName.get(nameKey(name)) ?? null;
}

/** The states a shared short name may mean ("Congo": COD, COG), or [] when the name is not shared. */
export function countriesSharing(name: string): CountryInfo[] {
  const codes = SHARED_NAMES.get(nameKey(name));
  return codes ? codes.map((c) => get().byIso3.get(c)!).filter(Boolean) : [];
}

/** States whose official name opens with these words before "of" ("Islamic Republic": Iran, Pakistan ...). */
export function countriesByOfficialHead(words: string): CountryInfo[] {
  return get().byOfficialHead.get(nameKey(words)) ?? [];
}

export function countryByDemonym(word: string): CountryInfo | null {
  return get().byDemonym.get(nameKey(word)) ?? null;
}

export function countryByCapital(name: string): CountryInfo | null {
  return get().byCapital.get(nameKey(name)) ?? null;
}

export function countryByIso3(code: string): CountryInfo | null {
  return get().byIso3.get(code.toUpperCase()) ?? null;
}

export function countryByIso2(code: string): CountryInfo | null {
  return get().byIso2.get(code.toUpperCase()) ?? null;
}

/** All surface forms known for countries, with their kind: for building recognisers. */
export function countryForms(): { form: string; kind: 'name' | 'demonym' | 'capital'; country: CountryInfo }[] {
  const idx = get();
  const out: { form: string; kind: 'name' | 'demonym' | 'capital'; country: CountryInfo }[] = [];
  for (const [form, country] of idx.byName) out.push({ form, kind: 'name', country });
  for (const [form, country] of idx.byDemonym) out.push({ form, kind: 'demonym', country });
  for (const [form, country] of idx.byCapital) out.push({ form, kind: 'capital', country });
  return out;
}
