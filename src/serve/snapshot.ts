// An in-memory, read-only picture of the store that the API filters and pages through.
// Loaded once, rebuilt when the store changes (our own ingest, or another process committing:
// SQLite's data_version tells). Article bodies stay in the database; the reader loads one at a time.
import type { AnalyzedArticle, Entity, Event, Geo, Party, Quote, Story, StoryEvent } from '../model.ts';
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

export interface Snapshot {
  articles: ArticleMeta[];
  articleById: Map<string, ArticleMeta>;
  entities: EntityRow[];
  quotes: Quote[];
  events: Event[];
  story: Story;
  /** The story's events; when the store holds no story-level resolution, each article event stands alone. */
  storyEvents: StoryEvent[];
  storyResolved: boolean;
  /** Article event id -> the story event it was merged into. */
  storyEventOf: Map<string, StoryEvent>;
  counts: Map<string, { entities: number; quotes: number; events: number }>;
  loadedAt: string;
  loadMs: number;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Events sort by date (undated last), then by article and position. */
function byDate(a: { date: string | null; articleId: string; start: number }, b: typeof a): number {
  return (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.articleId.localeCompare(b.articleId) || a.start - b.start;
}

export function loadSnapshot(store: SqliteStore): Snapshot {
  const t0 = performance.now();
  const db = store.db;
  const articles: ArticleMeta[] = (db
    .prepare(`SELECT id, source, url, title, outlet, byline, dateline, published, published_source, language, word_count, duplicate_of
      FROM articles ORDER BY published IS NULL, published, id`)
    .all() as Row[]).map((r) => ({
    id: r.id, source: r.source, url: r.url, title: r.title, outlet: r.outlet, byline: r.byline, dateline: r.dateline,
    published: r.published, publishedSource: r.published_source, language: r.language, wordCount: r.word_count,
    duplicateOf: r.duplicate_of, sourceLabel: r.outlet || hostOf(r.url) || r.id,
  }));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const mentionCounts = new Map<string, number>();
  for (const r of db.prepare('SELECT entity_id, count(*) AS n FROM mentions GROUP BY entity_id').all() as Row[]) mentionCounts.set(r.entity_id, r.n);
  const entities: EntityRow[] = (db.prepare('SELECT * FROM entities ORDER BY rowid').all() as Row[]).map((r) => {
    const { mentions, ...e } = rowToEntity(r);
    return { ...e, mentionCount: mentionCounts.get(r.id) ?? mentions.length };
  });
  const quotes: Quote[] = (db.prepare('SELECT * FROM quotes ORDER BY article_id, start').all() as Row[]).map(rowToQuote);
  const events: Event[] = (db.prepare('SELECT * FROM events').all() as Row[]).map(rowToEvent).sort(byDate);
  const story = store.loadStory();
  const storyResolved = story.events.length > 0 || events.length === 0;
  const storyEvents = storyResolved ? story.events : events.map((e) => standalone(e, articleById.get(e.articleId)?.published ?? null));
  const storyEventOf = new Map<string, StoryEvent>();
  for (const se of storyEvents) for (const m of se.members ?? []) storyEventOf.set(m, se);
  const counts = new Map<string, { entities: number; quotes: number; events: number }>();
  const count = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { entities: 0, quotes: 0, events: 0 }));
    return c;
  };
  for (const e of entities) count(e.articleId).entities++;
  for (const q of quotes) count(q.articleId).quotes++;
  for (const e of events) count(e.articleId).events++;
  return {
    articles, articleById, entities, quotes, events, story, storyEvents, storyResolved, storyEventOf, counts,
    loadedAt: new Date().toISOString(), loadMs: Math.round(performance.now() - t0),
  };
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
