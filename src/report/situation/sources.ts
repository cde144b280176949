// The report's citations: each cited sentence gets one key ("a2s14": the report's article 2, sentence 14
// counting from 1), listed once in the sources section however often it is cited.
import type { AnalyzedArticle, Evidence } from '../../model.ts';
import { sourceLabel } from '../exports/common.ts';
import type { ArticleNote, SourceNote } from './types.ts';

export class Citations {
  readonly articles: ArticleNote[];
  private readonly byId = new Map<string, { note: ArticleNote; doc: AnalyzedArticle }>();
  private readonly notes = new Map<string, SourceNote>();

  constructor(docs: AnalyzedArticle[]) {
    this.articles = docs.map((d, i) => {
      const a = d.article;
      const key = `a${i + 1}`;
      const named = sourceLabel(a);
      const outletName = named === a.id ? null : named;
      const note: ArticleNote = {
        key, id: a.id, outletName, outlet: outletName ?? key, title: a.title, url: a.url, published: a.published,
        publishedNote: a.publishedNote, duplicateOf: a.duplicateOf,
      };
      this.byId.set(a.id, { note, doc: d });
      return note;
    });
  }

  article(id: string): ArticleNote | undefined {
    return this.byId.get(id)?.note;
  }

  /** "Chaco Herald (a2)", or "a3" for an article that names no outlet. */
  label(id: string): string {
    const n = this.byId.get(id)?.note;
    if (!n) return id;
    return n.outletName ? `${n.outletName} (${n.key})` : n.key;
  }

  outlet(id: string): string {
    return this.byId.get(id)?.note.outlet ?? id;
  }

  /** Key of a sentence (index from 0, as the model stores it); the text defaults to the sentence in the body. */
  sentence(articleId: string, sentenceIndex: number | null, text?: string | null): string {
    const entry = this.byId.get(articleId);
    const akey = entry?.note.key ?? articleId;
    const key = sentenceIndex === null || sentenceIndex < 0 ? akey : `${akey}s${sentenceIndex + 1}`;
    if (!this.notes.has(key)) {
      let t = text ?? null;
      if (t === null && entry && sentenceIndex !== null) {
        const s = entry.doc.sentences[sentenceIndex];
        if (s) t = entry.doc.article.body.slice(s.start, s.end);
      }
      this.notes.set(key, {
        key, articleId, sentence: sentenceIndex === null || sentenceIndex < 0 ? null : sentenceIndex + 1, text: t,
        outlet: entry?.note.outlet ?? articleId, title: entry?.note.title ?? null, url: entry?.note.url ?? null, published: entry?.note.published ?? null,
      });
    }
    return key;
  }

  /** Keys for a record's evidence, then for its articles that no evidence sentence covers. */
  evidence(evidence: Evidence[] | undefined, articles: string[] = []): string[] {
    const keys: string[] = [];
    const covered = new Set<string>();
    for (const v of evidence ?? []) {
      const k = this.sentence(v.articleId, v.sentenceIndex, v.text);
      if (!keys.includes(k)) keys.push(k);
      covered.add(v.articleId);
    }
    for (const a of articles) if (!covered.has(a)) {
      const k = this.sentence(a, null);
      if (!keys.includes(k)) keys.push(k);
    }
    return keys;
  }

  /** Every cited source, in article order then sentence order. */
  list(): SourceNote[] {
    const order = new Map(this.articles.map((a, i) => [a.id, i]));
    return [...this.notes.values()].sort((x, y) =>
      (order.get(x.articleId) ?? 1e9) - (order.get(y.articleId) ?? 1e9) || (x.sentence ?? 0) - (y.sentence ?? 0) || (x.key < y.key ? -1 : 1));
  }
}
