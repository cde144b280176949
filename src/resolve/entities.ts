// Story entities: one record per real-world entity across the articles, with every alias and
// every article mentioning it. Persons merge on compatible full names ("S Jaishankar",
// "Subrahmanyam Jaishankar"; "Ishaq Dar", "Mohammad Ishaq Dar"), never on a shared name part
// alone; a surname-only person joins the one story person with that surname, if only one.
// Countries merge on their ISO code, places on their name, organisations on their name with the
// country in front kept apart. Affiliations found in one article fill the gaps of the others.
import type { AnalyzedArticle, Entity, StoryEntity } from '../model.ts';
import { countriesSharing, countryByName } from '../extract/gazetteer/countries.ts';
import { placeKey } from '../extract/gazetteer/places.ts';
import { acronymSpells, containsRun, orgKey, orgWords, personParts, samePerson } from '../extract/entities/link.ts';
import { NAME_PARTICLES, ORG_OPENERS } from '../extract/entities/vocab.ts';

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

const namesOf = (e: Entity) => [e.name, ...e.aliases];

function compatibleCountry(a: string | null, b: string | null): boolean {
  return !a || !b || a === b;
}

// How much a member's country counts in the story's vote: what a report states outweighs any guess.
const BASIS_WEIGHT = { stated: 4, org: 2, context: 1, dateline: 0.5 } as const;
const basisOf = (e: Entity) => e.countryBasis ?? 'stated';

/** A person's country across reports: the weighted vote, and whether a stated or organisational country won. */
function votePersonCountry(members: Entity[]): { country: string | null; firm: boolean } {
  const votes = new Map<string, number>();
  for (const m of members) if (m.country) votes.set(m.country, (votes.get(m.country) ?? 0) + BASIS_WEIGHT[basisOf(m)]);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return { country: null, firm: false };
  const [country, weight] = ranked[0];
  const tied = ranked.length > 1 && ranked[1][1] === weight;
  const firm = !tied && members.some((m) => m.country === country && (basisOf(m) === 'stated' || basisOf(m) === 'org'));
  return { country: tied ? mostCommon(members.map((m) => m.country)) : country, firm };
}

/** Consonants of a place name's words, vowels dropped: "Ta Muen Thom" and "Ta Moan Thom" -> t mn thm. */
function consonantKey(name: string): string | null {
  const words = placeKey(name).split(' ').filter((w) => !/^(temple|temples|crossing|site|the)$/.test(w));
  if (words.length < 2) return null;
  const key = words.map((w) => w[0] + w.slice(1).replace(/[aeiouy]/g, '')).join(' ');
  return key.replace(/ /g, '').length >= 5 ? key : null;
}

/** Keys under which two non-person entities of a type are the same. */
function keysOf(e: Entity): string[] {
  const out = new Set<string>();
  for (const n of namesOf(e)) {
    if (e.type === 'GPE') {
      const c = countryByName(n);
      out.add(c && c.iso3 === e.country ? `country:${c.iso3}` : `place:${placeKey(n)}`);
    } else if (e.type === 'ORG') {
      out.add(`org:${orgKey(n)}`);
    } else out.add(`${e.type}:${placeKey(n)}`);
  }
  return [...out];
}

