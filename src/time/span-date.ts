import type { AnalyzedArticle } from '../model.ts';
export function dateForSpan(doc: AnalyzedArticle, start: number, end: number): string | null {
  void doc; void start; void end;
  return null;
}
