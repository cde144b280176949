// Reports written for a test, run through the whole pipeline (cleaning, every extractor, the story).
import assert from 'node:assert/strict';
import type { AnalyzedArticle, RawDocument } from '../src/model.ts';
import { analyzeArticles, cleanBatch } from '../src/pipeline.ts';

/** Several reports (id -> text) analysed as one story. */
export function analyzeReports(texts: Record<string, string>, published: string) {
  const docs: RawDocument[] = Object.entries(texts).map(([id, text]) => ({ source: id, kind: 'text', id, url: null, text, meta: { published } }));
  return analyzeArticles(cleanBatch(docs).articles);
}

/** One report analysed on its own; it must survive cleaning. */
export function analyzeReport(text: string, published: string): AnalyzedArticle {
  const { articles } = cleanBatch([{ source: 'fixture', kind: 'text', id: 'fixture', url: null, text, meta: { published } }]);
  assert.equal(articles.length, 1, 'the fixture must survive cleaning');
  return analyzeArticles(articles).analyzed[0];
}
