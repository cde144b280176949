// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes a document, or a link to fetch.
import { XMLParser } from 'fast-xml-parser';

export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  author: string | null;
  /** Content as HTML (content:encoded, atom content, else the summary), or null. */
  html: string | null;
  /** True when html is only a summary (or nothing): the linked page holds the article. */
  summaryOnly: boolean;
  guid: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** A description this long is the article itself, not a teaser: feeds that put the full text there exist. */
const FULL_TEXT_WORDS = 150;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  removeNSPrefix: false,
  processEntities: true,
  htmlEntities: true,
  // Content elements are kept raw: Atom xhtml content is markup, RSS HTML is escaped or in CDATA.
  stopNodes: ['*.content', '*.content:encoded', '*.description', '*.summary'],
  // One entry still parses as a list.
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Record<string, unknown>)['#text']);
  return null;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// The named entities titles carry once their markup is dropped.
const TITLE_ENTITIES: Record<string, string> = {
  ...XML_ENTITIES, nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…',
};

function unescapeXml(s: string, names = XML_ENTITIES): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (m, hex, dec, name) => {
    if (name) return names[name.toLowerCase()] ?? m;
    const cp = hex ? parseInt(hex, 16) : Number(dec);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** Raw content of a stop node as HTML: CDATA opened, escaped markup unescaped, xhtml kept, plain text escaped. */
export function contentHtml(v: unknown): string | null {
  const raw = text(v);
  if (!raw) return null;
  const type = v && typeof v === 'object' && !Array.isArray(v) ? String((v as Record<string, unknown>)['@type'] ?? '') : '';
  if (type === 'xhtml') return raw;
  let out = '';
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  for (let m; (m = re.exec(raw)); last = re.lastIndex) out += unescapeXml(raw.slice(last, m.index)) + m[1];
  out += unescapeXml(raw.slice(last));
  if (type === 'text') out = out.replace(/&/g, '&amp;').replace(/</g, '&lt;').split(/\n\s*\n/).map((p) => `<p>${p}</p>`).join('');
  return out.trim() || null;
}

/** A title as plain text: feeds put HTML in titles (type="html", or escaped twice), never meaning it literally. */
function plainTitle(v: unknown): string | null {
  const t = text(v);
  return t ? unescapeXml(t.replace(/<[^>]*>/g, ''), TITLE_ENTITIES).replace(/\s+/g, ' ').trim() || null : null;
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]) as Record<string, unknown>[];
  const alt = list.find((l) => l && typeof l === 'object' && (!l['@rel'] || l['@rel'] === 'alternate'));
  return (alt?.['@href'] as string) ?? text(list[0]);
}

function wordCount(html: string | null): number {
  return html ? (html.replace(/<[^>]*>/g, ' ').match(/\S+/g)?.length ?? 0) : 0;
}

function item(fields: Omit<FeedItem, 'html' | 'summaryOnly'>, full: string | null, summary: string | null): FeedItem {
  const html = full ?? summary;
  return { ...fields, html, summaryOnly: !full && wordCount(summary) < FULL_TEXT_WORDS };
}

export class FeedError extends Error {}

export function parseFeed(xml: string): Feed {
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml);
  } catch (e) {
    throw new FeedError(`malformed feed XML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (doc.rss?.channel || doc['rdf:RDF']) {
    const channel = doc.rss?.channel ?? doc['rdf:RDF'].channel ?? {};
    const items: any[] = doc.rss?.channel?.item ?? doc['rdf:RDF']?.item ?? [];
    return {
      title: plainTitle(channel.title),
      items: items.map((it) =>
        item(
          {
            title: plainTitle(it.title),
            link: text(it.link),
            published: text(it.pubDate) ?? text(it['dc:date']),
            author: text(it['dc:creator']) ?? text(it.author),
            guid: text(it.guid),
          },
          contentHtml(it['content:encoded']),
          contentHtml(it.description),
        ),
      ),
    };
  }
  if (doc.feed) {
    const entries: any[] = doc.feed.entry ?? [];
    return {
      title: plainTitle(doc.feed.title),
      items: entries.map((e) =>
        item(
          {
            title: plainTitle(e.title),
            link: atomLink(e.link),
            published: text(e.published) ?? text(e.updated),
            author: text(e.author?.name ?? e.author),
            guid: text(e.id),
          },
          contentHtml(e.content),
          contentHtml(e.summary),
        ),
      ),
    };
  }
  throw new FeedError('not an RSS or Atom feed');
}
