// Builds small analysed articles for the quote tests: a body, its sentences, and optionally
// entities with mentions found by their text and timexes found by their text.
import type { AnalyzedArticle, Entity, EntityType, MentionKind, Quote, Timex } from '../src/model.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { extractQuotes, type QuoteOptions } from '../src/extract/quotes/index.ts';

export interface EntitySpec {
  name: string;
  type?: EntityType;
  roles?: string[];
  country?: string | null;
  /** Surface forms to find in the body, each with its kind; every occurrence becomes a mention. */
  mentions: [text: string, kind: MentionKind, occurrence?: number][];
}

function occurrences(body: string, text: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  for (let m; (m = re.exec(body)); ) out.push(m.index);
  return out;
}

export function article(body: string, opts: { entities?: EntitySpec[]; timexes?: [string, string][]; id?: string } = {}): AnalyzedArticle {
  const id = opts.id ?? 'fixture';
  const entities: Entity[] = (opts.entities ?? []).map((e, n) => ({
    id: `${id}#e${n + 1}`, articleId: id, name: e.name, type: e.type ?? 'PERSON', aliases: [e.name],
    country: e.country ?? null, roles: e.roles ?? [], geo: null,
    mentions: e.mentions.flatMap(([text, kind, occurrence]) => {
      const at = occurrences(body, text);
      return (occurrence === undefined ? at : [at[occurrence]]).map((start) => ({ start, end: start + text.length, text, kind }));
    }),
  }));
  const timexes: Timex[] = (opts.timexes ?? []).map(([text, value]) => {
    const start = body.indexOf(text);
    return { start, end: start + text.length, text, type: 'DATE', value, anchor: 'absolute' };
  });
  return {
    article: {
      id, source: id, url: null, title: null, outlet: null, byline: null, dateline: null, published: null,
      publishedSource: null, publishedNote: null, language: 'en', body, wordCount: body.split(/\s+/).length,
      contentHash: '', duplicateOf: null, removed: [],
    },
    sentences: splitSentences(body), timexes, entities, quotes: [], events: [],
  };
}

export function quotes(body: string, opts: Parameters<typeof article>[1] = {}, qopts: QuoteOptions = {}): Quote[] {
  return extractQuotes(article(body, opts), qopts);
}

export const direct = (qs: Quote[]) => qs.filter((q) => q.kind === 'direct');
export const indirect = (qs: Quote[]) => qs.filter((q) => q.kind === 'indirect');
/** "speaker | text" of each quote, for compact assertions. */
export const brief = (qs: Quote[]) => qs.map((q) => `${q.speaker} | ${q.text}`);
