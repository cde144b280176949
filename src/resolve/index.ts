// Story level: merge what the articles report into one picture.
import type { AnalyzedArticle, Story } from '../model.ts';
import { resolveEntities } from './entities.ts';
import { resolveStoryEvents } from './events.ts';

export function resolveStory(articles: AnalyzedArticle[]): Story {
  return { entities: resolveEntities(articles), events: resolveStoryEvents(articles), claims: [], discrepancies: [] };
}
