// The OpenAPI 3.1 description of the API, built from the route declarations (paths, parameters) and the schemas below.
import { ENTITY_TYPES, PLOVER_TYPES } from '../model.ts';
import { QUAD_CLASSES } from '../report/escalation.ts';
import { VERSION } from '../version.ts';
import type { ParamSpec } from './params.ts';
import type { Route } from './router.ts';

type Schema = Record<string, unknown>;

const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const int = { type: 'integer' };
const num = { type: 'number' };
const arr = (items: Schema) => ({ type: 'array', items });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, Schema>, required: string[] = Object.keys(properties)) => ({ type: 'object', properties, required });
const list = (key: string, item: string) => obj({ [key]: arr(ref(item)), total: int, limit: int, offset: int });

const SCHEMAS: Record<string, Schema> = {
  Error: obj({ error: obj({ status: int, message: str }, ['status', 'message']) }),
  Party: obj({ name: str, country: { ...nstr, description: 'ISO 3166-1 alpha-3, null for non-state actors' } }),
  Geo: { type: ['object', 'null'], properties: { lat: num, lon: num, country: nstr, geonameId: { type: ['integer', 'null'] } } },
  SourceRef: obj({
    article: str, outlet: str, title: nstr, published: nstr, url: nstr,
    sentence: { type: ['integer', 'null'], description: 'Index of the sentence in the article' },
    text: { ...nstr, description: 'The sentence or passage, exactly as in the article body' },
    start: int, end: int,
  }, ['article', 'outlet', 'title', 'published', 'url', 'sentence', 'text']),
  Article: obj({
    id: str, title: nstr, outlet: nstr, source: { ...str, description: 'Outlet, else URL host, else article id' }, byline: nstr, dateline: nstr,
    published: nstr, published_source: nstr, language: str, url: nstr, input: str, word_count: int, duplicate_of: nstr,
    counts: obj({ entities: int, quotes: int, events: int }),
  }),
  ArticleList: list('articles', 'Article'),
  ArticleFull: obj({
    article: { allOf: [ref('Article'), obj({ body: str, published_note: nstr })] },
    sentences: arr(obj({ index: int, start: int, end: int, paragraph: int })),
    entities: arr({ type: 'object' }), quotes: arr(ref('Quote')), events: arr(ref('ArticleEvent')), timexes: arr({ type: 'object' }),
    story_events: arr(str),
  }),
  Entity: obj({
    id: str, name: str, type: { enum: [...ENTITY_TYPES] }, aliases: arr(str), country: nstr, roles: arr(str), geo: ref('Geo'),
  }, ['id', 'name', 'type', 'aliases', 'country', 'roles']),
  EntityList: { allOf: [list('entities', 'Entity'), obj({ level: { enum: ['article', 'story'] } })] },
  Quote: obj({
    id: str, articleId: str, speaker: nstr, speaker_entity: nstr, text: str, kind: { enum: ['direct', 'indirect'] }, cue: nstr, channel: nstr,
    date: nstr, start: int, end: int, sentence: int, sources: arr(ref('SourceRef')),
  }),
  QuoteList: list('quotes', 'Quote'),
  SpeakerList: obj({
    speakers: arr(obj({ speaker: str, entity: nstr, country: nstr, quotes: int, direct: int, indirect: int, sources: arr(str) })),
    total: int, limit: int, offset: int,
  }),
  ArticleEvent: obj({
    id: str, articleId: str, type: { enum: [...PLOVER_TYPES] }, mode: nstr, actor: arr(ref('Party')), recipient: arr(ref('Party')),
    date: { ...nstr, description: 'YYYY-MM-DD, YYYY-MM or null' }, location: nstr,
    modality: { enum: ['asserted', 'claimed', 'denied', 'planned', 'negated'] }, evidence: { ...str, description: 'The sentence the event was read from' },
    sentence: int, score: { ...num, description: 'PLOVER score, -10 to +10' }, quad: { enum: [...QUAD_CLASSES] }, trigger: str,
    attributed_to: nstr, geo: ref('Geo'), start: int, end: int, story_event: nstr,
    sources: { ...arr(ref('SourceRef')), description: 'Every article reporting the same story event, with its sentence' },
  }),
  StoryEvent: obj({
    id: str, type: { enum: [...PLOVER_TYPES] }, mode: nstr, actor: arr(ref('Party')), recipient: arr(ref('Party')), date: nstr, location: nstr,
    modality: str, score: num, quad: { enum: [...QUAD_CLASSES] }, geo: ref('Geo'), articles: arr(str), members: arr(str),
    first_reported: nstr, last_reported: nstr, sources: arr(ref('SourceRef')),
  }),
  EventList: obj({ events: arr({ oneOf: [ref('ArticleEvent'), ref('StoryEvent')] }), total: int, limit: int, offset: int, level: { enum: ['article', 'story'] } }),
  Event: obj({ level: { enum: ['article', 'story'] }, event: { oneOf: [ref('ArticleEvent'), ref('StoryEvent')] } }),
  Timeline: list('events', 'StoryEvent'),
  QuadCounts: obj(Object.fromEntries(QUAD_CLASSES.map((q) => [q, int]))),
  Escalation: obj({
    series: arr(obj({
      pair: { ...arr(str), minItems: 2, maxItems: 2 },
      days: arr(obj({ date: str, score: num, count: int, quad: ref('QuadCounts'), events: arr(str) })),
      total: obj({ score: num, count: int, quad: ref('QuadCounts') }),
      undated: int,
    })),
  }),
  Network: obj({
    nodes: arr(obj({ id: str, name: str, country: nstr, events: int, out: int, in: int })),
    edges: arr(obj({ source: str, target: str, weight: int, score: num, types: { type: 'object', additionalProperties: int }, events: arr(str) })),
  }),
  Claim: obj({
    id: str, text: str, claimant: ref('Party'), disputed_by: arr(ref('Party')), status: { enum: ['disputed', 'denied', 'unconfirmed', 'corroborated'] },
    articles: arr(str), sources: arr(ref('SourceRef')), dispute_sources: arr(ref('SourceRef')),
  }),
  ClaimList: list('claims', 'Claim'),
  Discrepancy: obj({ id: str, about: str, values: arr(obj({ value: str, articles: arr(str), sources: arr(ref('SourceRef')) })) }),
  DiscrepancyList: list('discrepancies', 'Discrepancy'),
  Matrix: obj({
    sources: arr(obj({ source: str, articles: arr(str) })),
    facts: arr(obj({
      id: str, kind: { enum: ['event', 'claim', 'discrepancy'] }, label: str, date: nstr, countries: arr(str), disagreement: arr(str),
      cells: { type: 'object', additionalProperties: obj({ articles: arr(str), stance: str, value: str, modality: str, date: nstr }, ['articles', 'stance']) },
    })),
    total: int, limit: int, offset: int,
  }),
  SearchResult: obj({
    query: str, hits: arr(obj({ article: str, title: nstr, source: str, published: nstr, snippet: str, rank: num })), total: int, limit: int,
    offset: int, entities: arr(ref('Entity')),
  }),
  Summary: { type: 'object', properties: { counts: { type: 'object' }, sources: arr({ type: 'object' }), countries: arr({ type: 'object' }) } },
  IngestRequest: {
    type: 'object',
    properties: {
      texts: arr({ oneOf: [str, obj({ text: str, title: str, published: { ...str, format: 'date' }, outlet: str, url: str }, ['text'])] }),
      files: arr(obj({ name: str, data: str, encoding: { enum: ['base64', 'utf8'], default: 'base64' } }, ['name', 'data'])),
      urls: arr({ ...str, format: 'uri' }),
    },
    additionalProperties: false,
  },
  JobBody: obj({
    id: str, status: { enum: ['queued', 'running', 'done', 'failed'] }, created: str, started: nstr, finished: nstr,
    items: obj({ texts: int, files: int, urls: int }), stage: nstr, done: int, total: int,
    result: { type: ['object', 'null'], properties: { articles: arr(str), inserted: int, updated: int, unchanged: int } },
    diagnostics: arr(obj({ input: str, reason: str, severity: { enum: ['error', 'warning'] } }, ['input', 'reason', 'severity'])),
    error: nstr,
  }),
  Job: obj({ job: ref('JobBody') }),
  JobList: obj({ jobs: arr(ref('JobBody')) }),
};

