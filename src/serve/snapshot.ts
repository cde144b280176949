// An in-memory, read-only picture of the store that the API filters and pages through.
// Loaded once, rebuilt when the store changes (our own ingest, or another process committing:
// SQLite's data_version tells). Article bodies stay in the database; the reader loads one at a time.
import type { AnalyzedArticle, Claim, Discrepancy, Entity, Event, Geo, Party, Quote, Story, StoryEntity, StoryEvent } from '../model.ts';
import { timeline } from '../report/timeline.ts';
import { buildEventIndex, fold, positions, type EventIndex } from './filters.ts';

export interface EntityIndex {
  byType: Map<string, number[]>;
  byCountry: Map<string, number[]>;
}
import type { SqliteStore } from '../store/sqlite.ts';

type Row = Record<string, any>;
const parse = <T>(s: string | null): T => (s == null ? (null as T) : (JSON.parse(s) as T));

export interface ArticleMeta {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  published: string | null;
  publishedSource: string | null;
  language: string;
  wordCount: number;
  duplicateOf: string | null;
  /** Name shown for the source of the article: outlet, else the URL's host, else the article id. */
  sourceLabel: string;
}

export type EntityRow = Omit<Entity, 'mentions'> & { mentionCount: number };

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const QUOTE_COLUMNS = 'id, article_id, start, "end", kind, text, speaker, speaker_entity_id, cue, channel, date, sentence';
const EVENT_COLUMNS = 'id, article_id, start, "end", type, mode, actor, recipient, date, location, geo, modality, score, sentence, evidence, source, trigger';
const ENTITY_COLUMNS = 'id, article_id, name, type, country, aliases, roles, geo';

/** Events sort by date (undated last), then by article and position. */
function byDate(a: { date: string | null; articleId: string; start: number }, b: typeof a): number {
  const x = a.date ?? '\uffff', y = b.date ?? '\uffff';
  if (x !== y) return x < y ? -1 : 1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}

/**
 * The store as the API reads it. Each layer is loaded on first use and kept until the store changes, so a
 * request for articles does not wait for a hundred thousand events to be parsed.
 */
export class Snapshot {
  readonly loadedAt = new Date().toISOString();
  /** Values derived from the whole snapshot, computed on first use (see memo()). */
  readonly derived = new Map<string, unknown>();
  private readonly cache = new Map<string, unknown>();
  /** Set when a newer snapshot replaces this one or the server stops: warming stops. */
  closed = false;

  constructor(private readonly store: SqliteStore) {}

  private lazy<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  private rows(sql: string, ...params: unknown[]): Row[] {
    return this.store.db.prepare(sql).all(...params) as Row[];
  }

  get articles(): ArticleMeta[] {
    return this.lazy('articles', () => this.rows(`SELECT id, source, url, title, outlet, byline, dateline, published, published_source, language,
        word_count, duplicate_of FROM articles ORDER BY published IS NULL, published, id`).map((r) => ({
      id: r.id, source: r.source, url: r.url, title: r.title, outlet: r.outlet, byline: r.byline, dateline: r.dateline,
      published: r.published, publishedSource: r.published_source, language: r.language, wordCount: r.word_count,
      duplicateOf: r.duplicate_of, sourceLabel: r.outlet || hostOf(r.url) || r.id,
    })));
  }

  get articleById(): Map<string, ArticleMeta> {
    return this.lazy('articleById', () => new Map(this.articles.map((a) => [a.id, a])));
  }

  get entities(): EntityRow[] {
    return this.lazy('entities', () => {
      const mentionCounts = new Map<string, number>();
      for (const r of this.rows('SELECT entity_id, count(*) AS n FROM mentions GROUP BY entity_id')) mentionCounts.set(r.entity_id, r.n);
      // Object literals of one shape (rest/spread copies end up in slow dictionary mode, 5x slower to filter).
      return this.rows(`SELECT ${ENTITY_COLUMNS} FROM entities ORDER BY rowid`).map((r) => ({
        id: r.id, articleId: r.article_id, name: r.name, type: r.type, country: r.country, aliases: parse<string[]>(r.aliases) ?? [],
        roles: parse<string[]>(r.roles) ?? [], geo: parse<Geo | null>(r.geo), mentionCount: mentionCounts.get(r.id) ?? 0,
      }));
    });
  }

  get entityById(): Map<string, EntityRow> {
    return this.lazy('entityById', () => new Map(this.entities.map((e) => [e.id, e])));
  }

  // Columns only: the full JSON records (data) are for the reader, which loads one article at a time.
  get quotes(): Quote[] {
    return this.lazy('quotes', () => this.rows(`SELECT ${QUOTE_COLUMNS} FROM quotes ORDER BY article_id, start`).map(rowToQuote));
  }

