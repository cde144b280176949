// Page metadata from <meta> tags (Open Graph, article:, Dublin Core, parsely) and JSON-LD.

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  url: string | null;
}

type Doc = { querySelector(s: string): Element | null; querySelectorAll(s: string): Iterable<Element> & ArrayLike<Element> };

function metaContent(doc: Doc, names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

const NEWS_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|LiveBlogPosting|OpinionNewsArticle|BackgroundNewsArticle)$/;

function jsonLdArticle(doc: Doc): Record<string, unknown> | null {
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        const t = o['@type'];
        const types = Array.isArray(t) ? t : [t];
        if (types.some((y) => typeof y === 'string' && NEWS_TYPES.test(y)) && (o.headline || o.datePublished)) return o;
        if (o['@graph']) stack.push(o['@graph']);
      }
    }
  }
  return null;
}

function names(v: unknown): string | null {
  if (!v) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.map(names).filter(Boolean).join(', ') || null;
  if (typeof v === 'object') return names((v as Record<string, unknown>).name);
  return null;
}

export function readMetadata(doc: Doc): PageMetadata {
  const ld = jsonLdArticle(doc);
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const title =
    str(ld?.headline) ??
    metaContent(doc, ['og:title', 'twitter:title', 'dc.title', 'DC.title', 'parsely-title']) ??
    (doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null) ??
    (doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null);
  const byline = names(ld?.author) ?? metaContent(doc, ['author', 'article:author', 'dc.creator', 'DC.creator', 'parsely-author', 'byl']);
  const outlet = names(ld?.publisher) ?? metaContent(doc, ['og:site_name', 'application-name', 'publisher', 'dc.publisher']);
  const published =
    str(ld?.datePublished) ??
    metaContent(doc, ['article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate',
      'dc.date', 'DC.date', 'dc.date.issued', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date', 'date']) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const language = doc.querySelector('html')?.getAttribute('lang')?.trim() || metaContent(doc, ['og:locale', 'language']);
  const url = metaContent(doc, ['og:url']) ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return { title, byline, outlet, published, language: language ? language.slice(0, 2).toLowerCase() : null, url };
}
