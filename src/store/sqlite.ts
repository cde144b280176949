// The embedded store: SQLite through better-sqlite3, WAL journal, one transaction per batch.
// Answers synchronously (the Store interface lets callers await either way).
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { AnalyzedArticle, Article, Entity, Event, Quote, Sentence, Story, Timex } from '../model.ts';
import { signature, signatureFromBytes, signatureToBytes } from '../text/dedup.ts';
import { splitSentences } from '../text/sentences.ts';
import { MIGRATIONS } from './migrations.ts';
import {
  recordHash, StoreError, type ArticleFilter, type SaveOptions, type SaveResult, type SearchHit, type Store, type StoredSignature,
} from './store.ts';

type Row = Record<string, any>;

const json = (v: unknown) => JSON.stringify(v);
const parse = <T>(s: string | null): T => (s == null ? (null as T) : (JSON.parse(s) as T));

/** Article fields with a column of their own; any other field the model grows is kept in `extra`. */
const ARTICLE_COLUMNS = new Set([
  'id', 'source', 'url', 'title', 'outlet', 'byline', 'dateline', 'published', 'publishedSource', 'publishedNote', 'language',
  'body', 'wordCount', 'contentHash', 'duplicateOf', 'removed',
]);
const LAYERS = new Set(['article', 'sentences', 'timexes', 'entities', 'quotes', 'events']);

export interface SqliteOptions {
  /** Fail instead of creating a new store (for commands that only read). */
  mustExist?: boolean;
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly location: string;