  get events(): Event[] {
    return this.lazy('events', () => this.rows(`SELECT ${EVENT_COLUMNS} FROM events`).map(rowToEvent).sort(byDate));
  }

  get eventById(): Map<string, Event> {
    return this.lazy('eventById', () => new Map(this.events.map((e) => [e.id, e])));
  }

  private storyKind<T>(kind: string): T[] {
    return this.lazy(`story:${kind}`, () => this.rows('SELECT data FROM story WHERE kind = ? ORDER BY rowid', kind).map((r) => JSON.parse(r.data) as T));
  }

  /** The stored story; each part is parsed when first read. */
  get story(): Story {
    const kind = <T>(k: string) => this.storyKind<T>(k);
    return this.lazy('story', () => ({
      get entities() { return kind<StoryEntity>('entity'); },
      get events() { return kind<StoryEvent>('event'); },
      get claims() { return kind<Claim>('claim'); },
      get discrepancies() { return kind<Discrepancy>('discrepancy'); },
    }));
  }

  /** How many story records of a kind are stored (entity, event, claim, discrepancy). */
  storyCount(kind: string): number {
    return this.lazy(`storyCount:${kind}`, () => (this.store.db.prepare('SELECT count(*) AS n FROM story WHERE kind = ?').get(kind) as Row).n as number);
  }

  /** Whether the store holds story events (else each article event stands alone). */
  get storyResolved(): boolean {
    return this.lazy('storyResolved', () => !!this.store.db.prepare("SELECT 1 FROM story WHERE kind = 'event' LIMIT 1").get() ||
      !this.store.db.prepare('SELECT 1 FROM events LIMIT 1').get());
  }

  /** The story's events in timeline order (filtering keeps the order, so no request sorts them again). */
  get storyEvents(): StoryEvent[] {
    return this.lazy('storyEvents', () => timeline(this.storyResolved ? this.storyKind<StoryEvent>('event')
      : this.events.map((e) => standalone(e, this.articleById.get(e.articleId)?.published ?? null))));
  }

  get storyEventById(): Map<string, StoryEvent> {
    return this.lazy('storyEventById', () => new Map(this.storyEvents.map((e) => [e.id, e])));
  }

  /** Article event id -> the story event it was merged into. */
  get storyEventOf(): Map<string, StoryEvent> {
    return this.lazy('storyEventOf', () => {
      const m = new Map<string, StoryEvent>();
      for (const se of this.storyEvents) for (const id of se.members ?? []) m.set(id, se);
      return m;
    });
  }

  private label = (a: string) => this.articleById.get(a)?.sourceLabel ?? a;

  get eventIndex(): EventIndex {
    return this.lazy('eventIndex', () => buildEventIndex(this.events, (e) => [e.articleId], this.label));
  }

  get storyEventIndex(): EventIndex {
    return this.lazy('storyEventIndex', () => buildEventIndex(this.storyEvents, (e) => e.articles, this.label));
  }

  /** Entity positions by type and by country, for both levels. */
  get entityIndex(): EntityIndex {
    return this.lazy('entityIndex', () => ({ byType: positions(this.entities, (e) => [e.type]), byCountry: positions(this.entities, (e) => [e.country]) }));
  }

  get storyEntityIndex(): EntityIndex {
    const list = this.story.entities;
    return this.lazy('storyEntityIndex', () => ({ byType: positions(list, (e) => [e.type]), byCountry: positions(list, (e) => [e.country]) }));
  }

  private readonly namesOf = new WeakMap<object, string>();

  /** An entity's name and aliases folded for matching (lower case, no accents, joined by U+0001), cached per entity. */
  foldedNames(e: { name: string; aliases: string[] }): string {
    let f = this.namesOf.get(e);
    if (f === undefined) this.namesOf.set(e, (f = [e.name, ...e.aliases].map(fold).join('\u0001')));
    return f;
  }

  /** foldedNames of every article entity and story entity, by position. */
  get entityNames(): string[] {
    return this.lazy('entityNames', () => this.entities.map((e) => this.foldedNames(e)));
  }

  get storyEntityNames(): string[] {
    return this.lazy('storyEntityNames', () => this.story.entities.map((e) => this.foldedNames(e)));
  }

  /** Quote positions by folded speaker (lower case, no accents) and by kind. */
  get quoteIndex(): { bySpeaker: Map<string, number[]>; byKind: Map<string, number[]> } {
    return this.lazy('quoteIndex', () => ({ bySpeaker: positions(this.quotes, (q) => [q.speaker ? fold(q.speaker) : null]), byKind: positions(this.quotes, (q) => [q.kind]) }));
  }

