// Story level: merge what the articles report into one picture.
import type { AnalyzedArticle, Story } from '../model.ts';

export function resolveStory(_articles: AnalyzedArticle[]): Story {
  return { entities: [], events: [], claims: [], discrepancies: [] };
}
