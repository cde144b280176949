// The temporal layer: TIMEX3 recognition and normalisation, anchored on the publication date.
import type { AnalyzedArticle } from '../model.ts';
import type { Extractor, StoryContext } from '../extract/index.ts';
import { extractTimexes } from './extract.ts';

export { extractTimexes } from './extract.ts';
export { dateForSpan, spanDate, type DateBasis, type SpanDate } from './span-date.ts';
export { recognise } from './recognise.ts';

export const timeExtractor: Extractor = {
  name: 'time',
  run(doc: AnalyzedArticle, ctx: StoryContext): void {
    doc.timexes = extractTimexes({ body: doc.article.body, sentences: doc.sentences, published: doc.article.published }, ctx);
  },
};
