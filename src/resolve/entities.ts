// Story entities: one record per real-world entity across the articles, with every alias and
// every article mentioning it. Persons merge on compatible full names ("S Jaishankar",
// "Subrahmanyam Jaishankar"; "Ishaq Dar", "Mohammad Ishaq Dar"), never on a shared name part
// alone; a surname-only person joins the one story person with that surname, if only one.
// Countries merge on their ISO code, places on their name, organisations on their name with the
// country in front kept apart. Affiliations found in one article fill the gaps of the others.
import type { AnalyzedArticle, Entity, StoryEntity } from '../model.ts';
import { countryByName } from '../extract/gazetteer/countries.ts';
import { placeKey } from '../extract/gazetteer/places.ts';
import { orgKey, personParts, samePerson } from '../extract/entities/link.ts';

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
  const persons: { e: Entity; i: number; full: string[][] }[] = [];
  all.forEach((e, i) => {
    if (e.type === 'PERSON') persons.push({ e, i, full: namesOf(e).map(personParts).filter((p) => p.length >= 2) });
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
      const key = `${p.e.country ?? ''}|${p.full.map((x) => x.join(' ')).sort().join('/')}`;
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
        if (!compatibleCountry(pa.e.country, pb.e.country)) continue;
        if (pa.full.some((x) => pb.full.some((y) => samePerson(x, y)))) uf.union(pa.i, pb.i);
      }
  }
  // Surname-only persons: join the single story person with that surname.
  // The full-name persons' groups are settled here (this loop only adds surname-only persons to them),
  // so the one group of a surname and country is found once per pair, not once per mention.
  const soleGroup = new Map<string, number | null>();
  for (const p of persons) {
    if (p.full.length) continue;
    const word = personParts(p.e.name).join(' ');
    const key = `${p.e.country ?? ''}|${word}`;
    let root = soleGroup.get(key);
    if (root === undefined) {
      const roots = new Set((bySurname.get(word) ?? []).filter((q) => compatibleCountry(p.e.country, q.e.country)).map((q) => uf.find(q.i)));
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

  // Build the records, in order of first appearance.
  const groups = new Map<number, Entity[]>();
  for (let i = 0; i < all.length; i++) {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(all[i]);
    else groups.set(r, [all[i]]);
  }
  const out: StoryEntity[] = [];
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
    const country = mostCommon(members.map((m) => m.country));
    // An affiliation found in one article fills the gap in the others.
    for (const m of members) if (!m.country && country) m.country = country;
    out.push({
      id: `s${out.length + 1}`,
      name, type, aliases, country, roles,
      articles: [...new Set(members.map((m) => m.articleId))].sort(),
      members: members.map((m) => m.id),
      geo: members.find((m) => m.geo)?.geo ?? null,
    });
  }
  return out;
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
