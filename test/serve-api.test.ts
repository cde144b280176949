// The HTTP API over loopback, on a store holding a hand-made story with known answers.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer, type RunningServer } from '../src/serve/server.ts';
import type { SqliteStore } from '../src/store/sqlite.ts';
import { tempDir } from './helpers.ts';
import { fixtureStore } from './serve-fixture.ts';

let server: RunningServer;
let store: SqliteStore;

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  text: string;
}

function call(method: string, pathname: string, opts: { body?: string | Buffer; headers?: Record<string, string> } = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url.replace(/\/$/, '')}${pathname}`, { method, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: any = null;
        try {
          body = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode!, headers: res.headers, body, text });
      });
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const get = (p: string) => call('GET', p);

before(async () => {
  store = fixtureStore(path.join(tempDir(), 'fixture.db'));
  server = await startServer({ store, port: 0, maxBodyBytes: 64 * 1024 });
});

after(async () => {
  await server.close();
  store.close();
});

describe('lists', () => {
  test('articles: metadata by publication date, counts, source filter, pagination', async () => {
    const r = await get('/api/articles');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.articles.map((a: any) => a.id), ['steppe-1', 'valley-1', 'wire-1']);
    assert.equal(r.body.total, 3);
    assert.equal(r.body.articles[0].body, undefined, 'lists carry no bodies');
    assert.deepEqual(r.body.articles[1].counts, { entities: 1, quotes: 1, events: 2 });
    assert.equal(r.body.articles[2].source, 'wire.example', 'no outlet: the URL host names the source');
    const byOutlet = await get('/api/articles?source=valley%20post');
    assert.deepEqual(byOutlet.body.articles.map((a: any) => a.id), ['valley-1']);
    const page2 = await get('/api/articles?limit=1&offset=1');
    assert.deepEqual([page2.body.articles.map((a: any) => a.id), page2.body.total, page2.body.limit, page2.body.offset], [['valley-1'], 3, 1, 1]);
    const dated = await get('/api/articles?from=2030-04-03&to=2030-04-04');
    assert.deepEqual(dated.body.articles.map((a: any) => a.id), ['valley-1']);
  });

  test('events: FORMAT.md shape plus ids, sentence, score and the sources of the story event', async () => {
    const r = await get('/api/events');
    assert.equal(r.status, 200);
    assert.equal(r.body.total, 5);
    const e = r.body.events.find((x: any) => x.id === 'steppe-1#v1');
    for (const k of ['type', 'mode', 'actor', 'recipient', 'date', 'location', 'modality', 'evidence', 'id', 'articleId', 'sentence', 'score', 'sources'])
      assert.ok(k in e, `event has ${k}`);
    assert.deepEqual(e.actor, [{ name: 'Uzbekistan', country: 'UZB' }]);
    assert.equal(e.quad, 'material-conflict');
    assert.equal(e.story_event, 'S1');
    assert.deepEqual(e.sources.map((s: any) => [s.article, s.outlet, s.sentence]), [['steppe-1', 'Steppe Courier', 0], ['valley-1', 'Valley Post', 0]]);
    assert.match(e.sources[1].text, /opened fire/);
    // Events come in date order.
    assert.deepEqual(r.body.events.map((x: any) => x.date), ['2030-03-31', '2030-04-01', '2030-04-01', '2030-04-03', '2030-04-05']);
  });

  test('events: filters on dates, actor, recipient, country, type, quad, modality, source, location', async () => {
    const ids = async (q: string) => (await get(`/api/events?${q}`)).body.events.map((x: any) => x.id).sort();
    assert.deepEqual(await ids('from=2030-04-01&to=2030-04-01'), ['steppe-1#v1', 'steppe-1#v2']);
    assert.deepEqual(await ids('actor=KAZ'), ['steppe-1#v2', 'valley-1#v2', 'wire-1#v1']);
    assert.deepEqual(await ids('actor=uzbek'), ['steppe-1#v1', 'valley-1#v1', 'valley-1#v2', 'wire-1#v1']);
    assert.deepEqual(await ids('recipient=KAZ'), ['steppe-1#v1', 'valley-1#v1']);
    assert.deepEqual(await ids('type=ASSAULT,AGREE'), ['steppe-1#v1', 'valley-1#v1', 'wire-1#v1']);
    assert.deepEqual(await ids('type=assault'), ['steppe-1#v1', 'valley-1#v1'], 'enums are case-insensitive');
    assert.deepEqual(await ids('quad=verbal-cooperation'), ['valley-1#v2', 'wire-1#v1']);
    assert.deepEqual(await ids('modality=claimed'), ['valley-1#v1']);
    assert.deepEqual(await ids('source=Steppe%20Courier'), ['steppe-1#v1', 'steppe-1#v2']);
    assert.deepEqual(await ids('located=true'), ['steppe-1#v1']);
    assert.deepEqual(await ids('country=CHN'), []);
    assert.deepEqual(await ids('article=wire-1'), ['wire-1#v1']);
    // Index-narrowed and checked: combinations, and totals that match the pages.
    assert.deepEqual(await ids('type=ASSAULT&recipient=KAZ&source=valley%20post'), ['valley-1#v1']);
    assert.deepEqual(await ids('country=KAZ,UZB&type=AGREE'), ['wire-1#v1']);
    assert.deepEqual(await ids('country=KAZ&from=2030-04-03'), ['valley-1#v2', 'wire-1#v1']);
    const paged = (await get('/api/events?country=KAZ&limit=2&offset=1')).body;
    assert.deepEqual([paged.total, paged.events.length], [5, 2]);
  });

  test('events: level=story merges across articles; one event by id', async () => {
    const r = await get('/api/events?level=story&type=ASSAULT');
    assert.equal(r.body.level, 'story');
    assert.equal(r.body.total, 1);
    assert.deepEqual(r.body.events[0].articles, ['steppe-1', 'valley-1']);
    assert.equal(r.body.events[0].sources.length, 2);
    const src = await get('/api/events?level=story&source=valley%20post');
    assert.deepEqual(src.body.events.map((x: any) => x.id).sort(), ['S1', 'S3']);
    const one = await get('/api/events/S4');
    assert.equal(one.body.event.type, 'AGREE');
    assert.equal((await get('/api/events/valley-1%23v2')).body.event.story_event, 'S3');
    assert.equal((await get('/api/events/nope')).status, 404);
  });

  test('timeline orders story events by date', async () => {
    const r = await get('/api/timeline');
    assert.deepEqual(r.body.events.map((e: any) => e.id), ['S1', 'S2', 'S3', 'S4']);
    assert.deepEqual((await get('/api/timeline?quad=material-conflict')).body.events.map((e: any) => e.id), ['S1']);
  });

  test('escalation: per pair and day, the sum of scores and counts per quad class', async () => {
    const r = await get('/api/escalation?pair=UZB-KAZ');
    assert.equal(r.status, 200);
    assert.equal(r.body.series.length, 1);
    const s = r.body.series[0];
    assert.deepEqual(s.pair, ['KAZ', 'UZB']);
    assert.deepEqual(s.days.map((d: any) => [d.date, d.score, d.count]), [['2030-04-01', -11, 2], ['2030-04-03', 1.5, 1], ['2030-04-05', 2.5, 1]]);
    assert.deepEqual(s.days[0].quad, { 'verbal-cooperation': 0, 'material-cooperation': 0, 'verbal-conflict': 1, 'material-conflict': 1 });
    assert.deepEqual(s.total, { score: -7, count: 4, quad: { 'verbal-cooperation': 2, 'material-cooperation': 0, 'verbal-conflict': 1, 'material-conflict': 1 } });
    const bad = await get('/api/escalation?pair=KAZ');
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /pair/);
  });

  test('network: directed, weighted edges between parties', async () => {
    const r = await get('/api/network');
    const edge = r.body.edges.find((e: any) => e.source === 'uzbekistan|UZB' && e.target === 'kazakhstan|KAZ');
    assert.deepEqual([edge.weight, edge.score, edge.types], [1, -9, { ASSAULT: 1 }]);
    assert.equal(r.body.edges.length, 2);
    const kaz = r.body.nodes.find((n: any) => n.id === 'kazakhstan|KAZ');
    assert.deepEqual([kaz.events, kaz.out, kaz.in], [4, 1, 1]);
  });

  test('claims with both sides and their sources; discrepancies; matrix flags disagreement', async () => {
    const c = (await get('/api/claims?status=disputed')).body.claims[0];
    assert.equal(c.claimant.country, 'KAZ');
    assert.deepEqual(c.disputed_by, [{ name: 'Uzbekistan', country: 'UZB' }]);
    assert.match(c.sources[0].text, /Three soldiers/);
    assert.equal(c.dispute_sources[0].outlet, 'Valley Post');
    assert.equal((await get('/api/claims?status=corroborated')).body.total, 0);
    const d = (await get('/api/discrepancies')).body.discrepancies[0];
    assert.deepEqual(d.values.map((v: any) => [v.value, v.sources[0].outlet]), [['three', 'Steppe Courier'], ['two', 'Valley Post']]);
    const m = (await get('/api/matrix')).body;
    assert.deepEqual(m.sources.map((s: any) => s.source).sort(), ['Steppe Courier', 'Valley Post', 'wire.example']);
    const shooting = m.facts.find((f: any) => f.id === 'S1');
    assert.deepEqual(shooting.disagreement, ['modality', 'date']);
    assert.equal(shooting.cells['Valley Post'].modality, 'claimed');
    const disc = m.facts.find((f: any) => f.id === 'D1');
    assert.equal(disc.cells['Steppe Courier'].value, 'three');
    const only = (await get('/api/matrix?disagreements=true')).body.facts.map((f: any) => f.id).sort();
    assert.deepEqual(only, ['C1', 'D1', 'S1']);
  });

  test('quotes and speakers; entities at both levels', async () => {
    const q = await get('/api/quotes?speaker=serikova');
    assert.equal(q.body.total, 1);
    assert.equal(q.body.quotes[0].sources[0].outlet, 'Valley Post');
    assert.equal((await get('/api/quotes?country=KAZ')).body.total, 1);
    assert.equal((await get('/api/quotes?kind=indirect')).body.total, 0);
    assert.equal((await get('/api/quotes?speaker=SERIKOVA&kind=direct&from=2030-04-03')).body.total, 1);
    assert.equal((await get('/api/quotes?speaker=serikova&from=2030-04-04')).body.total, 0, 'undated quotes take the publication date');
    const sp = await get('/api/speakers');
    assert.deepEqual(sp.body.speakers[0], { speaker: 'Aliya Serikova', entity: 'valley-1#e1', country: 'KAZ', quotes: 1, direct: 1, indirect: 0, sources: ['Valley Post'] });
    assert.equal((await get('/api/entities?type=PERSON')).body.entities[0].name, 'Aliya Serikova');
    const story = await get('/api/entities?level=story&name=kazakh');
    assert.deepEqual(story.body.entities.map((e: any) => e.id), ['E1']);
  });

  test('one article: body, sentences and layers with spans into the body', async () => {
    const r = await get('/api/articles/valley-1');
    assert.equal(r.status, 200);
    const body: string = r.body.article.body;
    assert.equal(r.body.sentences.length, 4);
    const q = r.body.quotes[0];
    assert.equal(body.slice(q.start, q.end), q.text);
    const m = r.body.entities[0].mentions[0];
    assert.equal(body.slice(m.start, m.end), 'Aliya Serikova');
    assert.deepEqual(r.body.story_events, ['S1', 'S3']);
    assert.equal((await get('/api/articles/missing')).status, 404);
  });

  test('search: full text with snippets and totals, and matching entities', async () => {
    const r = await get('/api/search?q=soldiers%20wounded');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.hits.map((h: any) => h.article), ['steppe-1']);
    assert.equal(r.body.total, 1);
    assert.match(r.body.hits[0].snippet, /\[wounded\]/);
    assert.deepEqual((await get('/api/search?q=Serikova')).body.entities.map((e: any) => e.name), ['Aliya Serikova']);
    assert.equal((await get('/api/search?q=%22%22')).status, 400);
  });

  test('summary counts everything', async () => {
    const s = (await get('/api/summary')).body;
    assert.deepEqual(s.counts, { articles: 3, entities: 2, story_entities: 2, quotes: 1, events: 5, story_events: 4, claims: 1, discrepancies: 1 });
    assert.deepEqual(s.published, { from: '2030-04-02', to: '2030-04-05' });
  });
});

describe('validation and errors', () => {
  const bad = async (p: string, status: number, pattern: RegExp) => {
    const r = await get(p);
    assert.equal(r.status, status, `${p} -> ${r.status} ${r.text}`);
    assert.match(r.headers['content-type'] as string, /application\/json/);
    assert.equal(r.body.error.status, status);
    assert.match(r.body.error.message, pattern);
  };

  test('every parameter is checked, with a message naming it', async () => {
    await bad('/api/events?from=2030-13-01', 400, /"from".*YYYY-MM-DD/);
    await bad('/api/events?from=2030-02-30', 400, /"from"/);
    await bad('/api/events?from=2030-04-05&to=2030-04-01', 400, /after/);
    await bad('/api/events?limit=0', 400, /"limit".*at least 1/);
    await bad('/api/events?limit=5000', 400, /"limit".*at most 1000/);
    await bad('/api/events?offset=-1', 400, /"offset"/);
    await bad('/api/events?limit=ten', 400, /"limit".*integer/);
    await bad('/api/events?type=BOMB', 400, /"type".*ASSAULT/);
    await bad('/api/events?level=country', 400, /"level"/);
    await bad('/api/events?country=India', 400, /"country".*alpha-3/);
    await bad('/api/events?located=maybe', 400, /"located"/);
    await bad('/api/events?colour=red', 400, /unknown parameter "colour"/);
    await bad('/api/events?type=ASSAULT&type=AGREE', 400, /more than once/);
    await bad('/api/search', 400, /"q".*required/);
    await bad(`/api/search?q=${'x'.repeat(600)}`, 400, /longer than 500/);
    await bad('/api/articles/x?limit=3', 400, /unknown parameter/);
  });

  test('unknown routes 404, wrong methods 405 with Allow', async () => {
    await bad('/api/nothing', 404, /no such API route/);
    await bad('/no-such-page.html', 404, /no such page/);
    const r = await call('POST', '/api/events', { body: '{}', headers: { 'content-type': 'application/json' } });
    assert.equal(r.status, 405);
    assert.equal(r.headers.allow, 'GET');
    const d = await call('DELETE', '/api/ingest');
    assert.equal(d.status, 405);
    assert.match(d.headers.allow as string, /POST/);
  });

  test('ingest bodies: too large 413, wrong type 415, bad JSON and bad fields 400', async () => {
    const big = await call('POST', '/api/ingest', { body: JSON.stringify({ texts: ['x'.repeat(70 * 1024)] }), headers: { 'content-type': 'application/json' } });
    assert.equal(big.status, 413);
    assert.match(big.body.error.message, /larger than/);
    const form = await call('POST', '/api/ingest', { body: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.status, 415);
    const broken = await call('POST', '/api/ingest', { body: '{"texts": [', headers: { 'content-type': 'application/json' } });
    assert.equal(broken.status, 400);
    assert.match(broken.body.error.message, /not valid JSON/);
    const json = (o: unknown) => call('POST', '/api/ingest', { body: JSON.stringify(o), headers: { 'content-type': 'application/json' } });
    assert.match((await json({})).body.error.message, /nothing to ingest/);
    assert.match((await json({ urls: ['file:///etc/passwd'] })).body.error.message, /urls\[0\].*http/);
    assert.match((await json({ texts: [{ text: 'a', published: 'May 5' }] })).body.error.message, /published/);
    assert.match((await json({ files: [{ name: '../..', data: 'aGk=' }] })).body.error.message, /file name/);
    assert.match((await json({ files: [{ name: 'a.txt', data: '***' }] })).body.error.message, /base64/);
    assert.match((await json({ texts: ['ok'], extra: 1 })).body.error.message, /unknown field "extra"/);
  });

  test('DNS rebinding and cross-site posts are refused', async () => {
    const r = await call('GET', '/api/summary', { headers: { host: 'attacker.example:80' } });
    assert.equal(r.status, 403);
    const x = await call('POST', '/api/ingest', { body: '{"texts":["hi"]}', headers: { 'content-type': 'application/json', origin: 'http://evil.example' } });
    assert.equal(x.status, 403);
  });
});

describe('the dashboard files', () => {
  test('served with a strict CSP and no reference to another host', async () => {
    const index = await get('/');
    assert.equal(index.status, 200);
    assert.match(index.headers['content-type'] as string, /text\/html/);
    const csp = index.headers['content-security-policy'] as string;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.equal(index.headers['x-content-type-options'], 'nosniff');
    // Every script and stylesheet the page loads, and the modules they import, recursively.
    const seen = new Set<string>();
    const queue = ['/'];
    const NAMESPACES = new Set(['http://www.w3.org/2000/svg']);
    while (queue.length) {
      const p = queue.shift()!;
      if (seen.has(p)) continue;
      seen.add(p);
      const r = await get(p);
      assert.equal(r.status, 200, p);
      for (const m of r.text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s'"`)]*/gi))
        assert.ok(NAMESPACES.has(m[0]), `${p} references ${m[0]}`);
      assert.doesNotMatch(r.text, /@import|url\(\s*['"]?(?:https?:)?\/\//i, `${p}: no remote CSS`);
      for (const m of r.text.matchAll(/(?:src|href)="(\/[^"]+)"|from '(\.{1,2}\/[^']+)'/g)) {
        const ref = m[1] ?? new URL(m[2], `http://x${p}`).pathname;
        if (!ref.startsWith('/api/')) queue.push(ref);
      }
    }
    assert.ok([...seen].some((p) => p.endsWith('/views/map.js')), 'the crawl reached the views');
    assert.ok(seen.size > 10);
  });

  test('no script sets HTML from strings', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { PUBLIC_DIR } = await import('../src/serve/server.ts');
    const files = (readdirSync(PUBLIC_DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('.js'));
    assert.ok(files.length > 10);
    for (const f of files) {
      const src = readFileSync(path.join(PUBLIC_DIR, f), 'utf8');
      assert.doesNotMatch(src, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/, f);
    }
  });

  test('world geometry is served from the bundled package', async () => {
    const r = await call('GET', '/world.json', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-encoding'], 'gzip');
    const plain = await get('/world.json');
    assert.ok(plain.body.features.length > 200);
    assert.ok(plain.body.features.some((f: any) => f.id === 'KAZ'));
    assert.equal(plain.body.countries.UZB.name, 'Uzbekistan');
  });

  test('the OpenAPI document describes every route and its parameters', async () => {
    const doc = (await get('/api/openapi.json')).body;
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/articles', '/api/articles/{id}', '/api/entities', '/api/quotes', '/api/events', '/api/claims', '/api/timeline', '/api/escalation', '/api/search', '/api/ingest', '/api/ingest/{id}'])
      assert.ok(doc.paths[p], p);
    const events = doc.paths['/api/events'].get;
    const names = events.parameters.map((x: any) => x.name);
    for (const n of ['from', 'to', 'actor', 'country', 'type', 'source', 'level', 'limit', 'offset']) assert.ok(names.includes(n), n);
    assert.deepEqual(events.parameters.find((x: any) => x.name === 'level').schema.enum, ['article', 'story']);
    assert.ok(doc.paths['/api/ingest'].post.requestBody.content['application/json']);
    // Every $ref resolves.
    for (const m of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) assert.ok(doc.components.schemas[m[1]], m[1]);
  });
});
