// The government in office: articles of one story naming different administrations of one country
// for the same days ("the Biden administration" in one report, "the Trump administration" in others).
// A head of government named as such ("President Donald Trump") counts for his administration.
import type { Discrepancy, Entity } from '../../model.ts';
import { countryByIso3 } from '../../extract/gazetteer/countries.ts';
import { countryOfName } from '../claims/parties.ts';
import { sentenceIndexAt } from '../claims/text.ts';
import { addValue, dayNumber, disjoint, type StoryView, type Value } from './shared.ts';

const ADMINISTRATION = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]+)\s+(administration|government|cabinet)$/iu;
const HEAD_ROLE = /^(?:president|prime minister|chancellor|premier)$/i;
const PAST = /\b(?:former|previous|preceding|then|predecessor|ex|under the|during the|era|outgoing|last)\s*-?\s*$/i;

function majority(list: (string | null)[]): string | null {
  const n = new Map<string, number>();
  for (const x of list) if (x) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function administrationDiscrepancies(view: StoryView): Discrepancy[] {
  // Surname -> country of the story's persons, for "the Trump administration".
  const personCountry = new Map<string, string>();
  const heads = new Map<string, { doc: (typeof view.articles)[number]; e: Entity }[]>();
  for (const doc of view.articles) for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    const surname = e.name.split(/\s+/).pop()!.toLowerCase();
    if (e.country && !personCountry.has(surname)) personCountry.set(surname, e.country);
    if (e.roles.some((r) => HEAD_ROLE.test(r))) (heads.get(surname) ?? heads.set(surname, []).get(surname)!).push({ doc, e });
  }

  const byCountry = new Map<string, Value[]>();
  for (const doc of view.articles) {
    const body = doc.article.body;
    const published = dayNumber(doc.article.published);
    for (const e of doc.entities) {
      if (e.type !== 'ORG') continue;
      const m = ADMINISTRATION.exec(e.name);
      if (!m || countryOfName(m[1])) continue; // "the Ethiopian government" names a country, not a head
      const head = m[1];
      for (const mention of e.mentions) {
        if (mention.kind !== 'name') continue;
        if (PAST.test(body.slice(Math.max(0, mention.start - 25), mention.start))) continue;
        // A dated flashback ("the Biden administration's 2021 withdrawal") is not the government of the day.
        const si = sentenceIndexAt(doc, mention.start);
        const dated = doc.timexes.find((t) => t.start >= doc.sentences[si].start && t.end <= doc.sentences[si].end && /^\d{4}/.test(t.value));
        if (dated && published !== null && /^\d{4}$/.test(dated.value) && Math.abs(Number(dated.value) - new Date(published * 86400000).getUTCFullYear()) >= 1) continue;
        // Whose government: the entity's country, a person of the story with that surname, else the
        // officials named around it.
        let country = e.country ?? personCountry.get(head.toLowerCase()) ?? null;
        if (!country) {
          const near: (string | null)[] = [];
          for (let k = Math.max(0, si - 1); k <= Math.min(doc.sentences.length - 1, si + 1); k++) {
            const s = doc.sentences[k];
            // Officials in the same sentence count twice as much as those around it.
            for (const p of doc.entities) if (p.type === 'PERSON' && p.country && p.mentions.some((x) => x.start >= s.start && x.end <= s.end)) {
              near.push(p.country);
              if (k === si) near.push(p.country);
            }
          }
          country = majority(near);
        }
        if (!country) continue;
        const values = byCountry.get(country) ?? byCountry.set(country, []).get(country)!;
        addValue(values, `${head} ${m[2].toLowerCase()}`, doc, mention.start);
      }
    }
  }

  const out: Discrepancy[] = [];
  for (const [country, values] of byCountry) {
    if (values.length < 2) continue;
    // Reports naming the head of government as such count for his or her administration.
    for (const v of values) {
      const surname = v.value.split(/\s+/)[0].toLowerCase();
      const own = [v]; // one list for all of v's additions: its look-up index is built once
      for (const { doc, e } of heads.get(surname) ?? []) {
        if (e.country && e.country !== country) continue;
        const first = e.mentions.find((x) => x.kind === 'name');
        if (first && !PAST.test(doc.article.body.slice(Math.max(0, first.start - 25), first.start))) addValue(own, v.value, doc, first.start);
      }
    }
    const kept = disjoint(values);
    if (kept.length < 2) continue;
    const name = countryByIso3(country)?.name ?? country;
    out.push({ id: '', about: `${name}: government in office (${kept.map((v) => v.value).join(' vs ')})`, values: kept });
  }
  return out;
}
