// RawDocument -> Article: extract (HTML), clean (boilerplate), read metadata and date the article.
import type { Article, Diagnostic, RawDocument } from '../model.ts';
import { contentHash } from './hash.ts';
import { extractPage } from './html/extract.ts';
import { detectLanguage } from './language.ts';
import { readLayout, type Layout } from './layout.ts';
import { countWords, normalizeText, squeezeSpaces } from './normalize.ts';
import { completeWithStoryYear, guessPublished, normalizeDate, type PublishedGuess } from './published.ts';
import { lineKey } from './boilerplate.ts';

export interface CleanResult {
  article: Article | null;
  diagnostics: Diagnostic[];
  /** Kept for the batch pass that settles missing years. */
  layout?: Layout;
  published?: PublishedGuess;
}

export interface CleanOptions {
  siteLineCounts?: Map<string, number>;
  /** Year the story is in, when known; else the current year. */
  refYear?: number;
}

function outletFromBylines(bylines: string[]): string | null {
  for (const b of bylines) {
    const m = /([\p{Lu}][\p{L}\p{N}&.' -]{1,40}?)\s+(?:Desk|Bureau|News ?Desk|Web Desk|Staff)\b/u.exec(b);
    if (m) return m[1].trim();
  }
  return null;
}

function bylineAuthor(bylines: string[]): string | null {
  for (const b of bylines) {
    const m = /^by\s+(.+?)\.?$/i.exec(b);
    if (m) return m[1].trim();
  }
  return null;
}

/** Text a document carries, HTML already reduced to its main text. */
export function documentText(raw: RawDocument): { text: string; meta: RawDocument['meta']; url: string | null } {
  if (raw.html != null) {
    const page = extractPage(raw.html, raw.url);
    return {
      text: page.text,
      url: raw.url ?? page.url,
      meta: {
        title: raw.meta.title ?? page.title,
        published: raw.meta.published ?? page.published,
        outlet: raw.meta.outlet ?? page.outlet,
        byline: raw.meta.byline ?? page.byline,
        language: raw.meta.language ?? page.language,
      },
    };
  }
  return { text: raw.text ?? '', meta: raw.meta, url: raw.url };
}

export function cleanDocument(raw: RawDocument, opts: CleanOptions = {}): CleanResult {
  const diagnostics: Diagnostic[] = [];
  const { text, meta, url } = documentText(raw);
  const layout = readLayout(normalizeText(text), { knownTitle: meta.title, siteLineCounts: opts.siteLineCounts });
  const body = layout.paragraphs.join('\n\n');
  if (!body.trim()) {
    diagnostics.push({ input: raw.source, articleId: raw.id, severity: 'error', reason: 'no article text left after cleaning' });
    return { article: null, diagnostics };
  }
  if (meta.published && !normalizeDate(meta.published))
    diagnostics.push({ input: raw.source, articleId: raw.id, severity: 'warning', reason: `unreadable publication date "${meta.published}"` });
  const published = guessPublished(
    {
      suppliedPublished: meta.published,
      dateline: layout.dateline,
      furniture: [...layout.removed.map((r) => r.line), ...layout.bylines],
      body,
    },
    opts.refYear ?? new Date().getUTCFullYear(),
  );
  const language = detectLanguage(body);
  if (language !== 'en')
    diagnostics.push({ input: raw.source, articleId: raw.id, severity: 'warning', reason: `not English (detected: ${language}); cleaned and stored, not analysed` });
  const article: Article = {
    id: raw.id,
    source: raw.source,
    url,
    title: meta.title ? squeezeSpaces(meta.title) : layout.title,
    outlet: meta.outlet ?? outletFromBylines(layout.bylines) ?? layout.dateline?.agency ?? null,
    byline: meta.byline ?? bylineAuthor(layout.bylines),
    dateline: layout.dateline?.place ?? null,
    published: published.date,
    publishedSource: published.source,
    publishedNote: published.note,
    language,
    body,
    wordCount: countWords(body),
    contentHash: contentHash(body),
    duplicateOf: null,
    removed: [...layout.bylines, ...layout.removed.map((r) => r.line)],
  };
  return { article, diagnostics, layout, published };
}

/** Settles, over a batch, what one article cannot know alone: the story's year for undated datelines. */
export function settleStoryDates(results: CleanResult[]): void {
  const years = new Map<number, number>();
  for (const r of results) {
    if (r.article?.published && r.published?.source !== null) {
      const y = Number(r.article.published.slice(0, 4));
      years.set(y, (years.get(y) ?? 0) + 1);
    }
  }
  const storyYear = [...years.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
  for (const r of results) {
    if (!r.article || !r.published?.pendingMonthDay) continue;
    const done = completeWithStoryYear(r.published, storyYear);
    r.published = done;
    r.article.published = done.date;
    r.article.publishedSource = done.source;
    r.article.publishedNote = done.note;
  }
}

/** Counts short lines per site across a batch, so furniture repeated on every page is recognised. */
export function siteLineCounts(docs: { site: string; text: string }[]): Map<string, Map<string, number>> {
  const bySite = new Map<string, Map<string, number>>();
  for (const d of docs) {
    const seen = new Set<string>();
    for (const line of d.text.split('\n')) {
      const k = lineKey(line);
      if (!k || countWords(k) > 12 || seen.has(k)) continue;
      seen.add(k);
      let m = bySite.get(d.site);
      if (!m) bySite.set(d.site, (m = new Map()));
      m.set(k, (m.get(k) ?? 0) + 1);
    }
  }
  return bySite;
}
