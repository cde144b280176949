// The pipeline: ingest -> text (clean, date, dedupe) -> extract (per article) -> resolve (story).
// Stages pass typed records; the configuration says which extractors run, in which order.
import path from 'node:path';
import type { AnalyzedArticle, Analysis, Article, Diagnostic, RawDocument, Story } from './model.ts';
import { ingest, type IngestOptions } from './ingest/index.ts';
import { cleanDocument, settleStoryDates, siteLineCounts, type CleanResult } from './text/article.ts';
import { DuplicateIndex, signature, type Signature } from './text/dedup.ts';
import { splitSentences } from './text/sentences.ts';
import { EXTRACTORS, type Extractor, type StoryContext } from './extract/index.ts';
import { resolveStory } from './resolve/index.ts';
import { recordHash, type SaveResult, type Store, type StoredSignature } from './store/store.ts';
import { PIPELINE_VERSION } from './version.ts';

export interface PipelineOptions {
  ingest?: Partial<IngestOptions>;
  extractors?: Extractor[];
  /** Called after each stage with a count, for progress display. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface CollectedInputs {
  docs: RawDocument[];
  diagnostics: Diagnostic[];
}

/** Reads every input; the total is unknown while reading (a directory, a feed), so progress passes 0. */
export async function collect(inputs: string[], opts: Partial<IngestOptions> = {}, onProgress?: PipelineOptions['onProgress']): Promise<CollectedInputs> {
  const docs: RawDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for await (const item of ingest(inputs, opts)) {
    onProgress?.('read', docs.length + diagnostics.length + 1, 0);
    if ('error' in item) diagnostics.push(item.error);
    else {
      docs.push(item.doc);
      if (item.warning) diagnostics.push({ ...item.warning, articleId: item.doc.id });
    }
  }
  return { docs, diagnostics };
}

/** Site of a document, for furniture repeated across one site's pages: URL host, else directory. */
function siteOf(doc: RawDocument): string {
  if (doc.url) {
    try {
      return new URL(doc.url).hostname;
    } catch {
      /* fall through */
    }
  }
  return doc.kind === 'jsonl' ? doc.source.replace(/:\d+$/, '') : path.dirname(doc.source);
}

export interface CleanedBatch {
  articles: Article[];
  diagnostics: Diagnostic[];
  /** MinHash signature of each article's body, by id (the store keeps them for later batches). */
  signatures: Map<string, Signature>;
}

/**
 * Clean and date a batch; identical copies are dropped, near-duplicates linked (duplicateOf) to their
 * first copy. `prior` (a store's articles, in arrival order) extends both checks to earlier runs.
 */
export function cleanBatch(docs: RawDocument[], onProgress?: PipelineOptions['onProgress'], prior: StoredSignature[] = []): CleanedBatch {
  const diagnostics: Diagnostic[] = [];
  const textDocs = docs.filter((d) => d.text != null).map((d) => ({ site: siteOf(d), text: d.text! }));
  const counts = siteLineCounts(textDocs);
  const results: CleanResult[] = [];
  docs.forEach((doc, i) => {
    let r: CleanResult;
    try {
      r = cleanDocument(doc, { siteLineCounts: counts.get(siteOf(doc)) });
    } catch (e) {
      r = { article: null, diagnostics: [{ input: doc.source, articleId: doc.id, severity: 'error', reason: `cannot be read: ${(e as Error).message}` }] };
    }
    results.push(r);
    diagnostics.push(...r.diagnostics);
    onProgress?.('clean', i + 1, docs.length);
  });
  settleStoryDates(results);

  const articles: Article[] = [];
  const byId = new Map<string, Article>();
  const byHash = new Map<string, Article>();
  const near = new DuplicateIndex();
  const storedHash = new Map<string, string>();
  for (const p of prior) {
    near.add(p.id, p.signature, p.duplicateOf);
    if (!storedHash.has(p.contentHash)) storedHash.set(p.contentHash, p.id);
  }
  const signatures = new Map<string, Signature>();
  for (const r of results) {
    const a = r.article;
    if (!a) continue;
    const sameHash = byHash.get(a.contentHash);
    if (sameHash) {
      diagnostics.push({ input: a.source, articleId: a.id, severity: 'warning', reason: `same text as ${sameHash.id} (${sameHash.source}): not counted twice` });
      continue;
    }
    const stored = storedHash.get(a.contentHash);
    if (stored && stored !== a.id) {
      diagnostics.push({ input: a.source, articleId: a.id, severity: 'warning', reason: `same text as the stored article ${stored}: not counted twice` });
      continue;
    }
    if (byId.has(a.id)) {
      const first = byId.get(a.id)!;
      const renamed = `${a.id}-${a.contentHash.slice(0, 8)}`;
      diagnostics.push({ input: a.source, articleId: renamed, severity: 'warning', reason: `id "${a.id}" is already used by ${first.source}: stored as "${renamed}"` });
      a.id = renamed;
    }
    const sig = signature(a.body);
    a.duplicateOf = near.find(sig, a.id);
    near.add(a.id, sig, a.duplicateOf);
    signatures.set(a.id, sig);
    byHash.set(a.contentHash, a);
    byId.set(a.id, a);
    articles.push(a);
  }
  return { articles, diagnostics, signatures };
}

/** What the story knows before extraction: used to anchor dates of undated reports. */
export function storyContext(articles: Article[]): StoryContext {
  const dates = articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  return { publishedDates: dates, latestPublished: dates.at(-1) ?? null };
}

/**
 * Runs the extractors on one article. An extractor that throws costs only its own layer of this article:
 * what it added is taken back, the failure is reported in `diagnostics` (when given), the others still run.
 */
export function analyzeArticle(article: Article, ctx: StoryContext, extractors: Extractor[] = EXTRACTORS, diagnostics?: Diagnostic[]): AnalyzedArticle {
  const doc: AnalyzedArticle = { article, sentences: splitSentences(article.body), timexes: [], entities: [], quotes: [], events: [] };
  // Non-English text is kept and searchable, but the English extractors would only invent records.
  if (article.language !== 'en') return doc;
  for (const x of extractors) {
    const sizes = [doc.timexes.length, doc.entities.length, doc.quotes.length, doc.events.length];
    try {
      x.run(doc, ctx);
    } catch (e) {
      [doc.timexes.length, doc.entities.length, doc.quotes.length, doc.events.length] = sizes;
      const where = (e as Error).stack?.split('\n').find((l) => /src\//.test(l))?.trim().replace(/^at /, '') ?? '';
      if (!diagnostics) throw e;
      diagnostics.push({ input: article.source, articleId: article.id, severity: 'error',
        reason: `extractor "${x.name}" failed: ${(e as Error).message}${where ? ` (${where.replace(/^.*\/src\//, 'src/').replace(/\)$/, '')})` : ''}` });
    }
  }
  // A new record with the same layers: what extractors cached against the working one (tokens, readings,
  // about 85 KB an article) is freed now, not kept alive by the story's articles until the run ends.
  return { ...doc };
}

export function analyzeArticles(articles: Article[], opts: PipelineOptions = {}): { analyzed: AnalyzedArticle[]; story: Story; diagnostics: Diagnostic[] } {
  const ctx = storyContext(articles);
  const diagnostics: Diagnostic[] = [];
  const analyzed = articles.map((a, i) => {
    const d = analyzeArticle(a, ctx, opts.extractors, diagnostics);
    opts.onProgress?.('extract', i + 1, articles.length);
    return d;
  });
  return { analyzed, story: resolveStory(analyzed), diagnostics };
}

/** Inputs -> Analysis, without a store. */
export async function analyzeInputs(inputs: string[], opts: PipelineOptions = {}): Promise<Analysis> {
  const { docs, diagnostics } = await collect(inputs, opts.ingest);
  const cleaned = cleanBatch(docs, opts.onProgress);
  const { analyzed, story, diagnostics: failed } = analyzeArticles(cleaned.articles, opts);
  return { articles: analyzed, story, diagnostics: [...diagnostics, ...cleaned.diagnostics, ...failed] };
}

export interface StoreRunOptions extends PipelineOptions {
  /** Defaults to this build's PIPELINE_VERSION. */
  pipelineVersion?: string;
  /** Documents that come with the run, besides the inputs (pasted texts). */
  docs?: RawDocument[];
  /**
   * Which articles the story is resolved over: every stored article (default), this run's articles,
   * or none (the stored story is left as it is: ingest-only runs, benchmarks).
   */
  storyScope?: 'store' | 'batch' | 'none';
}

export interface StoreRun {
  /** The articles of the story scope (every stored article, by default) and the story over them. */
  analysis: Analysis;
  /** This run's articles with their layers, in input order (new, updated and unchanged ones). */
  analyzed: AnalyzedArticle[];
  /** Ids of this run's articles, in input order. */
  batch: string[];
  diagnostics: Diagnostic[];
  saved: SaveResult;
}

/**
 * Inputs -> store. Articles already stored with the same record by this pipeline version are not analysed
 * again; the batch and the story are written in one transaction, so a run that fails or is killed leaves
 * the store as it was.
 */
export async function analyzeIntoStore(inputs: string[], store: Store, opts: StoreRunOptions = {}): Promise<StoreRun> {
  const pipelineVersion = opts.pipelineVersion ?? PIPELINE_VERSION;
  const scope = opts.storyScope ?? 'store';
  const collected = await collect(inputs, opts.ingest, opts.onProgress);
  const cleaned = cleanBatch([...collected.docs, ...(opts.docs ?? [])], opts.onProgress, await store.signatures());
  collected.docs = []; // the raw texts can go: a large batch holds only its cleaned articles from here on
  const fresh = await store.upToDate(cleaned.articles, pipelineVersion);
  // Fingerprinted before extraction: an extractor that annotates the article must not make every rerun an update.
  const recordHashes = new Map(cleaned.articles.filter((a) => !fresh.has(a.id)).map((a) => [a.id, recordHash(a)]));
  const todo = cleaned.articles.filter((a) => !fresh.has(a.id));
  const ctx = storyContext(cleaned.articles);
  const extractDiagnostics: Diagnostic[] = [];
  const analyzed = todo.map((a, i) => {
    const d = analyzeArticle(a, ctx, opts.extractors, extractDiagnostics);
    opts.onProgress?.('extract', i + 1, todo.length);
    return d;
  });
  const batchIds = cleaned.articles.map((a) => a.id);
  const byId = new Map(analyzed.map((d) => [d.article.id, d]));
  const batchOf = (all: AnalyzedArticle[]) => {
    for (const d of all) if (fresh.has(d.article.id)) byId.set(d.article.id, d);
    return batchIds.map((id) => byId.get(id)!);
  };
  // An article an extractor failed on is stored, but marked so that the next run analyses it again.
  for (const d of extractDiagnostics) if (d.articleId) recordHashes.set(d.articleId, `incomplete:${Date.now()}`);
  const saved = await store.saveAnalyzed(analyzed, {
    pipelineVersion,
    signatures: cleaned.signatures,
    recordHashes,
    ...(scope === 'store' ? { resolveStory: (all: AnalyzedArticle[]) => resolveStory(all) } : {}),
    onProgress: (done, total) => opts.onProgress?.('store', done, total),
  });
  saved.unchanged.push(...fresh);
  const batch = batchOf(saved.all ?? (await store.loadAnalyzed([...fresh])));
  let story: Story = saved.story ?? { entities: [], events: [], claims: [], discrepancies: [] };
  if (scope === 'batch') {
    story = resolveStory(batch);
    await store.saveStory(story);
  }
  const diagnostics = [...collected.diagnostics, ...cleaned.diagnostics, ...extractDiagnostics];
  return { analysis: { articles: scope === 'store' ? saved.all! : batch, story, diagnostics }, analyzed: batch, batch: batchIds, diagnostics, saved };
}