  constructor(readonly file: string, opts: SqliteOptions = {}) {
    this.location = file;
    if (opts.mustExist && file !== ':memory:' && !existsSync(file))
      throw new StoreError(`${file}: no store there (run "sitrep analyze ... --db ${file}" first)`);
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
    } catch (e) {
      throw new StoreError(`${file}: cannot open the store: ${(e as Error).message}`);
    }
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length)
      throw new StoreError(`${this.file}: store schema version ${current} is newer than this sitrep (${MIGRATIONS.length}); upgrade sitrep`);
    if (current === 0) {
      // A database someone uses for something else is not ours to add tables to.
      const tables = this.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as Row;
      if (tables.n > 0) throw new StoreError(`${this.file}: a SQLite database, but not a sitrep store`);
    }
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** Schema version of the open store. */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  upToDate(articles: Article[], pipelineVersion: string): Set<string> {
    const get = this.db.prepare('SELECT record_hash, pipeline_version FROM articles WHERE id = ?');
    const fresh = new Set<string>();
    for (const a of articles) {
      const row = get.get(a.id) as Row | undefined;
      if (row && row.pipeline_version === pipelineVersion && row.record_hash === recordHash(a)) fresh.add(a.id);
    }
    return fresh;
  }

  signatures(): StoredSignature[] {
    const rows = this.db.prepare('SELECT id, content_hash, duplicate_of, signature, body FROM articles ORDER BY rowid').all() as Row[];
    return rows.map((r) => ({
      id: r.id,
      contentHash: r.content_hash,
      duplicateOf: r.duplicate_of,
      signature: (r.signature && signatureFromBytes(r.signature)) || signature(r.body),
    }));
  }

  saveAnalyzed(docs: AnalyzedArticle[], opts: SaveOptions): SaveResult {
    const result: SaveResult = { inserted: [], updated: [], unchanged: [] };
    const getPrev = this.db.prepare('SELECT record_hash, pipeline_version FROM articles WHERE id = ?');
    const upsert = this.db.prepare(`INSERT INTO articles (id, source, url, title, outlet, byline, dateline, published, published_source,
        published_note, language, body, word_count, content_hash, duplicate_of, removed, pipeline_version, ingested_at, updated_at,
        record_hash, sentences, signature, extra)
      VALUES (@id, @source, @url, @title, @outlet, @byline, @dateline, @published, @published_source, @published_note, @language, @body,
        @word_count, @content_hash, @duplicate_of, @removed, @pipeline_version, @now, @now, @record_hash, @sentences, @signature, @extra)
      ON CONFLICT(id) DO UPDATE SET source = excluded.source, url = excluded.url, title = excluded.title, outlet = excluded.outlet,
        byline = excluded.byline, dateline = excluded.dateline, published = excluded.published, published_source = excluded.published_source,
        published_note = excluded.published_note, language = excluded.language, body = excluded.body, word_count = excluded.word_count,
        content_hash = excluded.content_hash, duplicate_of = excluded.duplicate_of, removed = excluded.removed,
        pipeline_version = excluded.pipeline_version, updated_at = excluded.updated_at, record_hash = excluded.record_hash,
        sentences = excluded.sentences, signature = excluded.signature, extra = excluded.extra`);
    const clear = ['timexes', 'mentions', 'entities', 'quotes', 'events'].map((t) => this.db.prepare(`DELETE FROM ${t} WHERE article_id = ?`));
    const insTimex = this.db.prepare('INSERT INTO timexes (article_id, start, "end", text, type, value, mod, anchor, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insEntity = this.db.prepare('INSERT INTO entities (id, article_id, name, type, country, aliases, roles, geo, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insMention = this.db.prepare('INSERT INTO mentions (entity_id, article_id, start, "end", text, kind) VALUES (?, ?, ?, ?, ?, ?)');
    const insQuote = this.db.prepare(`INSERT INTO quotes (id, article_id, start, "end", kind, text, speaker, speaker_entity_id, cue, channel, date, sentence, data)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insEvent = this.db.prepare(`INSERT INTO events (id, article_id, start, "end", type, mode, actor, recipient, date, location, geo,
      modality, score, sentence, evidence, source, trigger, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const now = new Date().toISOString();
    this.db.transaction(() => {
      docs.forEach((d, i) => {
        const a = d.article;
        const rh = opts.recordHashes?.get(a.id) ?? recordHash(a);
        const prev = getPrev.get(a.id) as Row | undefined;
        if (prev && prev.record_hash === rh && prev.pipeline_version === opts.pipelineVersion) {
          result.unchanged.push(a.id);
          opts.onProgress?.(i + 1, docs.length);
          return;
        }
        (prev ? result.updated : result.inserted).push(a.id);
        upsert.run({
          id: a.id, source: a.source, url: a.url, title: a.title, outlet: a.outlet, byline: a.byline, dateline: a.dateline,
          published: a.published, published_source: a.publishedSource, published_note: a.publishedNote, language: a.language,
          body: a.body, word_count: a.wordCount, content_hash: a.contentHash, duplicate_of: a.duplicateOf, removed: json(a.removed),
          pipeline_version: opts.pipelineVersion, now, record_hash: rh,
          sentences: json(d.sentences.map((s) => [s.start, s.end, s.paragraph])),
          signature: signatureToBytes(opts.signatures?.get(a.id) ?? signature(a.body)),
          extra: extraOf(d),
        });
        if (prev) for (const c of clear) c.run(a.id);
        for (const t of d.timexes) insTimex.run(a.id, t.start, t.end, t.text, t.type, t.value, t.mod ?? null, t.anchor, json(t));
        for (const e of d.entities) {
          insEntity.run(e.id, a.id, e.name, e.type, e.country, json(e.aliases), json(e.roles), e.geo ? json(e.geo) : null, json(e));
          for (const m of e.mentions) insMention.run(e.id, a.id, m.start, m.end, m.text, m.kind);
        }
        for (const q of d.quotes)
          insQuote.run(q.id, a.id, q.start, q.end, q.kind, q.text, q.speaker, q.speakerEntityId, q.cue, q.channel, q.date, q.sentenceIndex, json(q));
        for (const e of d.events)
          insEvent.run(e.id, a.id, e.start, e.end, e.type, e.mode, json(e.actor), json(e.recipient), e.date, e.location,
            e.geo ? json(e.geo) : null, e.modality, e.score, e.sentenceIndex, e.evidence, e.source, e.trigger, json(e));
        opts.onProgress?.(i + 1, docs.length);
      });
      if (opts.resolveStory) {
        result.all = this.loadAllReusing(docs);
        result.story = opts.resolveStory(result.all);
        this.saveStory(result.story);
      }
    })();
    return result;
  }

  listArticles(filter: ArticleFilter = {}): Article[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.ids) {
      if (!filter.ids.length) return [];
      where.push('id IN (SELECT value FROM json_each(?))');
      params.push(json(filter.ids));
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
    if (ids && !ids.length) return [];
    // One pass per table, filtered through a temporary id list when a subset is asked for.
    const only = ids ? 'WHERE article_id IN (SELECT value FROM json_each(@ids))' : '';
    const params: [Record<string, string>] | [] = ids ? [{ ids: json(ids) }] : [];
    const articleRows = this.db
      .prepare(`SELECT * FROM articles ${ids ? 'WHERE id IN (SELECT value FROM json_each(@ids))' : ''} ORDER BY rowid`)
      .all(...params) as Row[];
    const byArticle = <T>(table: string, map: (r: Row) => T) => {
      const out = new Map<string, T[]>();
      // Rows keep their whole record as JSON (schema 3): only those written before it are read column by column.
      const whole = this.db.prepare(`SELECT * FROM ${table} WHERE rowid = ?`);
      for (const row of this.db.prepare(`SELECT rowid AS rowid_, article_id, data FROM ${table} ${only} ORDER BY rowid`).all(...params) as Row[]) {
        const r = row.data == null ? (whole.get(row.rowid_) as Row) : row;
        const list = out.get(r.article_id);
        if (list) list.push(map(r));
        else out.set(r.article_id, [map(r)]);
      }
      return out;
    };
    const mentions = new Map<string, Row[]>();
    const needMentions = (this.db.prepare(`SELECT count(*) AS n FROM entities ${only} ${only ? 'AND' : 'WHERE'} data IS NULL`).get(...params) as Row).n > 0;
    if (needMentions)
      for (const r of this.db.prepare(`SELECT * FROM mentions ${only} ORDER BY rowid`).all(...params) as Row[]) {
        const list = mentions.get(r.entity_id) ?? [];
        list.push(r);
        mentions.set(r.entity_id, list);
      }
    const timexes = byArticle<Timex>('timexes', (r) => (r.data ? JSON.parse(r.data) : rowToTimex(r)));
    const entities = byArticle<Entity>('entities', (r) => (r.data ? JSON.parse(r.data) : rowToEntity(r, mentions.get(r.id) ?? [])));
    const quotes = byArticle<Quote>('quotes', (r) => (r.data ? JSON.parse(r.data) : rowToQuote(r)));
    const events = byArticle<Event>('events', (r) => (r.data ? JSON.parse(r.data) : rowToEvent(r)));
    return articleRows.map((r) => {
      const extra = parse<{ article?: Record<string, unknown>; layers?: Record<string, unknown> } | null>(r.extra);
      const article = { ...rowToArticle(r), ...(extra?.article ?? {}) } as Article;
      return {
        article,
        sentences: r.sentences ? rowSentences(r.sentences) : splitSentences(article.body),
        timexes: timexes.get(r.id) ?? [],
        entities: entities.get(r.id) ?? [],
        quotes: quotes.get(r.id) ?? [],
        events: events.get(r.id) ?? [],
        ...(extra?.layers ?? {}),
      };
    });
  }

  /** Every stored article in arrival order; those just saved are taken from memory, not read back (no second copy). */
  private loadAllReusing(docs: AnalyzedArticle[]): AnalyzedArticle[] {
    if (!docs.length) return this.loadAnalyzed();
    const mine = new Map(docs.map((d) => [d.article.id, d]));
    const ids = (this.db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all() as string[]);
    const others = new Map(this.loadAnalyzed(ids.filter((id) => !mine.has(id))).map((d) => [d.article.id, d]));
    return ids.map((id) => mine.get(id) ?? others.get(id)!);
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
    const rows = this.db.prepare(`SELECT a.id, a.title, a.published, a.outlet, a.duplicate_of,
        snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS rank
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(match, limit) as Row[];
    return rows.map((r) => ({
      articleId: r.id, title: r.title, published: r.published, outlet: r.outlet, duplicateOf: r.duplicate_of, snippet: r.snippet, rank: r.rank,
    }));
  }

  close(): void {
    if (this.db.open) this.db.close();
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

function extraOf(d: AnalyzedArticle): string | null {
  const article = Object.fromEntries(Object.entries(d.article).filter(([k]) => !ARTICLE_COLUMNS.has(k)));
  const layers = Object.fromEntries(Object.entries(d).filter(([k]) => !LAYERS.has(k)));
  const extra = {
    ...(Object.keys(article).length ? { article } : {}),
    ...(Object.keys(layers).length ? { layers } : {}),
  };
  return Object.keys(extra).length ? json(extra) : null;
}

function rowSentences(s: string): Sentence[] {
  return (JSON.parse(s) as [number, number, number][]).map(([start, end, paragraph], index) => ({ index, start, end, paragraph }));
}

function rowToArticle(r: Row): Article {
  return {
    id: r.id, source: r.source, url: r.url, title: r.title, outlet: r.outlet, byline: r.byline, dateline: r.dateline,
    published: r.published, publishedSource: r.published_source, publishedNote: r.published_note, language: r.language,
    body: r.body, wordCount: r.word_count, contentHash: r.content_hash, duplicateOf: r.duplicate_of, removed: parse(r.removed),
  };
}

// Rows written before schema 3 have no `data`: their records are rebuilt from the columns.
function rowToTimex(r: Row): Timex {
  return { start: r.start, end: r.end, text: r.text, type: r.type, value: r.value, anchor: r.anchor, ...(r.mod ? { mod: r.mod } : {}) };
}

function rowToEntity(r: Row, mentions: Row[]): Entity {
  return {
    id: r.id, articleId: r.article_id, name: r.name, type: r.type, country: r.country, aliases: parse(r.aliases), roles: parse(r.roles),
    geo: parse(r.geo), mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
  };
}

function rowToQuote(r: Row): Quote {
  return {
    id: r.id, articleId: r.article_id, start: r.start, end: r.end, kind: r.kind, text: r.text, speaker: r.speaker,
    speakerEntityId: r.speaker_entity_id, cue: r.cue, channel: r.channel, date: r.date, sentenceIndex: r.sentence,
  };
}

function rowToEvent(r: Row): Event {
  return {
    id: r.id, articleId: r.article_id, start: r.start, end: r.end, type: r.type, mode: r.mode, actor: parse(r.actor),
    recipient: parse(r.recipient), date: r.date, location: r.location, geo: parse(r.geo), modality: r.modality, score: r.score,
    sentenceIndex: r.sentence, evidence: r.evidence, source: r.source, trigger: r.trigger,
  };
}