  /** Loads every layer ahead of requests, one per turn of the event loop. */
  warm(onDone?: () => void): void {
    const steps = [() => this.articles, () => this.counts, () => this.storyEvents, () => this.storyEventIndex, () => this.events,
      () => this.eventIndex, () => this.storyEventOf, () => this.entities, () => this.entityIndex, () => this.quotes, () => this.quoteIndex,
      () => this.story.claims, () => this.story.entities, () => this.storyEntityNames, () => this.story.discrepancies];
    const next = (i: number) => {
      if (i >= steps.length || this.closed) return onDone?.();
      try {
        steps[i]();
      } catch {
        return; // the store was closed or changed under us: requests load what they need themselves
      }
      setTimeout(() => next(i + 1), 0).unref();
    };
    setTimeout(() => next(0), 0).unref();
  }

  /** Per article: how many entities, quotes and events it has (counted in SQL, no layer loaded). */
  get counts(): Map<string, { entities: number; quotes: number; events: number }> {
    return this.lazy('counts', () => {
      const counts = new Map<string, { entities: number; quotes: number; events: number }>();
      for (const layer of ['entities', 'quotes', 'events'] as const)
        for (const r of this.rows(`SELECT article_id, count(*) AS n FROM ${layer} GROUP BY article_id`)) {
          let c = counts.get(r.article_id);
          if (!c) counts.set(r.article_id, (c = { entities: 0, quotes: 0, events: 0 }));
          c[layer] = r.n;
        }
      return counts;
    });
  }

  /** Row counts of a layer table. */
  count(table: 'articles' | 'entities' | 'quotes' | 'events'): number {
    return this.lazy(`count:${table}`, () => (this.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as Row).n as number);
  }
}

export function loadSnapshot(store: SqliteStore): Snapshot {
  return new Snapshot(store);
}

/** An article event as a story event of its own (one source). */
function standalone(e: Event, published: string | null): StoryEvent {
  return {
    id: `s:${e.id}`, type: e.type, mode: e.mode, actor: e.actor, recipient: e.recipient, date: e.date, location: e.location, geo: e.geo,
    modality: e.modality, score: e.score, articles: [e.articleId], members: [e.id],
    evidence: [{ articleId: e.articleId, sentenceIndex: e.sentenceIndex, start: e.start, end: e.end, text: e.evidence }],
    firstReported: published, lastReported: published,
  };
}

/** A value derived from the whole snapshot, computed once per snapshot. */
export function memo<T>(snap: Snapshot, key: string, make: () => T): T {
  if (!snap.derived.has(key)) {
    // Aggregates per filter are kept too; a bounded number of them.
    if (snap.derived.size >= 200) for (const k of [...snap.derived.keys()].slice(0, 100)) snap.derived.delete(k);
    snap.derived.set(key, make());
  }
  return snap.derived.get(key) as T;
}

export function rowToEntity(r: Row): Entity {
  if (r.data) {
    const e = JSON.parse(r.data) as Entity;
    return { ...e, mentions: e.mentions ?? [] };
  }
  return {
    id: r.id, articleId: r.article_id, name: r.name, type: r.type, country: r.country, aliases: parse(r.aliases), roles: parse(r.roles),
    geo: parse<Geo | null>(r.geo), mentions: [],
  };
}

// Rows keep the full record as JSON in \`data\` (migration 3), so model fields added later come through;
// older rows are read from their columns.
export function rowToQuote(r: Row): Quote {
  if (r.data) return JSON.parse(r.data) as Quote;
  return {
    id: r.id, articleId: r.article_id, start: r.start, end: r.end, kind: r.kind, text: r.text, speaker: r.speaker,
    speakerEntityId: r.speaker_entity_id, cue: r.cue, channel: r.channel, date: r.date, sentenceIndex: r.sentence,
  };
}

export function rowToEvent(r: Row): Event {
  if (r.data) return JSON.parse(r.data) as Event;
  return {
    id: r.id, articleId: r.article_id, start: r.start, end: r.end, type: r.type, mode: r.mode, actor: parse<Party[]>(r.actor),
    recipient: parse<Party[]>(r.recipient), date: r.date, location: r.location, geo: parse<Geo | null>(r.geo), modality: r.modality,
    score: r.score, sentenceIndex: r.sentence, evidence: r.evidence, source: r.source, trigger: r.trigger,
  };
}

/** One article with its body, sentences and every layer, for the reader (the store's own loader). Null when unknown. */
export function loadArticleFull(store: SqliteStore, id: string): AnalyzedArticle | null {
  return store.loadAnalyzed([id])[0] ?? null;
}

/** SQLite's counter of commits by other connections: a change means the snapshot is stale. */
export function dataVersion(store: SqliteStore): number {
  return store.db.pragma('data_version', { simple: true }) as number;
}
