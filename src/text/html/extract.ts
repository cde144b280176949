// Main text and metadata of an HTML page. Body: Readability on linkedom picks the article's
// container; furniture inside it (captions, share bars, related rails, sign-up boxes) is pruned
// by tag and class names, then its blocks are cleaned by shape and position. When Readability
// finds nothing, the page's own blocks go through the same cleaning. Metadata: meta tags and
// JSON-LD (metadata.ts), read before Readability, which mutates the document.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { collectBlocks, type TextBlock } from './blocks.ts';
import { liftEmbeddedPosts } from './embeds.ts';
import { markNamedFurniture, pruneFurniture } from './furniture.ts';
import { readMetadata, type PageMetadata } from './metadata.ts';
import { cleanBlocks, type DroppedBlock } from './postclean.ts';

export interface ExtractedPage extends PageMetadata {
  /** Body text, one paragraph per line. */
  text: string;
}

export interface BodyExtraction {
  /** Body text, one paragraph per line. */
  text: string;
  /** Which path produced the text. */
  method: 'readability' | 'fallback' | 'none';
  dropped: DroppedBlock[];
  /** Readability's view of the page (title, byline...), when it ran. */
  readability: ReadabilityInfo | null;
}

interface ReadabilityInfo {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/** Below this many words the Readability result is taken as a miss and the fallback tries too. */
const MIN_WORDS = 25;

const joinBlocks = (blocks: TextBlock[]) => blocks.map((b) => b.text).join('\n');
const words = (blocks: TextBlock[]) => blocks.reduce((n, b) => n + b.words, 0);

function runReadability(document: Document): { root: Element | null; info: ReadabilityInfo | null } {
  try {
    const article = new Readability<Element>(document, {
      charThreshold: 200,
      keepClasses: true,
      serializer: (node) => node as Element,
    }).parse();
    if (!article) return { root: null, info: null };
    const info: ReadabilityInfo = {
      title: article.title || null,
      byline: article.byline || null,
      siteName: article.siteName || null,
      publishedTime: article.publishedTime || null,
      lang: article.lang || null,
    };
    return { root: article.content ?? null, info };
  } catch {
    return { root: null, info: null };
  }
}

/**
 * Parses a page into a document with a body. linkedom builds no body for fragments or for
 * pages without a <body> tag (their text would be lost), so those are wrapped first.
 */
export function parsePage(html: string): Document {
  let source = html;
  if (!/<body[\s>]/i.test(html)) {
    const head = /<head[^>]*>([\s\S]*?)<\/head\s*>/i.exec(html);
    const htmlAttrs = /<html([^>]*)>/i.exec(html)?.[1] ?? '';
    const rest = html.replace(/<!doctype[^>]*>|<\/?html[^>]*>|<head[^>]*>[\s\S]*?<\/head\s*>/gi, '');
    source = `<!doctype html><html${htmlAttrs}><head>${head?.[1] ?? ''}</head><body>${rest}</body></html>`;
  }
  return parseHTML(source).document as unknown as Document;
}

/** The page's own blocks, furniture pruned: for pages where Readability finds no article. */
function fallbackBlocks(html: string): TextBlock[] {
  const document = parsePage(html);
  const body = (document.body ?? document.documentElement) as unknown as Element | null;
  if (!body) return [];
  pruneFurniture(body);
  return collectBlocks(body);
}

/** Main text of a page. The document is consumed (Readability mutates it). */
export function extractBody(document: Document, html: string): BodyExtraction {
  liftEmbeddedPosts(document);
  if (document.body) markNamedFurniture(document.body);
  const { root, info } = runReadability(document);
  let best: { kept: TextBlock[]; dropped: DroppedBlock[] } | null = null;
  let method: BodyExtraction['method'] = 'none';
  if (root) {
    pruneFurniture(root);
    best = cleanBlocks(collectBlocks(root));
    method = 'readability';
  }
  if (!best || words(best.kept) < MIN_WORDS) {
    const other = cleanBlocks(fallbackBlocks(html));
    if (!best || words(other.kept) > words(best.kept)) {
      best = other;
      method = other.kept.length ? 'fallback' : 'none';
    }
  }
  return { text: joinBlocks(best.kept), method, dropped: best.dropped, readability: info };
}

export function extractPage(html: string, url: string | null = null): ExtractedPage {
  const document = parsePage(html);
  const meta = readMetadata(document, url);
  const body = extractBody(document, html);
  const r = body.readability;
  return {
    ...meta,
    title: meta.title ?? r?.title ?? null,
    byline: meta.byline ?? r?.byline ?? null,
    outlet: meta.outlet ?? r?.siteName ?? (url ? hostOutlet(url) : null),
    published: meta.published ?? r?.publishedTime ?? null,
    language: meta.language ?? (r?.lang ? r.lang.slice(0, 2).toLowerCase() : null),
    text: body.text,
  };
}

function hostOutlet(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
