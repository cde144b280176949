// Page metadata from JSON-LD, <meta> tags (Open Graph, article:, Dublin Core, parsely, sailthru),
// microdata and a few page elements: title, byline, outlet, publication time, language, URL.

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  url: string | null;
}

type Doc = Pick<Document, 'querySelector' | 'querySelectorAll'>;
type Json = Record<string, unknown>;

const squeeze = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** JSON-LD strings sometimes carry HTML entities; attributes come decoded from the parser. */
function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (ENTITIES[k]) return ENTITIES[k];
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(Number(k.slice(1)));
    return m;
  });
}

const clean = (v: unknown): string | null => (typeof v === 'string' && squeeze(v) ? decodeEntities(squeeze(v)) : null);

/** Content of every <meta> by its name, property or itemprop (lower case; the first one wins). */
type MetaIndex = Map<string, string>;

function indexMeta(doc: Doc): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = squeeze(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function metaContent(meta: MetaIndex, names: string[]): string | null {
  for (const n of names) {
    const v = meta.get(n.toLowerCase());
    if (v) return v;
  }
  return null;
}

// ---------------------------------------------------------------- JSON-LD

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle|SocialMediaPosting|TechArticle|SatiricalArticle)$/;
const PAGE_TYPES = /^(?:WebPage|ItemPage|CollectionPage)$/;

function parseJsonLd(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    // Hand-written blocks break on raw line breaks inside strings and on trailing commas.
    try {
      return JSON.parse(raw.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, ''));
}

/** All JSON-LD objects of the page, nested ones included (@graph, mainEntity, arrays). */
function jsonLdObjects(doc: Doc): Json[] {
  const out: Json[] = [];
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const stack: unknown[] = [parseJsonLd(el.textContent ?? '')];
    while (stack.length) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Json;
        out.push(o);
        for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (o[k] && typeof o[k] === 'object') stack.push(o[k]);
      }
    }
  }
  return out;
}

/** The object describing the article: an article type first, else a web page with a headline or a date. */
function jsonLdArticle(objects: Json[]): Json | null {
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)) && (o.headline || o.datePublished || o.author));
  if (article) return article;
  return objects.find((o) => typesOf(o).some((t) => PAGE_TYPES.test(t)) && (o.headline || o.datePublished)) ?? null;
}

/** Names of people or organisations: a string, an object with name, or a list of them. */
function names(v: unknown, byId?: Map<string, Json>): string | null {
  if (!v) return null;
  if (typeof v === 'string') return looksLikeName(v) ? clean(v) : null;
  if (Array.isArray(v)) {
    const all = v.map((x) => names(x, byId)).filter((x): x is string => !!x);
    return all.length ? [...new Set(all)].join(', ') : null;
  }
  if (typeof v === 'object') {
    const o = v as Json;
    if (o.name) return names(o.name, byId);
    const ref = typeof o['@id'] === 'string' ? byId?.get(o['@id']) : undefined;
    if (ref && ref !== o && ref.name) return names(ref.name);
  }
  return null;
}

/** A person's or outlet's name, not a profile URL or an empty placeholder. */
function looksLikeName(s: string): boolean {
  const t = s.trim();
  return (
    !!t && t.length <= 200 && !/^(?:https?:)?\/\//i.test(t) && !/^(?:null|undefined|admin|staff)$/i.test(t) && !/^\S+\.(?:txt|html?|php|aspx?|xml|json)$/i.test(t)
  );
}

// ---------------------------------------------------------------- title

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' / ', ' « ', ' » '];

