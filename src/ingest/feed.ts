// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes a document, or a link to fetch.
import { XMLParser } from 'fast-xml-parser';

export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  author: string | null;
  /** Full content when the feed carries it (content:encoded, atom content), else the summary. */
  html: string | null;
  /** True when html is only a summary: the linked page should be fetched for the article. */
  summaryOnly: boolean;
  guid: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  removeNSPrefix: false,
  processEntities: true,
  htmlEntities: true,
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

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]) as Record<string, unknown>[];
  const alt = list.find((l) => l && typeof l === 'object' && (!l['@rel'] || l['@rel'] === 'alternate'));
  return (alt?.['@href'] as string) ?? text(list[0]);
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
      title: text(channel.title),
      items: items.map((it) => {
        const full = text(it['content:encoded']);
        const summary = text(it.description);
        return {
          title: text(it.title),
          link: text(it.link),
          published: text(it.pubDate) ?? text(it['dc:date']),
          author: text(it['dc:creator']) ?? text(it.author),
          html: full ?? summary,
          summaryOnly: !full,
          guid: text(it.guid),
        };
      }),
    };
  }
  if (doc.feed) {
    const entries: any[] = doc.feed.entry ?? [];
    return {
      title: text(doc.feed.title),
      items: entries.map((e) => {
        const content = text(e.content);
        return {
          title: text(e.title),
          link: atomLink(e.link),
          published: text(e.published) ?? text(e.updated),
          author: text(e.author?.name ?? e.author),
          html: content ?? text(e.summary),
          summaryOnly: !content,
          guid: text(e.id),
        };
      }),
    };
  }
  throw new FeedError('not an RSS or Atom feed');
}
