// The storage interface the pipeline, CLI and server use. SQLite is the embedded default;
// another backend (PostgreSQL for multi-user deployments) implements the same interface.
// Methods may answer synchronously (SQLite) or with a promise (a networked database): callers await.
import type { AnalyzedArticle, Article, Story } from '../model.ts';
import { sha256 } from '../text/hash.ts';
import type { Signature } from '../text/dedup.ts';

export type Awaitable<T> = T | Promise<T>;

export interface SaveOptions {
  /** Stored with each article: articles analysed by another version are analysed again. */
  pipelineVersion: string;
  /** MinHash signatures of the bodies by article id; computed from the body when missing. */
  signatures?: Map<string, Signature>;
  /**
   * Fingerprints (recordHash) of the articles as cleaned, before extraction, by id: what upToDate compares
   * a rerun's freshly cleaned articles with. Computed from the saved article when missing.
   */
  recordHashes?: Map<string, string>;
  /** Builds the story from every stored article; it is saved in the same transaction as the articles. */
  resolveStory?: (all: AnalyzedArticle[]) => Story;
  onProgress?: (done: number, total: number) => void;
}

export interface SaveResult {
  inserted: string[];
  updated: string[];
  unchanged: string[];
  /** With resolveStory: every stored article (this batch included) and the story built from them. */
  all?: AnalyzedArticle[];
  story?: Story;
}

export interface StoredSignature {
  id: string;
  contentHash: string;
  duplicateOf: string | null;
  signature: Signature;
}

export interface SearchHit {
  articleId: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  /** Set when the hit is a near-duplicate copy of another stored article. */
  duplicateOf: string | null;
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
  /** Where the store lives (a file path, a connection string without its password). */
  readonly location: string;
  /**
   * Saves articles with all their layers, and the story when resolveStory is given, in one transaction:
   * all of it or, if anything fails or the process dies, none of it. An article whose stored record and
   * pipeline version are the same is left as it is.
   */
  saveAnalyzed(docs: AnalyzedArticle[], opts: SaveOptions): Awaitable<SaveResult>;
  /** Ids, among these articles, stored with the same record by this pipeline version: no new analysis needed. */
  upToDate(articles: Article[], pipelineVersion: string): Awaitable<Set<string>>;
  /** Every stored article's id, content hash and signature in arrival order: a new batch is deduplicated against them. */
  signatures(): Awaitable<StoredSignature[]>;
  listArticles(filter?: ArticleFilter): Awaitable<Article[]>;
  countArticles(): Awaitable<number>;
  /** Articles with every layer, in arrival order; all of them without ids. */
  loadAnalyzed(ids?: string[]): Awaitable<AnalyzedArticle[]>;
  saveStory(story: Story): Awaitable<void>;
  loadStory(): Awaitable<Story>;
  /** Full-text search over titles and bodies. */
  search(query: string, limit?: number): Awaitable<SearchHit[]>;
  close(): Awaitable<void>;
}

/** Fingerprint of every field of an article: equal fingerprints, nothing to update. */
export function recordHash(a: Article): string {
  return sha256(JSON.stringify(a, Object.keys(a).sort()));
}

export class StoreError extends Error {}
