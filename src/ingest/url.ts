// http(s) inputs: pages and feeds. Timeouts, a size cap, a bounded number of redirects,
// a user agent, and nothing but http and https.
import type { RawDocument } from '../model.ts';
import { urlId } from '../text/hash.ts';
import { decode, InputError, maybeGunzip } from './decode.ts';
import { FeedError, parseFeed } from './feed.ts';
import { sniffFormat } from './sniff.ts';
import type { IngestItem, IngestOptions } from './types.ts';

export interface Fetched {
  url: string;
  contentType: string;
  text: string;
  warning?: string;
}

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** GET with manual redirects (each hop re-checked for http/https), a timeout and a byte cap. */
export async function fetchText(url: string, opts: IngestOptions): Promise<Fetched> {
  let current = url;
  for (let hop = 0; hop <= opts.maxRedirects; hop++) {
    const parsed = new URL(current);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InputError(`redirected to a ${parsed.protocol} URL; only http and https are fetched`);
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
        headers: { 'user-agent': opts.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5' },
      });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new InputError(`timed out after ${opts.timeoutMs} ms`);
      throw new InputError(`cannot connect: ${err.cause?.code ?? err.cause?.message ?? err.message}`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel();
      current = new URL(res.headers.get('location')!, current).toString();
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new InputError(`HTTP ${res.status} ${res.statusText}`.trim());
    }
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > opts.maxBytes) {
      await res.body?.cancel();
      throw new InputError(`response of ${declared} bytes exceeds the ${opts.maxBytes}-byte limit`);
    }
    const bytes = await readCapped(res, opts);
    const contentType = res.headers.get('content-type') ?? '';
    const charset = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? null;
    const decoded = decode(maybeGunzip(bytes, opts.maxBytes), { charset });
    return { url: current, contentType, text: decoded.text, warning: decoded.warning };
  }
  throw new InputError(`more than ${opts.maxRedirects} redirects`);
}

async function readCapped(res: Response, opts: IngestOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > opts.maxBytes) {
        await reader.cancel();
        throw new InputError(`response exceeds the ${opts.maxBytes}-byte limit`);
      }
      chunks.push(Buffer.from(value));
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const err = e as Error;
    if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new InputError(`timed out after ${opts.timeoutMs} ms`);
    throw new InputError(`connection failed while reading: ${err.message}`);
  }
  return Buffer.concat(chunks);
}

function isFeedType(contentType: string): boolean {
  return /(?:rss|atom)\+xml|\/xml/i.test(contentType);
}

/** A URL input: a page becomes one document, a feed one document per item. */
export async function* ingestUrl(url: string, opts: IngestOptions, expectFeed = false): AsyncGenerator<IngestItem> {
  let page: Fetched;
  try {
    page = await fetchText(url, opts);
  } catch (e) {
    yield { error: { input: url, severity: 'error', reason: e instanceof InputError ? e.message : String(e) } };
    return;
  }
  const warning = page.warning ? { input: url, severity: 'warning' as const, reason: page.warning } : undefined;
  const format = sniffFormat(page.text);
  if (format === 'feed' || (isFeedType(page.contentType) && format !== 'html')) {
    yield* feedItems(page.text, page.url, opts);
    return;
  }
  if (expectFeed) {
    yield { error: { input: url, severity: 'error', reason: `expected a feed, got ${format === 'html' ? 'an HTML page' : format}` } };
    return;
  }
  const isHtml = format === 'html' || /html/i.test(page.contentType);
  const doc: RawDocument = {
    source: url, kind: 'url', id: urlId(page.url), url: page.url,
    ...(isHtml ? { html: page.text } : { text: page.text }),
    meta: {},
  };
  yield { doc, warning };
}

/** Feed text (from a URL or a file) -> one document per item; summary-only items fetch their page. */
export async function* feedItems(xml: string, feedSource: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    yield { error: { input: feedSource, severity: 'error', reason: e instanceof FeedError ? e.message : String(e) } };
    return;
  }
  if (!feed.items.length) {
    yield { error: { input: feedSource, severity: 'warning', reason: 'feed has no items' } };
    return;
  }
  for (const item of feed.items) {
    const link = item.link && isHttpUrl(item.link) ? new URL(item.link, isHttpUrl(feedSource) ? feedSource : undefined).toString() : null;
    const where = link ?? `${feedSource}#${item.guid ?? item.title ?? '?'}`;
    const meta = { title: item.title, published: item.published, outlet: feed.title, byline: item.author };
    if (item.summaryOnly && link) {
      for await (const got of ingestUrl(link, opts)) {
        if ('doc' in got) yield { ...got, doc: { ...got.doc, kind: 'feed-item', meta: { ...meta, ...pick(got.doc.meta) } } };
        else yield got;
      }
      continue;
    }
    if (!item.html) {
      yield { error: { input: where, severity: 'error', reason: 'feed item has no content and no link' } };
      continue;
    }
    yield {
      doc: { source: where, kind: 'feed-item', id: urlId(link ?? item.guid ?? `${feedSource}:${item.title}`), url: link, html: `<html><body><article>${item.html}</article></body></html>`, meta },
    };
  }
}

/** Metadata the fetched page states itself wins over the feed's, when present. */
function pick(meta: RawDocument['meta']): RawDocument['meta'] {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v != null));
}
