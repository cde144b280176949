// http(s) inputs: pages and feeds. Timeouts, a size cap, a bounded number of redirects,
// a user agent, and nothing but http and https (redirects included).
//
// Page or feed? The response decides: a body that is RSS or Atom is a feed. A URL that names a feed
// (a path ending in /feed, /rss, /atom, .rss, .atom or .xml) or a response declared as RSS/Atom must
// then be one: an HTML page or unparsable XML there is an error, not a one-page article.
import type { RawDocument } from '../model.ts';
import { urlId } from '../text/hash.ts';
import { decode, InputError, maybeGunzip } from './decode.ts';
import { FeedError, parseFeed, type FeedItem } from './feed.ts';
import { mapOrdered } from './ordered.ts';
import { sniffFormat } from './sniff.ts';
import type { IngestItem, IngestOptions } from './types.ts';

export interface Fetched {
  /** The URL asked for. */
  requested: string;
  /** The URL the answer came from, after redirects. */
  url: string;
  contentType: string;
  text: string;
  warning?: string;
}

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The URL an id is made from: no fragment, no tracking parameters. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i.test(k)) u.searchParams.delete(k);
    return u.toString();
  } catch {
    return url;
  }
}

/** A path that says "feed": the user asked for a feed, and an HTML page there is an error. */
export function namesAFeed(url: string): boolean {
  try {
    return /(?:\/(?:feeds?|rss|atom)\/?|\.(?:rss|atom|xml))$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

const DECLARED_FEED = /application\/(?:rss|atom|rdf)\+xml/i;
const GENERIC_XML = /^(?:text|application)\/xml\b/i;
const NOT_TEXT = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|msword|vnd\.(?:ms-|openxmlformats|oasis))/i;

/** GET with manual redirects (each hop re-checked for http/https), a timeout and a byte cap. */
export async function fetchText(url: string, opts: IngestOptions): Promise<Fetched> {
  let current = url;
  // One deadline for the whole exchange: redirects, headers and body.
  const signal = AbortSignal.timeout(opts.timeoutMs);
  for (let hop = 0; hop <= opts.maxRedirects; hop++) {
    const parsed = new URL(current);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new InputError(`redirected to a ${parsed.protocol} URL (${current}); only http and https are fetched`);
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': opts.userAgent,
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        },
      });
    } catch (e) {
      throw networkError(e, opts);
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      try {
        current = new URL(location, current).toString();
      } catch {
        throw new InputError(`redirected to an invalid URL "${location}"`);
      }
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new InputError(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
    }
    const contentType = res.headers.get('content-type') ?? '';
    if (NOT_TEXT.test(contentType)) {
      await res.body?.cancel();
      throw new InputError(`not a page or a feed (content-type ${contentType.split(';')[0]})`);
    }
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > opts.maxBytes) {
      await res.body?.cancel();
      throw new InputError(`response of ${declared} bytes exceeds the ${opts.maxBytes}-byte limit`);
    }
    const bytes = await readCapped(res, opts);
    const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? null;
    const decoded = decode(maybeGunzip(bytes, opts.maxBytes), { charset, what: 'response' });
    return { requested: url, url: current, contentType, text: decoded.text, warning: decoded.warning };
  }
  throw new InputError(`more than ${opts.maxRedirects} redirects`);
}

