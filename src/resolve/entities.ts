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
  return names.reduce((a, b) => {
    const pa = personParts(a).length;
    const pb = personParts(b).length;
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

  // Persons with full names.
  const persons = all.map((e, i) => ({ e, i })).filter((x) => x.e.type === 'PERSON');
  const fullNames = (e: Entity) => namesOf(e).map(personParts).filter((p) => p.length >= 2);
  for (let a = 0; a < persons.length; a++) {
    const fa = fullNames(persons[a].e);
    if (!fa.length) continue;
    for (let b = a + 1; b < persons.length; b++) {
      if (!compatibleCountry(persons[a].e.country, persons[b].e.country)) continue;
      const fb = fullNames(persons[b].e);
      if (fa.some((x) => fb.some((y) => samePerson(x, y)))) uf.union(persons[a].i, persons[b].i);
    }
  }
  // Surname-only persons: join the single story person with that surname.
  for (const p of persons) {
    if (fullNames(p.e).length) continue;
    const word = personParts(p.e.name).join(' ');
    const roots = new Set(
      persons
        .filter((q) => q !== p && fullNames(q.e).some((parts) => parts[parts.length - 1] === word) && compatibleCountry(p.e.country, q.e.country))
        .map((q) => uf.find(q.i)),
    );
    if (roots.size === 1) uf.union(p.i, [...roots][0]);
  }
  // Other types by key; organisations without a country join the one country's of the same name.
  const byKey = new Map<string, number>();
  for (let i = 0; i < all.length; i++) {
    const e = all[i];
    if (e.type === 'PERSON') continue;
    for (const k of keysOf(e)) {
      const j = byKey.get(k);
      if (j === undefined) byKey.set(k, i);
      else uf.union(i, j);
    }
  }
  for (const [k, i] of byKey) {
    if (!k.startsWith('org:|')) continue;
    const rest = k.slice(5);
    const owners = new Set([...byKey].filter(([k2]) => k2 !== k && k2.startsWith('org:') && k2.endsWith(`|${rest}`)).map(([, j]) => uf.find(j)));
    if (owners.size === 1) uf.union(i, [...owners][0]);
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
    const aliases: string[] = [];
    for (const m of members) for (const a of m.aliases) if (!aliases.some((x) => x.toLowerCase() === a.toLowerCase())) aliases.push(a);
    const names = members.map((m) => m.name);
    const name = type === 'PERSON' ? fullestPersonName(names) : names.reduce((a, b) => (b.length > a.length ? b : a));
    const roles: string[] = [];
    for (const m of members) for (const r of m.roles) if (!roles.some((x) => x.toLowerCase() === r.toLowerCase())) roles.push(r);
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
