// The JSON API: every route with its parameters and handler. Lists answer {<items>: [...], total, limit, offset}.
import { ENTITY_TYPES, PLOVER_TYPES, type Quote } from '../model.ts';
import { escalation, QUAD_CLASSES } from '../report/escalation.ts';
import { ftsQuery, type SqliteStore } from '../store/sqlite.ts';
import { activeFilters, candidates, eventMatcher, filterStoryEvents, fold, inRange, page, pageWhere, union, viewOf, type View, partyMatcher, setOf, sourceMatcher } from './filters.ts';
import type { IngestJobs } from './ingest-jobs.ts';
import { parseIngestPayload } from './ingest-payload.ts';
import { ApiError, DATE_PARAMS, PAGE_PARAMS, type ParamSpec } from './params.ts';
import {
  articleEventRecord, articleRecord, claimRecord, discrepancyRecord, entityRecord, quoteRecord, storyEntityRecord, storyEventRecord,
} from './records.ts';
import type { Route } from './router.ts';
import { loadArticleFull, memo, type EntityIndex, type Snapshot } from './snapshot.ts';
import { actorNetwork, sourceMatrix, speakers, summary } from './views.ts';

export interface ApiContext {
  store: SqliteStore;
  snapshot(): Snapshot;
  jobs: IngestJobs | null;
}

const RANK_WINDOW = 2000;
const MODALITIES = ['asserted', 'claimed', 'denied', 'planned', 'negated'] as const;
const CLAIM_STATUSES = ['disputed', 'denied', 'unconfirmed', 'corroborated'] as const;

const p = {
  source: { name: 'source', type: 'string', description: 'Outlet (as shown in "source" of an article), case-insensitive.' },
  article: { name: 'article', type: 'string', description: 'Only records from this article id.' },
  country: { name: 'country', type: 'country', description: 'ISO 3166-1 alpha-3 codes, comma-separated: records involving any of them.' },
  actor: { name: 'actor', type: 'string', description: 'Actor: an ISO alpha-3 country code, or part of the name (case-insensitive).' },
  recipient: { name: 'recipient', type: 'string', description: 'Recipient: an ISO alpha-3 country code, or part of the name.' },
  type: { name: 'type', type: 'enum', values: PLOVER_TYPES, list: true, description: 'PLOVER event types, comma-separated.' },
  quad: { name: 'quad', type: 'enum', values: QUAD_CLASSES, list: true, description: 'Quad classes, comma-separated.' },
  modality: { name: 'modality', type: 'enum', values: MODALITIES, list: true, description: 'Modalities, comma-separated.' },
  located: { name: 'located', type: 'boolean', description: 'true: only events with coordinates; false: only without.' },
  level: {
    name: 'level', type: 'enum', values: ['article', 'story'], default: 'article',
    description: 'article: one record per article mention; story: records merged across articles.',
  },
} satisfies Record<string, ParamSpec>;

const EVENT_FILTERS: ParamSpec[] = [...DATE_PARAMS, p.actor, p.recipient, p.country, p.type, p.quad, p.modality, p.source, p.article, p.located];

function notFound(what: string, id: string): never {
  throw new ApiError(404, `no ${what} with id "${id}"`, { id });
}