function networkError(e: unknown, opts: IngestOptions): InputError {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return new InputError(`timed out after ${opts.timeoutMs} ms`);
  const code = err.cause?.code;
  const reason = code === 'ENOTFOUND' ? 'host not found' : code === 'ECONNREFUSED' ? 'connection refused' : (code ?? err.cause?.message ?? err.message);
  return new InputError(`cannot connect: ${reason}`);
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

function failure(input: string, e: unknown): IngestItem {
  return { error: { input, severity: 'error', reason: e instanceof InputError || e instanceof FeedError ? e.message : String(e) } };
}

/** A URL input: a page becomes one document, a feed one document per item. */
export async function* ingestUrl(url: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let page: Fetched;
  try {
    page = await fetchText(url, opts);
  } catch (e) {
    yield failure(url, e);
    return;
  }
  const format = sniffFormat(page.text);
  if (format === 'feed') {
    yield* feedItems(page.text, page.url, opts, url);
    return;
  }
  const got = format === 'html' ? 'an HTML page' : format === 'text' && /^\s*</.test(page.text) ? 'XML that is not RSS or Atom' : `${format === 'text' ? 'plain text' : format}`;
  if (DECLARED_FEED.test(page.contentType)) {
    yield failure(url, new InputError(`declared a feed (${page.contentType.split(';')[0]}) but is ${got}`));
    return;
  }
  if (namesAFeed(url)) {
    yield failure(url, new InputError(`expected a feed, got ${got}`));
    return;
  }
  if (GENERIC_XML.test(page.contentType) && format !== 'html') {
    yield failure(url, new InputError(`${got}: neither a page nor a feed`));
    return;
  }
  yield pageDocument(page, url, 'url');
}

function pageDocument(page: Fetched, source: string, kind: RawDocument['kind'], meta: RawDocument['meta'] = {}): IngestItem {
  const isHtml = sniffFormat(page.text) === 'html' || /html/i.test(page.contentType);
  const doc: RawDocument = {
    source, kind, id: urlId(canonicalUrl(page.requested)), url: page.url,
    ...(isHtml ? { html: page.text } : { text: page.text }),
    meta,
  };
  return { doc, ...(page.warning ? { warning: { input: source, severity: 'warning', reason: page.warning } } : {}) };
}

/** An item's link made absolute against the feed's URL; null when it is not http(s). */
function itemLink(link: string | null, feedUrl: string | null): string | null {
  if (!link) return null;
  try {
    const u = new URL(link, feedUrl ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/**
 * Feed text (from a URL or a file) -> one document per item. Items with their full text are read
 * from the feed; summary-only items fetch their linked page (several at a time), and fall back to the
 * summary, with a warning, when the page cannot be had.
 */
export async function* feedItems(xml: string, feedSource: string, opts: IngestOptions, input = feedSource): AsyncGenerator<IngestItem> {
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    yield failure(input, e);
    return;
  }
  if (!feed.items.length) {
    yield { error: { input, severity: 'warning', reason: 'feed has no items' } };
    return;
  }
  if (feed.items.length > opts.maxFeedItems)
    yield { error: { input, severity: 'warning', reason: `feed has ${feed.items.length} items: the first ${opts.maxFeedItems} were read` } };
  const feedUrl = isHttpUrl(feedSource) ? feedSource : null;
  const items = feed.items.slice(0, opts.maxFeedItems);
  yield* mapOrdered(items, opts.concurrency, (item) => feedItem(item, feed.title, feedUrl, input, opts));
}

async function feedItem(item: FeedItem, outlet: string | null, feedUrl: string | null, input: string, opts: IngestOptions): Promise<IngestItem> {
  const link = itemLink(item.link, feedUrl);
  const where = link ?? `${input}#${item.guid ?? item.title ?? '?'}`;
  const meta = { title: item.title, published: item.published, outlet, byline: item.author };
  const fromFeed = (warning?: string): IngestItem => ({
    doc: {
      source: where, kind: 'feed-item', id: urlId(link ? canonicalUrl(link) : `${input}#${item.guid ?? item.title}`), url: link,
      html: `<html><body><article>${item.html}</article></body></html>`, meta,
    },
    ...(warning ? { warning: { input: where, severity: 'warning', reason: warning } } : {}),
  });
  if (!item.summaryOnly && item.html) return fromFeed();
  if (!link) return item.html ? fromFeed('feed item has only a summary and no link: the summary was read') : failure(where, new InputError('feed item has no content and no link'));
  let page: Fetched;
  try {
    page = await fetchText(link, opts);
  } catch (e) {
    const reason = e instanceof InputError ? e.message : String(e);
    return item.html ? fromFeed(`linked page failed (${reason}): the feed's summary was read instead`) : failure(where, e);
  }
  if (sniffFormat(page.text) === 'feed') return failure(where, new InputError('feed item links to another feed, not to an article'));
  const got = pageDocument(page, where, 'feed-item', meta);
  // The feed's title and date are supplied metadata: they win over what is read from the page.
  if ('doc' in got) got.doc.meta = meta;
  return got;
}