function fullestPersonName(names: string[]): string {
  // A repeated spelling never beats its first occurrence: each distinct one is weighed once.
  const parts = new Map<string, number>();
  for (const n of names) if (!parts.has(n)) parts.set(n, personParts(n).length);
  return [...parts.keys()].reduce((a, b) => {
    const pa = parts.get(a)!;
    const pb = parts.get(b)!;
    return pb > pa || (pb === pa && b.length > a.length) ? b : a;
  });
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function resolveEntities(articles: AnalyzedArticle[]): StoryEntity[] {
  const all: Entity[] = articles.flatMap((a) => a.entities);
  const uf = new UnionFind(all.length);

  // Persons with full names: only those sharing a surname are compared (blocking keeps it linear).
  // `spelled`: each full name's parts joined, for comparing whole names without joining them per pair.
  const persons: { e: Entity; i: number; full: string[][]; spelled: string[] }[] = [];
  all.forEach((e, i) => {
    if (e.type !== 'PERSON') return;
    const full = namesOf(e).map(personParts).filter((p) => p.length >= 2);
    persons.push({ e, i, full, spelled: full.map((x) => x.join(' ')) });
  });
  const bySurname = new Map<string, typeof persons>();
  for (const p of persons)
    for (const surname of new Set(p.full.map((parts) => parts[parts.length - 1]))) {
      const list = bySurname.get(surname);
      if (list) list.push(p);
      else bySurname.set(surname, [p]);
    }
  for (const list of bySurname.values()) {
    // Identical spellings first: one union per distinct name keeps big stories fast.
    const firstBySpelling = new Map<string, (typeof persons)[number]>();
    const distinct: typeof persons = [];
    for (const p of list) {
      const key = `${p.e.country ?? ''}|${[...p.spelled].sort().join('/')}`;
      const same = firstBySpelling.get(key);
      if (same) uf.union(p.i, same.i);
      else {
        firstBySpelling.set(key, p);
        distinct.push(p);
      }
    }
    for (let a = 0; a < distinct.length; a++)
      for (let b = a + 1; b < distinct.length; b++) {
        const pa = distinct[a];
        const pb = distinct[b];
        // Countries keep compatible names apart, unless one is a guess or the full names are the same.
        const guessed = !!(pa.e.countryBasis || pb.e.countryBasis);
        if (!compatibleCountry(pa.e.country, pb.e.country) && !guessed && !pa.spelled.some((x) => pb.spelled.includes(x))) continue;
        if (pa.full.some((x) => pb.full.some((y) => samePerson(x, y)))) uf.union(pa.i, pb.i);
      }
  }
  // Given and middle names ("Anwar" for "Anwar Ibrahim"), for one-word persons no surname claims.
  const byOtherPart = new Map<string, typeof persons>();
  for (const p of persons)
    for (const parts of p.full)
      for (const w of new Set(parts.slice(0, -1))) {
        if (w.length < 3 || NAME_PARTICLES.has(w)) continue;
        const list = byOtherPart.get(w);
        if (list) list.push(p);
        else byOtherPart.set(w, [p]);
      }
  // Surname-only persons: join the single story person with that surname.
  // The full-name persons' groups are settled here (this loop only adds surname-only persons to them),
  // so the one group of a surname and country is found once per pair, not once per mention.
  const soleGroup = new Map<string, number | null>();
  for (const p of persons) {
    if (p.full.length) continue;
    const word = personParts(p.e.name).join(' ');
    const key = `${p.e.country ?? ''}|${p.e.countryBasis ?? ''}|${word}`;
    let root = soleGroup.get(key);
    if (root === undefined) {
      const candidates = bySurname.get(word) ?? byOtherPart.get(word) ?? [];
      const roots = new Set(candidates.filter((q) => compatibleCountry(p.e.country, q.e.country) || p.e.countryBasis || q.e.countryBasis).map((q) => uf.find(q.i)));
      root = roots.size === 1 ? [...roots][0] : null;
      soleGroup.set(key, root);
    }
    if (root !== null) uf.union(p.i, root);
  }
  // Other types by key; organisations without a country join the one country's of the same name.
  const byKey = new Map<string, number>();
  const orgCountries = new Map<string, Set<string>>();
  for (let i = 0; i < all.length; i++) {
    const e = all[i];
    if (e.type === 'PERSON') continue;
    for (const k of keysOf(e)) {
      const j = byKey.get(k);
      if (j === undefined) byKey.set(k, i);
      else uf.union(i, j);
      if (k.startsWith('org:')) {
        const rest = k.slice(k.indexOf('|') + 1);
        const set = orgCountries.get(rest) ?? new Set<string>();
        set.add(k);
        orgCountries.set(rest, set);
      }
    }
  }
  for (const [rest, keys] of orgCountries) {
    const bare = `org:|${rest}`;
    if (!keys.has(bare)) continue;
    const owners = new Set([...keys].filter((k) => k !== bare).map((k) => uf.find(byKey.get(k)!)));
    if (owners.size === 1) uf.union(byKey.get(bare)!, [...owners][0]);
  }
  joinOrganisationVariants(all, uf);
  joinPlaceSpellings(all, uf);
  placesNamedAsFacilities(all, uf);

  // Build the records, in order of first appearance.
  const groups = new Map<number, Entity[]>();
  for (let i = 0; i < all.length; i++) {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(all[i]);
    else groups.set(r, [all[i]]);
  }
  const out: StoryEntity[] = [];
  // Persons whose country is still a guess, by their index in `out`.
  const unsettled = new Map<number, Entity[]>();
  for (const members of groups.values()) {
    const type = members[0].type;
    // First spelling of each alias and role, case aside (a set of folded forms: big groups stay linear).
    const firstSpellings = (lists: string[][]) => {
      const out: string[] = [];
      const seen = new Set<string>();
      for (const list of lists)
        for (const x of list) {
          const k = x.toLowerCase();
          if (!seen.has(k)) {
            seen.add(k);
            out.push(x);
          }
        }
      return out;
    };
    const aliases = firstSpellings(members.map((m) => m.aliases));
    const names = members.map((m) => m.name);
    const name = type === 'PERSON' ? fullestPersonName(names) : names.reduce((a, b) => (b.length > a.length ? b : a));
    const roles = firstSpellings(members.map((m) => m.roles));
    let country: string | null;
    if (type === 'PERSON') {
      // Stated countries win over guesses from datelines and sentences, and correct them in every report.
      const vote = votePersonCountry(members);
      country = vote.country;
      if (!vote.firm) unsettled.set(out.length, members);
      // A dateline guess also yields to a sentence-read country of another report ("from the White House").
      const readInContext = members.some((m) => m.country === country && m.countryBasis === 'context');
      for (const m of members) {
        const yields = m.countryBasis && m.country !== country && (vote.firm || (readInContext && m.countryBasis === 'dateline'));
        if (m.country && !yields) continue;
        if (!country) continue;
        m.country = country;
        if (vote.firm) delete m.countryBasis;
        else m.countryBasis ??= 'context';
      }
    } else {
      country = mostCommon(members.map((m) => m.country));
      // An affiliation found in one article fills the gap in the others.
      for (const m of members) if (!m.country && country) m.country = country;
    }
    out.push({
      id: `s${out.length + 1}`,
      name, type, aliases, country, roles,
      articles: [...new Set(members.map((m) => m.articleId))].sort(),
      members: members.map((m) => m.id),
      geo: members.find((m) => m.geo)?.geo ?? null,
    });
  }
  countriesFromOffices(out, unsettled);
  return out;
}

/**
 * "Commander of the Islamic Revolutionary Guard Corps": a person whose country is only guessed takes
 * the country the story gives the body named in the person's office.
 */
function countriesFromOffices(out: StoryEntity[], unsettled: Map<number, Entity[]>): void {
  if (!unsettled.size) return;
  const bodies = new Map<string, StoryEntity>();
  for (const e of out) {
    if (e.type !== 'ORG' || !e.country) continue;
    // Distinctive names only: an acronym or three words or more not opening with a generic head
    // ("Ministry of Foreign Affairs" and "Foreign Ministry" exist in every state).
    for (const n of [e.name, ...e.aliases]) {
      const words = orgWords(n).words;
      if (/^\p{Lu}{2,}$/u.test(n) || (words.length >= 3 && !ORG_OPENERS.has(n.toLowerCase().split(/\s+/)[0]))) bodies.set(n.toLowerCase(), e);
    }
  }
  if (!bodies.size) return;
  for (const [i, members] of unsettled) {
    const person = out[i];
    let country: string | null = null;
    for (const role of person.roles) {
      const words = role.toLowerCase().split(/\s+/);
      for (let a = 0; a < words.length && !country; a++)
        for (let b = Math.min(words.length, a + 8); b > a && !country; b--) country = bodies.get(words.slice(a, b).join(' '))?.country ?? null;
      if (country) break;
    }
    if (!country) continue;
    person.country = country;
    for (const m of members) {
      if (m.country && !m.countryBasis) continue;
      m.country = country;
      m.countryBasis = 'org';
    }
  }
}

/**
 * Organisations named differently in different reports: an acronym and its spelled-out name ("IAEA",
 * "International Atomic Energy Agency"), an acronym for the opening words ("UN Security Council",
 * "United Nations Security Council"), a name inside exactly one longer name ("Defence Ministry",
 * "Ministry of National Defence"). Compared within blocks of the same last word or first letter.
 */
function joinOrganisationVariants(all: Entity[], uf: UnionFind): void {
  const orgs = all.map((e, i) => ({ e, i })).filter((x) => x.e.type === 'ORG');
  if (orgs.length < 2) return;
  const names = (e: Entity) => [...new Set(namesOf(e))];
  const isAcronym = (n: string) => /^\p{Lu}[\p{L}]{1,7}$/u.test(n) && (n.match(/\p{Lu}/gu) ?? []).length >= 2;
  // 1. Acronym-only organisations: the one spelled-out organisation it spells.
  const byInitial = new Map<string, typeof orgs>();
  for (const o of orgs)
    for (const n of names(o.e)) {
      if (isAcronym(n)) continue;
      const k = n.replace(/^the\s+/i, '')[0]?.toLowerCase() ?? '';
      let list = byInitial.get(k);
      if (!list) byInitial.set(k, (list = []));
      // A name's organisations are listed once (its names are read one after the other).
      if (list[list.length - 1] !== o) list.push(o);
    }
  // What an acronym spells depends on the acronym and the country alone: each pair scans its initial's
  // organisations once, then keeps one member per group found (groups only merge, so one stands for all).
  const spelled = new Map<string, number[]>();
  const spellsMemo = new Map<string, boolean>();
  const spells = (a: string, n: string) => {
    const k = `${a}\u0000${n}`;
    let yes = spellsMemo.get(k);
    if (yes === undefined) spellsMemo.set(k, (yes = !isAcronym(n) && acronymSpells(a, n)));
    return yes;
  };
  for (const o of orgs) {
    const own = names(o.e);
    const acronyms = own.filter(isAcronym);
    if (!acronyms.length || acronyms.length !== own.length) continue;
    const roots = new Set<number>();
    for (const a of acronyms) {
      const key = `${a}\u0000${o.e.country ?? ''}`;
      let members = spelled.get(key);
      if (!members) {
        members = [];
        for (const c of byInitial.get(a[0].toLowerCase()) ?? [])
          if (compatibleCountry(o.e.country, c.e.country) && names(c.e).some((n) => spells(a, n))) members.push(c.i);
      }
      const firstOfGroup = new Map<number, number>();
      for (const i of members) {
        const r = uf.find(i);
        if (!firstOfGroup.has(r)) firstOfGroup.set(r, i);
        roots.add(r);
      }
      spelled.set(key, [...firstOfGroup.values()]);
    }
    if (roots.size === 1) uf.union(o.i, [...roots][0]);
  }
  // 2. Same last word: acronym for opening words, or a run of words inside one longer name.
  const byLast = new Map<string, { o: (typeof orgs)[number]; words: string[]; country: string }[]>();
  for (const o of orgs)
    for (const n of names(o.e)) {
      const w = orgWords(n);
      if (w.words.length < 2 && !isAcronym(n) && !/\d/.test(n)) continue;
      // An alliance's slash name is filed under each of its names ("AFC/M23" under afc and m23).
      for (const last of w.slashed ? w.words : [w.words[w.words.length - 1]]) {
        const list = byLast.get(last) ?? [];
        list.push({ o, words: w.words, country: w.country });
        byLast.set(last, list);
      }
    }
  for (const list of byLast.values()) {
    if (list.length < 2 || list.length > 200) continue;
    for (const s of list) {
      const owners = new Set<number>();
      for (const l of list) {
        if (l.o === s.o || !compatibleCountry(s.o.e.country, l.o.e.country) || (s.country && l.country && s.country !== l.country)) continue;
        if (containsRun(l.words, s.words) || expandsAcronym(s.words, l.words)) owners.add(uf.find(l.o.i));
      }
      owners.delete(uf.find(s.o.i));
      if (owners.size === 1) uf.union(s.o.i, [...owners][0]);
    }
  }
}

/** "un security council" and "united nations security council": one word of `short` spells a run of `long`. */
function expandsAcronym(short: string[], long: string[]): boolean {
  if (long.length <= short.length || long.length - short.length > 5) return false;
  for (let k = 0; k < short.length; k++) {
    const span = long.length - short.length + 1;
    if (short.slice(0, k).join(' ') !== long.slice(0, k).join(' ')) break;
    if (short.slice(k + 1).join(' ') !== long.slice(k + span).join(' ')) continue;
    if (short[k].length >= 2 && short[k].length <= 6 && acronymSpells(short[k], long.slice(k, k + span).join(' '))) return true;
  }
  return false;
}

/** "Ta Muen Thom temple" and "Ta Moan Thom": one place spelled two ways (same type, same consonants). */
function joinPlaceSpellings(all: Entity[], uf: UnionFind): void {
  const byKey = new Map<string, number>();
  for (let i = 0; i < all.length; i++) {
    const e = all[i];
    if (e.type !== 'FAC' && e.type !== 'LOC' && e.type !== 'GPE') continue;
    if (e.type === 'GPE' && !e.geo?.geonameId && e.country && countryByName(e.name)) continue;
    for (const n of namesOf(e)) {
      const k = consonantKey(n);
      if (!k) continue;
      const key = `${e.type}:${k}`;
      const j = byKey.get(key);
      if (j === undefined) byKey.set(key, i);
      else if (compatibleCountry(all[j].country, e.country)) uf.union(i, j);
    }
  }
}

/**
 * "Fordow, Natanz and Isfahan nuclear sites" in one report, "struck Natanz" in another: a place that
 * the story names as a facility is that facility wherever it is named bare.
 */
function placesNamedAsFacilities(all: Entity[], uf: UnionFind): void {
  const facilities = new Map<string, number>();
  for (let i = 0; i < all.length; i++) if (all[i].type === 'FAC') facilities.set(placeKey(all[i].name), i);
  if (!facilities.size) return;
  for (let i = 0; i < all.length; i++) {
    const e = all[i];
    if (e.type !== 'GPE' || countryByName(e.name) || countriesSharing(e.name).length) continue;
    const f = facilities.get(placeKey(e.name));
    if (f === undefined || !compatibleCountry(all[f].country, e.country)) continue;
    e.type = 'FAC';
    uf.union(i, f);
  }
}

/** One line per story entity for the terminal: type, name, country, roles, aliases, articles (tab-separated). */
export function formatStoryEntities(entities: StoryEntity[], type?: string): string {
  const rows = entities
    .filter((e) => !type || e.type === type.toUpperCase())
    .sort((a, b) => b.articles.length - a.articles.length || a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
  return rows
    .map((e) => [e.type, e.name, e.country ?? '-', e.roles.join('; ') || '-', e.aliases.filter((a) => a !== e.name).join('; ') || '-', `${e.articles.length}: ${e.articles.join(' ')}`].join('\t'))
    .join('\n');
}