const compact = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a title segment names the site (its outlet name or its host). */
function namesSite(segment: string, site: string | null, host: string | null): boolean {
  const seg = compact(segment);
  if (seg.length < 3) return false;
  const name = site ? compact(site) : '';
  // "Sportsnet" for "Sportsnet.ca", "cleveland.com" for "cleveland": the name up to a short suffix.
  if (name && (name === seg || (name.startsWith(seg) && seg.length >= 4) || (seg.startsWith(name) && seg.length - name.length <= 4))) return true;
  if (host) {
    const h = host.replace(/^www\./, '').toLowerCase();
    const label = compact(h.split('.').slice(0, -1).join('') || h);
    if (label && (seg === label || seg === compact(h) || (seg.length >= 4 && label.includes(seg)))) return true;
  }
  return false;
}

/**
 * Drops a site name from a page title: "Headline | Site", "Headline - Site", "Site: Headline".
 * A trailing segment goes when it names the site, or, after a pipe, when it is short (pipes
 * separate site names and sections, headlines use dashes).
 */
export function stripSiteName(title: string, site: string | null = null, host: string | null = null): string {
  let t = squeeze(title);
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const sep of SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i <= 0) continue;
      const head = t.slice(0, i).trim();
      const tail = t.slice(i + sep.length).trim();
      const tailWords = tail.split(/\s+/);
      const headWords = head.split(/\s+/).length;
      // After a sentence-case headline, a short run of capitalised words reads as a name
      // ("Water cut on Elm Street - Town Bulletin"); after a Title Case one nothing can be told.
      const sentenceCase = head.split(/\s+/).some((w) => w.length >= 4 && /^\p{Ll}/u.test(w));
      const nameLike =
        sep !== ' — ' && sentenceCase && tailWords.length <= 4 && headWords >= 4 && tailWords.every((w) => /^[\p{Lu}\p{N}&]/u.test(w));
      if (headWords >= 2 && (namesSite(tail, site, host) || (sep === ' | ' && tailWords.length <= 4) || nameLike)) {
        t = head;
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  for (const sep of [' | ', ': ', ' - ', ' – ', ' — ']) {
    const i = t.indexOf(sep);
    if (i > 0 && namesSite(t.slice(0, i), site, host) && t.slice(i + sep.length).split(/\s+/).length >= 2) {
      t = t.slice(i + sep.length).trim();
      break;
    }
  }
  return t;
}

// ---------------------------------------------------------------- dates

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'datePublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'article.published', 'dc.date.issued',
  'dcterms.issued', 'dcterms.created', 'dc.date', 'parsely-pub-date', 'sailthru.date',
  'article_date_original', 'original-publish-date', 'cxenseparse:recs:publishtime', 'date',
];

/** Placeholder stamps ("0001-01-01T00:00:00Z") fill empty CMS fields: a date before 1900 is none. */
function plausibleDate(v: string | null | undefined): v is string {
  if (!v) return false;
  const y = /^(\d{4})-/.exec(v.trim());
  return !y || Number(y[1]) >= 1900;
}

function timeElementDate(doc: Doc): string | null {
  const preferred = doc.querySelector('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime], [itemprop="datePublished"][content]');
  const el = preferred ?? doc.querySelector('article time[datetime], header time[datetime], time[datetime]');
  const v = el?.getAttribute('datetime') ?? el?.getAttribute('content');
  return squeeze(v) || null;
}

// ---------------------------------------------------------------- language and URL

