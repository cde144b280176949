// Story level: merge what the articles report into one picture.
import type { AnalyzedArticle, Story } from '../model.ts';
import { resolveEntities } from './entities.ts';
import { resolveStoryEvents } from './events.ts';
import { resolveClaims } from './claims/index.ts';
import { resolveDiscrepancies } from './discrepancies/index.ts';
import { entityCountries, reaffiliateEventParties } from './parties.ts';

export function resolveStory(articles: AnalyzedArticle[]): Story {
  const before = entityCountries(articles);
  const entities = resolveEntities(articles);
  reaffiliateEventParties(articles, before);
  return { entities, events: resolveStoryEvents(articles), claims: resolveClaims(articles, entities), discrepancies: resolveDiscrepancies(articles, entities) };
}
