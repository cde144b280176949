// Main text and metadata of an HTML page: Readability on linkedom for the body,
// meta tags and JSON-LD for title, byline, site name and publication time.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readMetadata, type PageMetadata } from './metadata.ts';

export interface ExtractedPage extends PageMetadata {
  /** Body text, one paragraph per line. */
  text: string;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, figcaption';

export function extractPage(html: string, url: string | null = null): ExtractedPage {
  const { document } = parseHTML(html);
  const meta = readMetadata(document);
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    // Readability mutates the document: metadata is read first.
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let text = '';
  if (article?.content) {
    const { document: frag } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(frag.body as unknown as Element);
  }
  if (!text.trim()) {
    const { document: again } = parseHTML(html);
    for (const el of again.querySelectorAll('script, style, noscript, nav, header, footer, aside, form')) el.remove();
    text = blockText(again.body as unknown as Element);
  }
  return {
    ...meta,
    title: meta.title ?? article?.title ?? null,
    byline: meta.byline ?? article?.byline ?? null,
    outlet: meta.outlet ?? article?.siteName ?? (url ? hostOutlet(url) : null),
    published: meta.published ?? article?.publishedTime ?? null,
    language: meta.language ?? article?.lang ?? null,
    text,
  };
}

/** Text of block elements, one per line; inline text between blocks is kept as its own line. */
export function blockText(root: Element | null): string {
  if (!root) return '';
  const lines: string[] = [];
  const blocks = root.querySelectorAll(BLOCKS);
  if (!blocks.length) return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
  for (const el of blocks) {
    // Nested blocks (li > p) are read at the innermost level.
    if (el.querySelector(BLOCKS)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
  }
  return lines.join('\n');
}

function hostOutlet(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