function paramSchema(p: ParamSpec): Schema {
  switch (p.type) {
    case 'date': return { type: 'string', format: 'date' };
    case 'int': return { type: 'integer', ...(p.min !== undefined ? { minimum: p.min } : {}), ...(p.max !== undefined ? { maximum: p.max } : {}), ...(p.default !== undefined ? { default: p.default } : {}) };
    case 'boolean': return { type: 'boolean' };
    case 'country': return { type: 'string', pattern: '^[A-Za-z]{3}(,[A-Za-z]{3})*$' };
    case 'enum':
      return p.list
        ? { type: 'array', items: { enum: [...(p.values ?? [])] } }
        : { enum: [...(p.values ?? [])], ...(p.default !== undefined ? { default: p.default } : {}) };
    default: return { type: 'string', maxLength: p.maxLength ?? 200 };
  }
}

const ERRORS = {
  '400': { description: 'Invalid parameter or body', content: { 'application/json': { schema: ref('Error') } } },
};

export function openApiDocument(routes: Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const pathParams = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const op: Record<string, unknown> = {
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      operationId: `${r.method.toLowerCase()}${r.path.replace(/\{(\w+)\}/g, 'By_$1').split('/').filter(Boolean).map((s) => s[0].toUpperCase() + s.slice(1)).join('')}`,
      parameters: [
        ...pathParams,
        ...r.params.map((p) => ({
          name: p.name, in: 'query', description: p.description, required: !!p.required, schema: paramSchema(p),
          ...(p.type === 'enum' && p.list ? { style: 'form', explode: false } : {}),
        })),
      ],
      responses: {
        [r.method === 'POST' ? '202' : '200']: { description: 'OK', content: { 'application/json': { schema: ref(r.response) } } },
        ...ERRORS,
        ...(pathParams.length ? { '404': { description: 'Not found', content: { 'application/json': { schema: ref('Error') } } } } : {}),
        ...(r.requestBody ? {
          '413': { description: 'Body too large', content: { 'application/json': { schema: ref('Error') } } },
          '415': { description: 'Unsupported media type', content: { 'application/json': { schema: ref('Error') } } },
        } : {}),
      },
    };
    if (r.requestBody)
      op.requestBody = {
        required: true,
        content: Object.fromEntries(r.requestBody.mediaTypes.map((m) => [m, { schema: m === 'text/plain' ? { type: 'string' } : ref(r.requestBody!.schema) }])),
      };
    (paths[r.path] ??= {})[r.method.toLowerCase()] = op;
  }
  paths['/api/openapi.json'] = {
    get: { tags: ['meta'], summary: 'This document', operationId: 'getOpenapi', responses: { '200': { description: 'OK', content: { 'application/json': {} } } } },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: VERSION,
      description: 'Articles, entities, quotes, PLOVER events, claims, timeline and escalation of the story in a sitrep store. ' +
        'Every record carries the sources behind it. Errors are JSON {error: {status, message}}; unknown parameters are rejected.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: SCHEMAS },
  };
}
