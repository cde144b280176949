// The embedded store: SQLite through better-sqlite3, WAL journal, one transaction per batch.
import Database from 'better-sqlite3';
import type { AnalyzedArticle, Article, Entity, Event, Quote, Story, Timex } from '../model.ts';
import { splitSentences } from '../text/sentences.ts';
import { MIGRATIONS } from './migrations.ts';
import type { ArticleFilter, SaveResult, SearchHit, Store } from './store.ts';

type Row = Record<string, any>;

const json = (v: unknown) => JSON.stringify(v);
const parse = <T>(s: string | null): T => (s == null ? (null as T) : (JSON.parse(s) as T));

export class SqliteStore implements Store {
  readonly db: Database.Database;

  constructor(readonly file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length)
      throw new Error(`${this.file}: store schema version ${current} is newer than this sitrep (${MIGRATIONS.length}); upgrade sitrep`);
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  upToDate(id: string, contentHash: string, pipelineVersion: string): boolean {
    const row = this.db.prepare('SELECT content_hash, pipeline_version FROM articles WHERE id = ?').get(id) as Row | undefined;
    return !!row && row.content_hash === contentHash && row.pipeline_version === pipelineVersion;
  }

  saveAnalyzed(docs: AnalyzedArticle[], pipelineVersion: string): SaveResult {
    const result: SaveResult = { inserted: [], updated: [], unchanged: [] };
    const getHash = this.db.prepare('SELECT content_hash, pipeline_version FROM articles WHERE id = ?');
    const upsert = this.db.prepare(`INSERT INTO articles (id, source, url, title, outlet, byline, dateline, published, published_source,
        published_note, language, body, word_count, content_hash, duplicate_of, removed, pipeline_version, ingested_at, updated_at)
      VALUES (@id, @source, @url, @title, @outlet, @byline, @dateline, @published, @published_source, @published_note, @language, @body,
        @word_count, @content_hash, @duplicate_of, @removed, @pipeline_version, @now, @now)
      ON CONFLICT(id) DO UPDATE SET source = excluded.source, url = excluded.url, title = excluded.title, outlet = excluded.outlet,
        byline = excluded.byline, dateline = excluded.dateline, published = excluded.published, published_source = excluded.published_source,
        published_note = excluded.published_note, language = excluded.language, body = excluded.body, word_count = excluded.word_count,
        content_hash = excluded.content_hash, duplicate_of = excluded.duplicate_of, removed = excluded.removed,
        pipeline_version = excluded.pipeline_version, updated_at = excluded.updated_at`);
    const clear = ['timexes', 'mentions', 'entities', 'quotes', 'events'].map((t) => this.db.prepare(`DELETE FROM ${t} WHERE article_id = ?`));
    const insTimex = this.db.prepare('INSERT INTO timexes (article_id, start, "end", text, type, value, mod, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insEntity = this.db.prepare('INSERT INTO entities (id, article_id, name, type, country, aliases, roles, geo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insMention = this.db.prepare('INSERT INTO mentions (entity_id, article_id, start, "end", text, kind) VALUES (?, ?, ?, ?, ?, ?)');
    const insQuote = this.db.prepare(`INSERT INTO quotes (id, article_id, start, "end", kind, text, speaker, speaker_entity_id, cue, channel, date, sentence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insEvent = this.db.prepare(`INSERT INTO events (id, article_id, start, "end", type, mode, actor, recipient, date, location, geo,
      modality, score, sentence, evidence, source, trigger) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const d of docs) {
        const a = d.article;
        const prev = getHash.get(a.id) as Row | undefined;
        if (prev && prev.content_hash === a.contentHash && prev.pipeline_version === pipelineVersion) {
          result.unchanged.push(a.id);
          continue;
        }
        (prev ? result.updated : result.inserted).push(a.id);
        upsert.run({
          id: a.id, source: a.source, url: a.url, title: a.title, outlet: a.outlet, byline: a.byline, dateline: a.dateline,
          published: a.published, published_source: a.publishedSource, published_note: a.publishedNote, language: a.language,
          body: a.body, word_count: a.wordCount, content_hash: a.contentHash, duplicate_of: a.duplicateOf, removed: json(a.removed),
          pipeline_version: pipelineVersion, now,
        });
        for (const c of clear) c.run(a.id);
        for (const t of d.timexes) insTimex.run(a.id, t.start, t.end, t.text, t.type, t.value, t.mod ?? null, t.anchor);
        for (const e of d.entities) {
          insEntity.run(e.id, a.id, e.name, e.type, e.country, json(e.aliases), json(e.roles), e.geo ? json(e.geo) : null);
          for (const m of e.mentions) insMention.run(e.id, a.id, m.start, m.end, m.text, m.kind);
        }
        for (const q of d.quotes)
          insQuote.run(q.id, a.id, q.start, q.end, q.kind, q.text, q.speaker, q.speakerEntityId, q.cue, q.channel, q.date, q.sentenceIndex);
        for (const e of d.events)
          insEvent.run(e.id, a.id, e.start, e.end, e.type, e.mode, json(e.actor), json(e.recipient), e.date, e.location,
            e.geo ? json(e.geo) : null, e.modality, e.score, e.sentenceIndex, e.evidence, e.source, e.trigger);
      }
    })();
    return result;
  }