export function apiRoutes(ctx: ApiContext): Route[] {
  const snap = () => ctx.snapshot();
  return [
    {
      method: 'GET', path: '/api/summary', tag: 'story', summary: 'Counts, sources, countries and date ranges of the store',
      params: [], response: 'Summary',
      handler: () => ({ body: summary(snap()) }),
    },
    {
      method: 'GET', path: '/api/articles', tag: 'articles', summary: 'Stored articles (metadata, no body), by publication date',
      params: [...DATE_PARAMS, p.source, { name: 'language', type: 'string', maxLength: 8, description: 'ISO 639-1 language code.' }, ...PAGE_PARAMS],
      response: 'ArticleList',
      handler: ({ params }) => {
        const s = snap();
        const source = sourceMatcher(s, params.source);
        const pg = pageWhere(s.articles, (a) => inRange(a.published, params.from, params.to) && (!source || source(a.id)) &&
          (!params.language || a.language === String(params.language).toLowerCase()), params);
        return { body: { articles: pg.items.map((a) => articleRecord(s, a)), total: pg.total, limit: pg.limit, offset: pg.offset } };
      },
    },
    {
      method: 'GET', path: '/api/articles/{id}', tag: 'articles', summary: 'One article: body, sentences and every extracted layer with character spans',
      description: 'Spans (start/end) are UTF-16 offsets into body, as in JavaScript strings. story_events lists the story events the article reports.',
      params: [], response: 'ArticleFull',
      handler: ({ path }) => {
        const s = snap();
        const meta = s.articleById.get(path.id);
        const full = loadArticleFull(ctx.store, path.id);
        if (!meta || !full) notFound('article', path.id);
        return {
          body: {
            article: { ...articleRecord(s, meta), body: full.article.body, published_note: full.article.publishedNote ?? null },
            sentences: full.sentences,
            entities: full.entities,
            quotes: full.quotes.map((q) => quoteRecord(s, q)),
            events: full.events.map((e) => articleEventRecord(s, e)),
            timexes: full.timexes,
            story_events: s.storyEvents.filter((e) => e.articles.includes(path.id)).map((e) => e.id),
          },
        };
      },
    },
    {
      method: 'GET', path: '/api/entities', tag: 'entities', summary: 'Named entities (people, organisations, places)',
      params: [
        { name: 'type', type: 'enum', values: ENTITY_TYPES, list: true, description: 'Entity types, comma-separated.' },
        p.country, { name: 'name', type: 'string', description: 'Part of the name or of an alias, case-insensitive.' }, p.source, p.article, p.level,
        ...PAGE_PARAMS,
      ],
      response: 'EntityList',
      handler: ({ params }) => {
        const s = snap();
        const types = setOf(params.type);
        const countries = setOf(params.country);
        const name = typeof params.name === 'string' ? fold(params.name) : null;
        const source = sourceMatcher(s, params.source);
        const keep = (e: { type: string; country: string | null; name: string; aliases: string[] }, articles: string[]) =>
          (!types || types.has(e.type)) && (!countries || (!!e.country && countries.has(e.country))) &&
          (!name || s.foldedNames(e).includes(name)) && (!source || articles.some(source)) &&
          (typeof params.article !== 'string' || articles.includes(params.article));
        // Start from the positions the type, country or name filter allows; with that filter alone, they are the answer.
        const active = activeFilters(params);
        const exact = active.length === 1 && ['type', 'country', 'name'].includes(active[0]);
        const narrow = <T>(items: readonly T[], idx: EntityIndex, folded: () => string[]): View<T> => {
          const opts: number[][] = [];
          if (types) opts.push(union([...types].map((t) => idx.byType.get(t) ?? [])));
          if (countries) opts.push(union([...countries].map((c) => idx.byCountry.get(c) ?? [])));
          if (name) {
            const hits: number[] = [];
            const all = folded();
            for (let i = 0; i < all.length; i++) if (all[i].includes(name)) hits.push(i);
            opts.push(hits);
          }
          if (!opts.length) return items;
          return viewOf(items, opts.reduce((a, b) => (b.length < a.length ? b : a)));
        };
        if (params.level === 'story') {
          const pool = narrow(s.story.entities, s.storyEntityIndex, () => s.storyEntityNames);
          const pg = pageWhere(pool, exact || !active.length ? null : (e) => keep(e, e.articles), params);
          return { body: { entities: pg.items.map((e) => storyEntityRecord(s, e)), total: pg.total, limit: pg.limit, offset: pg.offset, level: 'story' } };
        }
        const pg = pageWhere(narrow(s.entities, s.entityIndex, () => s.entityNames), exact || !active.length ? null : (e) => keep(e, [e.articleId]), params);
        return { body: { entities: pg.items.map((e) => entityRecord(s, e)), total: pg.total, limit: pg.limit, offset: pg.offset, level: 'article' } };
      },
    },
    {
      method: 'GET', path: '/api/quotes', tag: 'quotes', summary: 'Direct and indirect quotes with their speakers',
      description: 'from/to filter on the date the quote was said, else the article publication date.',
      params: [
        { name: 'speaker', type: 'string', description: 'Part of the speaker name, case-insensitive.' },
        { name: 'kind', type: 'enum', values: ['direct', 'indirect'], description: 'direct or indirect.' },
        p.country, ...DATE_PARAMS, p.source, p.article, ...PAGE_PARAMS,
      ],
      response: 'QuoteList',
      handler: ({ params }) => {
        const s = snap();
        const speaker = typeof params.speaker === 'string' ? fold(params.speaker) : null;
        const dated = !!(params.from || params.to);
        // Candidates from the speaker (a part of any speaker's name) and kind indexes; either alone is the answer.
        const idx = s.quoteIndex;
        const opts: number[][] = [];
        if (speaker) {
          const mark = new Uint8Array(s.quotes.length);
          for (const [name, list] of idx.bySpeaker) if (name.includes(speaker)) for (const i of list) mark[i] = 1;
          const list: number[] = [];
          for (let i = 0; i < mark.length; i++) if (mark[i]) list.push(i);
          opts.push(list);
        }
        if (params.kind) opts.push(idx.byKind.get(params.kind as string) ?? []);
        const pool: View<Quote> = opts.length ? viewOf(s.quotes, opts.reduce((a, b) => (b.length < a.length ? b : a))) : s.quotes;
        const active = activeFilters(params);
        const exact = !active.length || (active.length === 1 && (active[0] === 'speaker' || active[0] === 'kind'));
        const source = sourceMatcher(s, params.source);
        const countries = setOf(params.country);

        const pg = pageWhere(pool, exact ? null : (q) =>
          (!speaker || (!!q.speaker && fold(q.speaker).includes(speaker))) && (!params.kind || q.kind === params.kind) && (!source || source(q.articleId)) &&
          (typeof params.article !== 'string' || q.articleId === params.article) &&
          (!dated || inRange(q.date ?? s.articleById.get(q.articleId)?.published, params.from, params.to)) &&
          (!countries || (!!q.speakerEntityId && countries.has(s.entityById.get(q.speakerEntityId)?.country ?? ''))), params);
        return { body: { quotes: pg.items.map((q) => quoteRecord(s, q)), total: pg.total, limit: pg.limit, offset: pg.offset } };
      },
    },
    {
      method: 'GET', path: '/api/speakers', tag: 'quotes', summary: 'Speakers with their number of quotes and the outlets quoting them',
      params: [p.source, ...PAGE_PARAMS], response: 'SpeakerList',
      handler: ({ params }) => {
        const s = snap();
        const source = sourceMatcher(s, params.source);
        const rows = source ? speakers(s, s.quotes.filter((q) => source(q.articleId))) : memo(s, 'speakers', () => speakers(s));
        const pg = page(rows, params);
        return { body: { speakers: pg.items, total: pg.total, limit: pg.limit, offset: pg.offset } };
      },
    },
    {
      method: 'GET', path: '/api/events', tag: 'events', summary: 'PLOVER events, in the FORMAT.md event shape, with ids and sources',
      description:
        'level=article (default): one record per article event: type, mode, actor[{name,country}], recipient, date, location, modality, ' +
        'evidence (the sentence), plus id, articleId, sentence, score, quad, story_event and sources (each article reporting the same ' +
        'story event, with its sentence). level=story: events merged across articles, with articles and sources. ' +
        'When the store holds no story-level resolution, each article event stands as its own story event.',
      params: [...EVENT_FILTERS, p.level, ...PAGE_PARAMS],
      response: 'EventList',
      handler: ({ params }) => {
        const s = snap();
        if (params.level === 'story') {
          const match = eventMatcher(s, params);
          const c = candidates(s.storyEvents, s.storyEventIndex, params);
          const pg = pageWhere(c.items, match && !c.exact ? (e) => match(e, e.articles) : null, params);
          return { body: { events: pg.items.map((e) => storyEventRecord(s, e)), total: pg.total, limit: pg.limit, offset: pg.offset, level: 'story' } };
        }
        const match = eventMatcher(s, params);
        const c = candidates(s.events, s.eventIndex, params);
        const pg = pageWhere(c.items, match && !c.exact ? (e) => match(e, e.articleId) : null, params);
        return { body: { events: pg.items.map((e) => articleEventRecord(s, e)), total: pg.total, limit: pg.limit, offset: pg.offset, level: 'article' } };
      },
    },
    {
      method: 'GET', path: '/api/events/{id}', tag: 'events', summary: 'One event (article or story level) with its sources',
      params: [], response: 'Event',
      handler: ({ path }) => {
        const s = snap();
        const se = s.storyEventById.get(path.id);
        if (se) return { body: { level: 'story', event: storyEventRecord(s, se) } };
        const e = s.eventById.get(path.id);
        if (!e) notFound('event', path.id);
        return { body: { level: 'article', event: articleEventRecord(s, e) } };
      },
    },
    {
      method: 'GET', path: '/api/timeline', tag: 'events', summary: 'Story events in the order they happened',
      params: [...EVENT_FILTERS.filter((x) => x.name !== 'article'), ...PAGE_PARAMS], response: 'Timeline',
      handler: ({ params }) => {
        const s = snap();
        const match = eventMatcher(s, params);
        const c = candidates(s.storyEvents, s.storyEventIndex, params);
        const pg = pageWhere(c.items, match && !c.exact ? (e) => match(e, e.articles) : null, params);
        return { body: { events: pg.items.map((e) => storyEventRecord(s, e)), total: pg.total, limit: pg.limit, offset: pg.offset } };
      },
    },
    {
      method: 'GET', path: '/api/escalation', tag: 'events', summary: 'Per country pair and day: sum of PLOVER scores and counts per quad class',
      params: [
        ...DATE_PARAMS,
        { name: 'pair', type: 'string', maxLength: 7, description: 'One country pair, e.g. IND-PAK (order does not matter).' },
        p.country, p.type, p.quad, p.source,
      ],
      response: 'Escalation',
      handler: ({ params }) => {
        const s = snap();
        let pair: string[] | null = null;
        if (typeof params.pair === 'string') {
          pair = params.pair.toUpperCase().split('-');
          if (pair.length !== 2 || !pair.every((c) => /^[A-Z]{3}$/.test(c)))
            throw new ApiError(400, 'parameter "pair": expected two ISO alpha-3 codes joined by "-", e.g. IND-PAK', { parameter: 'pair', value: params.pair });
          pair.sort();
        }
        let series = memo(s, `escalation ${JSON.stringify({ ...params, pair: undefined })}`, () => escalation(filterStoryEvents(s, params)));
        if (pair) series = series.filter((x) => x.pair[0] === pair![0] && x.pair[1] === pair![1]);
        return { body: { series } };
      },
    },
    {
      method: 'GET', path: '/api/network', tag: 'events', summary: 'Actor network: who acts on whom, edges weighted by number of events',
      params: EVENT_FILTERS.filter((x) => x.name !== 'article' && x.name !== 'located'), response: 'Network',
      handler: ({ params }) => {
        const s = snap();
        return { body: memo(s, `network ${JSON.stringify(params)}`, () => actorNetwork(filterStoryEvents(s, params))) };
      },
    },
    {
      method: 'GET', path: '/api/claims', tag: 'claims', summary: 'Claims of the parties, who disputes them, and the sources on each side',
      params: [
        { name: 'status', type: 'enum', values: CLAIM_STATUSES, list: true, description: 'Statuses, comma-separated.' },
        { name: 'claimant', type: 'string', description: 'Claimant: ISO alpha-3 code or part of the name.' }, p.country, p.source, ...PAGE_PARAMS,
      ],
      response: 'ClaimList',
      handler: ({ params }) => {
        const s = snap();
        const statuses = setOf(params.status);
        const claimant = partyMatcher(params.claimant);
        const countries = setOf(params.country);
        const source = sourceMatcher(s, params.source);
        const pg = pageWhere(s.story.claims, (c) =>
          (!statuses || statuses.has(c.status)) && (!claimant || claimant([c.claimant])) &&
          (!countries || [c.claimant, ...c.disputedBy].some((x) => x.country && countries.has(x.country))) &&
          (!source || c.articles.some(source) || (c.disputeEvidence ?? []).some((v) => source(v.articleId))), params);
        return { body: { claims: pg.items.map((c) => claimRecord(s, c)), total: pg.total, limit: pg.limit, offset: pg.offset } };
      },
    },
    {
      method: 'GET', path: '/api/discrepancies', tag: 'claims', summary: 'Facts reported differently by different articles',
      params: [...PAGE_PARAMS], response: 'DiscrepancyList',
      handler: ({ params }) => {
        const s = snap();
        const pg = page(s.story.discrepancies, params);
        return { body: { discrepancies: pg.items.map((d) => discrepancyRecord(s, d)), total: pg.total, limit: pg.limit, offset: pg.offset } };
      },
    },
    {
      method: 'GET', path: '/api/matrix', tag: 'claims', summary: 'Source-by-fact matrix: which outlet reports what, and where outlets disagree',
      params: [
        { name: 'kind', type: 'enum', values: ['event', 'claim', 'discrepancy'], list: true, description: 'Kinds of fact, comma-separated.' },
        { name: 'disagreements', type: 'boolean', description: 'true: only facts the sources disagree on.' },
        ...DATE_PARAMS, p.country, ...PAGE_PARAMS,
      ],
      response: 'Matrix',
      handler: ({ params }) => {
        const s = snap();
        const m = memo(s, `matrix ${JSON.stringify({ ...params, limit: undefined, offset: undefined })}`, () => sourceMatrix(s, params));
        const pg = page(m.facts, params);
        // Columns: the sources with a cell on this page (a store without outlets has one source per article).
        const used = new Set(pg.items.flatMap((f) => Object.keys(f.cells)));
        const sources = m.sources.filter((x) => used.has(x.source));
        return { body: { sources, facts: pg.items, total: pg.total, limit: pg.limit, offset: pg.offset } };
      },
    },
    {
      method: 'GET', path: '/api/search', tag: 'search', summary: 'Full-text search over article titles and bodies, with matching entities',
      description: 'Words are ANDed; "quoted phrases" are kept. Snippets mark hits with [ and ]. Hits are ranked by relevance (bm25) ' +
        `among the ${RANK_WINDOW} most recently stored matching articles; total counts every match.`,
      params: [
        { name: 'q', type: 'string', required: true, maxLength: 500, description: 'The query.' },
        { name: 'limit', type: 'int', min: 1, max: 100, default: 20, description: 'Hits per page (1-100).' }, PAGE_PARAMS[1],
      ],
      response: 'SearchResult',
      handler: ({ params }) => {
        const s = snap();
        const q = String(params.q);
        const match = ftsQuery(q);
        if (!match) throw new ApiError(400, 'parameter "q": no searchable words in the query', { parameter: 'q' });
        const limit = params.limit as number, offset = params.offset as number;
        // Rank first, then snippets for the page only (snippet() over every match is the costly part).
        const db = ctx.store.db;
        // bm25 is computed for every article ranked: the window is the RANK_WINDOW newest matches, which keeps a
        // common word over a large store fast (analysts want recent reports first anyway).
        const ranked = db.prepare(`SELECT rowid, rank FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${RANK_WINDOW})
            ORDER BY rank LIMIT ? OFFSET ?`)
          .all(match, limit, offset) as { rowid: number; rank: number }[];
        const snippets = new Map((db.prepare(`SELECT f.rowid AS rowid, a.id AS id, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
            FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? AND f.rowid IN (SELECT value FROM json_each(?))`)
          .all(match, JSON.stringify(ranked.map((r) => r.rowid))) as { rowid: number; id: string; snippet: string }[]).map((r) => [r.rowid, r]));
        const rows = ranked.filter((r) => snippets.has(r.rowid)).map((r) => ({ ...snippets.get(r.rowid)!, rank: r.rank }));
        const total = (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as { n: number }).n;
        const needle = fold(q);
        const found: number[] = [];
        const folded = s.storyEntityNames;
        for (let i = 0; i < folded.length && found.length < 20; i++) if (folded[i].includes(needle)) found.push(i);
        const entities = found.map((i) => storyEntityRecord(s, s.story.entities[i]));
        return {
          body: {
            query: q,
            hits: rows.map((r) => {
              const a = s.articleById.get(r.id);
              return { article: r.id, title: a?.title ?? null, source: a?.sourceLabel ?? r.id, published: a?.published ?? null, snippet: r.snippet, rank: r.rank };
            }),
            total, limit, offset, entities,
          },
        };
      },
    },
    {
      method: 'POST', path: '/api/ingest', tag: 'ingest', summary: 'Add articles: pasted texts, uploaded files, URLs of pages or feeds',
      description:
        'Answers 202 with a job; poll GET /api/ingest/{id} for progress. Body: application/json {texts:[{text,title?,published?,outlet?,url?}], ' +
        'files:[{name,data,encoding?: base64|utf8}], urls:[...]}, or text/plain (one pasted text). Files take every input format of the CLI.',
      params: [], response: 'Job', requestBody: { schema: 'IngestRequest', mediaTypes: ['application/json', 'text/plain'] },
      handler: ({ body }) => {
        if (!ctx.jobs) throw new ApiError(503, 'ingest is not available on this server (the store is not a file)');
        const payload = parseIngestPayload(body);
        const job = ctx.jobs.submit(payload);
        return { status: 202, body: { job }, headers: { location: `/api/ingest/${job.id}` } };
      },
    },
    {
      method: 'GET', path: '/api/ingest', tag: 'ingest', summary: 'Recent ingest jobs, newest first',
      params: [], response: 'JobList',
      handler: () => ({ body: { jobs: ctx.jobs?.list() ?? [] } }),
    },
    {
      method: 'GET', path: '/api/ingest/{id}', tag: 'ingest', summary: 'One ingest job: status, stage, progress, result and diagnostics',
      params: [], response: 'Job',
      handler: ({ path }) => {
        const job = ctx.jobs?.get(path.id);
        if (!job) notFound('ingest job', path.id);
        return { body: { job } };
      },
    },
  ];
}
