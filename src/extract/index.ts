// The extractor configuration: which per-article extractors run, in which order.
// Each reads the annotated article and adds its layer (timexes, entities, quotes, events).
import type { AnalyzedArticle } from '../model.ts';
import { eventsExtractor } from './events/index.ts';
import { timeExtractor } from '../time/index.ts';
import { entityExtractor } from './entities/index.ts';
import { quotesExtractor } from './quotes/index.ts';

export interface StoryContext {
  /** Publication dates of the story's articles, sorted. */
  publishedDates: string[];
  latestPublished: string | null;
}

export interface Extractor {
  name: string;
  run(doc: AnalyzedArticle, ctx: StoryContext): void;
}

export const EXTRACTORS: Extractor[] = [timeExtractor, entityExtractor, quotesExtractor, eventsExtractor];
