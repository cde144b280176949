// The storage interface the pipeline, CLI and server use. SQLite is the embedded default;
// another backend (PostgreSQL for multi-user deployments) implements the same interface.
import type { AnalyzedArticle, Article, Story } from '../model.ts';

export interface SaveResult {
  inserted: string[];
  updated: string[];
  unchanged: string[];
}

export interface SearchHit {
  articleId: string;
  title: string | null;
  snippet: string;
  rank: number;
}

export interface ArticleFilter {
  ids?: string[];
  from?: string;
  to?: string;
  outlet?: string;
  limit?: number;
  offset?: number;
}

export interface Store {
  /** Saves articles with all their layers in one transaction; an article whose content hash is unchanged is left as it is. */
  saveAnalyzed(docs: AnalyzedArticle[], pipelineVersion: string): SaveResult;
  /** Articles already stored with this content hash and pipeline version need no new analysis. */
  upToDate(id: string, contentHash: string, pipelineVersion: string): boolean;
  listArticles(filter?: ArticleFilter): Article[];
  countArticles(): number;
  loadAnalyzed(ids?: string[]): AnalyzedArticle[];
  saveStory(story: Story): void;
  loadStory(): Story;
  search(query: string, limit?: number): SearchHit[];
  close(): void;
}