/** "en-GB", "en_US", "EN" -> "en"; null when it is not a language tag. */
export function languageCode(v: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(squeeze(v));
  return m ? m[1].toLowerCase() : null;
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  const h = squeeze(href);
  if (!h) return null;
  try {
    return new URL(h, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(h) ? h : null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- all together

const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY_WORD = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const BYLINE_TAIL = new RegExp(`(?:\\s*[|•·]|,?\\s*(?:${WEEKDAY_WORD},?\\s*)?${MONTH_WORD}\\.?\\s+\\d{1,2}\\b|${WEEKDAY_WORD},?\\s+${MONTH_WORD}|,?\\s*\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|,?\\s*(?:updated|published|posted)\\b).*$`, 'i');

/** "By JANE DOE | May 9, 2025 Print this" -> "JANE DOE": no prefix, no dates or tools glued after the name. */
export function cleanByline(v: string | null | undefined): string | null {
  let t = squeeze(v).replace(/^(?:(?:analysis|opinion|story|text|words|written|reported|posted)\s+)?by[:\s]\s*/i, '');
  t = t.replace(BYLINE_TAIL, '').replace(/\s+@\w+/g, '').replace(/[\s,;:|–—-]+$/, '').trim();
  return t && looksLikeName(t) ? t : null;
}

function bylineFromPage(doc: Doc): string | null {
  const el = doc.querySelector('[itemprop="author"] [itemprop="name"], [rel="author"], [itemprop="author"], .byline__name, .author-name, .byline');
  const t = cleanByline(el?.getAttribute('content') ?? el?.textContent);
  return t && t.split(/\s+/).length <= 12 ? t : null;
}

/** "Site | Tagline" -> "Site"; a URL -> its host. */
function cleanOutlet(v: string | null): string | null {
  if (!v) return null;
  if (/^https?:\/\//i.test(v)) return hostOf(v)?.replace(/^www\./, '') ?? null;
  const first = v.split(/\s+[|•·]\s+/)[0].trim();
  return first || null;
}

export function readMetadata(doc: Doc, pageUrl: string | null = null): PageMetadata {
  const meta = indexMeta(doc);
  const objects = jsonLdObjects(doc);
  const byId = new Map<string, Json>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const ld = jsonLdArticle(objects);

  const canonical = absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl);
  const ldUrl = typeof ld?.url === 'string' ? ld.url : null;
  const url = canonical ?? absoluteUrl(metaContent(meta, ['og:url', 'twitter:url']), pageUrl) ?? absoluteUrl(ldUrl, pageUrl) ?? pageUrl;
  const host = hostOf(url) ?? hostOf(pageUrl);

  const outlet = cleanOutlet(
    metaContent(meta, ['og:site_name', 'application-name', 'al:android:app_name', 'al:iphone:app_name']) ??
      names(ld?.publisher, byId) ??
      names(objects.find((o) => typesOf(o).includes('WebSite'))?.name) ??
      metaContent(meta, ['publisher', 'dc.publisher']),
  );

  // The first candidate that is more than the site's own name (some pages put it in og:title).
  const title =
    [
      clean(ld?.headline),
      ...['og:title', 'twitter:title', 'dc.title', 'parsely-title', 'sailthru.title', 'headline'].map((n) => metaContent(meta, [n])),
      squeeze(doc.querySelector('h1')?.textContent) || null,
      squeeze(doc.querySelector('title')?.textContent) || null,
    ]
      .map((t) => (t ? stripSiteName(t, outlet, host) : null))
      .find((t): t is string => !!t && !namesSite(t, outlet, host)) ?? null;

  const byline =
    cleanByline(names(ld?.author, byId)) ??
    cleanByline(names(ld?.creator, byId)) ??
    cleanByline(metaContent(meta, ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'])) ??
    bylineFromPage(doc);

  const published =
    [clean(ld?.datePublished), clean(ld?.dateCreated), ...PUBLISHED_META.map((n) => metaContent(meta, [n])), timeElementDate(doc)].find(plausibleDate) ?? null;

  const language =
    languageCode(doc.querySelector('html')?.getAttribute('lang')) ??
    languageCode(doc.querySelector('html')?.getAttribute('xml:lang')) ??
    languageCode(typeof ld?.inLanguage === 'string' ? ld.inLanguage : null) ??
    languageCode(metaContent(meta, ['og:locale', 'language', 'content-language', 'dc.language'])) ??
    languageCode(
      Array.from(doc.querySelectorAll('meta[http-equiv]'))
        .find((m) => /^content-language$/i.test(m.getAttribute('http-equiv') ?? ''))
        ?.getAttribute('content'),
    );

  return { title, byline, outlet, published, language, url };
}
