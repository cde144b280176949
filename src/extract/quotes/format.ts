// Quotes as the CLI prints them: one line per quote, tab-separated, or a JSON list.
import type { AnalyzedArticle, Quote } from '../../model.ts';

export interface QuoteRow {
  article: string;
  id: string;
  kind: Quote['kind'];
  speaker: string | null;
  speakerEntityId: string | null;
  cue: string | null;
  channel: string | null;
  date: string | null;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface QuoteFilter {
  /** Only these article ids. */
  articles?: string[];
  kind?: Quote['kind'];
}

export function quoteRows(docs: AnalyzedArticle[], filter: QuoteFilter = {}): QuoteRow[] {
  const ids = filter.articles?.length ? new Set(filter.articles) : null;
  return docs
    .filter((d) => !ids || ids.has(d.article.id))
    .flatMap((d) => [...d.quotes].sort((a, b) => a.start - b.start))
    .filter((q) => !filter.kind || q.kind === filter.kind)
    .map((q) => ({
      article: q.articleId, id: q.id, kind: q.kind, speaker: q.speaker, speakerEntityId: q.speakerEntityId,
      cue: q.cue, channel: q.channel, date: q.date, sentence: q.sentenceIndex, start: q.start, end: q.end, text: q.text,
    }));
}

/** Tab-separated lines: article, kind, speaker, cue, channel, date, text ("-" for none). */
export function formatQuoteRows(rows: QuoteRow[]): string {
  const cell = (v: string | null) => (v ? v.replace(/\s+/g, ' ') : '-');
  return rows.map((r) => [r.article, r.kind, r.speaker, r.cue, r.channel, r.date, r.text].map(cell).join('\t')).join('\n');
}