  listArticles(filter: ArticleFilter = {}): Article[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.ids) {
      if (!filter.ids.length) return [];
      where.push(`id IN (${filter.ids.map(() => '?').join(',')})`);
      params.push(...filter.ids);
    }
    if (filter.from) (where.push('published >= ?'), params.push(filter.from));
    if (filter.to) (where.push('published <= ?'), params.push(filter.to));
    if (filter.outlet) (where.push('outlet = ?'), params.push(filter.outlet));
    const sql = `SELECT * FROM articles ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY published IS NULL, published, id
      LIMIT ? OFFSET ?`;
    params.push(filter.limit ?? -1, filter.offset ?? 0);
    return (this.db.prepare(sql).all(...params) as Row[]).map(rowToArticle);
  }

  countArticles(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as Row).n;
  }

  loadAnalyzed(ids?: string[]): AnalyzedArticle[] {
    const articles = this.listArticles(ids ? { ids } : {});
    const byArticle = <T>(sql: string, map: (r: Row) => T) => {
      const out = new Map<string, T[]>();
      for (const r of this.db.prepare(sql).all() as Row[]) {
        const list = out.get(r.article_id) ?? [];
        list.push(map(r));
        out.set(r.article_id, list);
      }
      return out;
    };
    const timexes = byArticle<Timex>('SELECT * FROM timexes ORDER BY article_id, start', (r) => ({
      start: r.start, end: r.end, text: r.text, type: r.type, value: r.value, anchor: r.anchor, ...(r.mod ? { mod: r.mod } : {}),
    }));
    const mentions = new Map<string, Row[]>();
    for (const r of this.db.prepare('SELECT * FROM mentions ORDER BY start').all() as Row[]) {
      const list = mentions.get(r.entity_id) ?? [];
      list.push(r);
      mentions.set(r.entity_id, list);
    }
    const entities = byArticle<Entity>('SELECT * FROM entities ORDER BY rowid', (r) => ({
      id: r.id, articleId: r.article_id, name: r.name, type: r.type, country: r.country, aliases: parse(r.aliases), roles: parse(r.roles),
      geo: parse(r.geo), mentions: (mentions.get(r.id) ?? []).map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    }));
    const quotes = byArticle<Quote>('SELECT * FROM quotes ORDER BY article_id, start', (r) => ({
      id: r.id, articleId: r.article_id, start: r.start, end: r.end, kind: r.kind, text: r.text, speaker: r.speaker,
      speakerEntityId: r.speaker_entity_id, cue: r.cue, channel: r.channel, date: r.date, sentenceIndex: r.sentence,
    }));
    const events = byArticle<Event>('SELECT * FROM events ORDER BY article_id, rowid', (r) => ({
      id: r.id, articleId: r.article_id, start: r.start, end: r.end, type: r.type, mode: r.mode, actor: parse(r.actor),
      recipient: parse(r.recipient), date: r.date, location: r.location, geo: parse(r.geo), modality: r.modality, score: r.score,
      sentenceIndex: r.sentence, evidence: r.evidence, source: r.source, trigger: r.trigger,
    }));
    return articles.map((a) => ({
      article: a,
      sentences: splitSentences(a.body),
      timexes: timexes.get(a.id) ?? [],
      entities: entities.get(a.id) ?? [],
      quotes: quotes.get(a.id) ?? [],
      events: events.get(a.id) ?? [],
    }));
  }

  saveStory(story: Story): void {
    const ins = this.db.prepare('INSERT INTO story (kind, id, data) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM story').run();
      for (const e of story.entities) ins.run('entity', e.id, json(e));
      for (const e of story.events) ins.run('event', e.id, json(e));
      for (const c of story.claims) ins.run('claim', c.id, json(c));
      for (const d of story.discrepancies) ins.run('discrepancy', d.id, json(d));
    })();
  }

  loadStory(): Story {
    const rows = this.db.prepare('SELECT kind, data FROM story ORDER BY rowid').all() as Row[];
    const of = (k: string) => rows.filter((r) => r.kind === k).map((r) => JSON.parse(r.data));
    return { entities: of('entity'), events: of('event'), claims: of('claim'), discrepancies: of('discrepancy') };
  }

  search(query: string, limit = 20): SearchHit[] {
    const match = ftsQuery(query);
    if (!match) return [];
    const rows = this.db.prepare(`SELECT a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS rank
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(match, limit) as Row[];
    return rows.map((r) => ({ articleId: r.id, title: r.title, snippet: r.snippet, rank: r.rank }));
  }

  close(): void {
    this.db.close();
  }
}

/** A user's query as an FTS5 expression: words ANDed, "quoted phrases" kept, operators not exposed. */
export function ftsQuery(q: string): string {
  const parts: string[] = [];
  const re = /"([^"]+)"|([\p{L}\p{N}][\p{L}\p{N}'’-]*)/gu;
  for (let m; (m = re.exec(q)); ) {
    const t = (m[1] ?? m[2]).replace(/"/g, '').trim();
    if (t) parts.push(`"${t}"`);
  }
  return parts.join(' ');
}

function rowToArticle(r: Row): Article {
  return {
    id: r.id, source: r.source, url: r.url, title: r.title, outlet: r.outlet, byline: r.byline, dateline: r.dateline,
    published: r.published, publishedSource: r.published_source, publishedNote: r.published_note, language: r.language,
    body: r.body, wordCount: r.word_count, contentHash: r.content_hash, duplicateOf: r.duplicate_of, removed: parse(r.removed),
  };
}
