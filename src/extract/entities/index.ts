// The entity extractor: PERSON, ORG, GPE, LOC and FAC entities of one article, each with every
// mention in the body (names, aliases, demonyms, pronouns, descriptions) at exact offsets.
//
// Stages (each a module of this folder):
//   tokens     -> words with offsets and case features
//   chunks     -> candidate names: runs of capitalised words
//   classify   -> typed name mentions with titles, roles and affiliation (titles, vocab, gazetteers)
//   link       -> one draft per entity: surnames, acronyms, country forms, lists of places
//   references -> pronouns and descriptions linked to the entity they refer to
//   attributes -> country of persons, organisations and facilities from context; place coordinates
//
// For the quote and event layers: `entityAt(doc, start, end)` returns the entity owning a mention
// that overlaps [start, end) (a name, "she", "the military spokesperson" ...), or null.
import type { AnalyzedArticle, Entity } from '../../model.ts';
import type { Extractor } from '../index.ts';
import { buildEntities } from './build.ts';

export const entityExtractor: Extractor = {
  name: 'entities',
  run(doc: AnalyzedArticle): void {
    doc.entities = buildEntities(doc);
  },
};

/**
 * The entity that owns a mention overlapping [start, end) in the article body, or null.
 * When several mentions overlap, the one overlapping most wins (then the shorter mention).
 */
export function entityAt(doc: AnalyzedArticle, start: number, end: number): Entity | null {
  let best: Entity | null = null;
  let bestOverlap = 0;
  let bestLength = Infinity;
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      const overlap = Math.min(end, m.end) - Math.max(start, m.start);
      if (overlap <= 0 && !(start === end && m.start <= start && start < m.end)) continue;
      const o = Math.max(overlap, 0);
      const len = m.end - m.start;
      if (o > bestOverlap || (o === bestOverlap && len < bestLength)) {
        best = e;
        bestOverlap = o;
        bestLength = len;
      }
    }
  }
  return best;
}

export { buildEntities };
