// POST /api/ingest over loopback: pasted text, uploaded files and a URL go through the analyze flow in a
// worker; the job reports its progress and result, and the API shows the new articles.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { startServer, type RunningServer } from '../src/serve/server.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { tempDir } from './helpers.ts';

let server: RunningServer;
let store: SqliteStore;
let site: Server;
let siteUrl: string;

const PAGE = `<!doctype html><html><head><title>Harbour reopens after storm | Coast Gazette</title>
<meta property="og:title" content="Harbour reopens after storm"><meta property="article:published_time" content="2031-06-02T08:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Harbour reopens after storm</h1>
<p>The port authority reopened the northern harbour on Monday after three days of closure, officials said.</p>
<p>Fishing boats returned to the quay in the afternoon, and the ferry to the islands resumed its timetable.</p>
<p>Repairs to the breakwater will take several weeks, according to the authority's engineers.</p></article>
<footer>Copyright Coast Gazette</footer></body></html>`;

before(async () => {
  store = new SqliteStore(path.join(tempDir(), 'ingest.db'));
  server = await startServer({ store, port: 0, ingest: { timeoutMs: 5000 } });
  site = createServer((req, res) => {
    if (req.url === '/harbour') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

after(async () => {
  await server.close();
  store.close();
  site.close();
});

async function post(body: unknown, type = 'application/json') {
  const res = await fetch(`${server.url}api/ingest`, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, location: res.headers.get('location'), body: (await res.json()) as any };
}

async function finish(id: string) {
  const stages = new Set<string>();
  for (let i = 0; i < 600; i++) {
    const { job } = (await (await fetch(`${server.url}api/ingest/${id}`)).json()) as any;
    if (job.stage) stages.add(job.stage);
    if (job.status === 'done' || job.status === 'failed') return { job, stages };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('ingest job did not finish');
}

test('text, files and a URL in one job: progress, result, new articles in the API', async () => {
  const text = 'Flood waters receded from the river towns on Tuesday, the regional governor said.\n\nVolunteers began clearing mud from the main square.';
  const note = 'A second note, uploaded as a file, about the reopening of the bridge over the estuary after inspections.';
  const r = await post({
    texts: [{ text, title: 'Floods recede', published: '2031-06-03', outlet: 'Delta Herald' }],
    files: [
      { name: 'bridge-note.txt', data: Buffer.from(note).toString('base64') },
      { name: 'zipped.txt.gz', data: gzipSync(Buffer.from('A gzipped upload about ferry timetables on the western coast, checked by the harbour office.')).toString('base64') },
    ],
    urls: [`${siteUrl}/harbour`],
  });
  assert.equal(r.status, 202);
  assert.equal(r.location, `/api/ingest/${r.body.job.id}`);
  assert.deepEqual(r.body.job.items, { texts: 1, files: 2, urls: 1 });
  const { job, stages } = await finish(r.body.job.id);
  assert.equal(job.status, 'done', job.error);
  assert.equal(job.result.articles.length, 4);
  assert.equal(job.result.inserted, 4);
  assert.ok(stages.size >= 1, 'the job reported its stages');
  const list = (await (await fetch(`${server.url}api/articles`)).json()) as any;
  const byTitle = new Map(list.articles.map((a: any) => [a.title, a]));
  const flood = byTitle.get('Floods recede') as any;
  assert.equal(flood.outlet, 'Delta Herald');
  assert.equal(flood.published, '2031-06-03');
  assert.ok(list.articles.some((a: any) => a.id === 'bridge-note'), 'a file keeps its name as id');
  assert.ok(list.articles.some((a: any) => a.id === 'zipped'), 'gzipped uploads are read');
  const harbour = byTitle.get('Harbour reopens after storm') as any;
  assert.ok(harbour, 'the page fetched from the URL is stored');
  const full = (await (await fetch(`${server.url}api/articles/${encodeURIComponent(harbour.id)}`)).json()) as any;
  assert.match(full.article.body, /breakwater/);
  assert.doesNotMatch(full.article.body, /Home \| World/);
  const hits = (await (await fetch(`${server.url}api/search?q=estuary`)).json()) as any;
  assert.deepEqual(hits.hits.map((h: any) => h.article), ['bridge-note']);
});

test('plain text bodies; an unreachable URL is a diagnostic, not a crash; the same text again is unchanged', async () => {
  const r = await post('Wildfire crews contained the blaze near the northern ridge overnight, the fire service reported.', 'text/plain');
  assert.equal(r.status, 202);
  const first = await finish(r.body.job.id);
  assert.equal(first.job.status, 'done');
  assert.equal(first.job.result.inserted, 1);
  const again = await post({ texts: ['Wildfire crews contained the blaze near the northern ridge overnight, the fire service reported.'], urls: [`${siteUrl}/missing`] });
  const second = await finish(again.body.job.id);
  assert.equal(second.job.status, 'done');
  assert.equal(second.job.result.unchanged, 1);
  assert.equal(second.job.result.inserted, 0);
  assert.ok(second.job.diagnostics.some((d: any) => d.severity === 'error' && d.input.endsWith('/missing')), JSON.stringify(second.job.diagnostics));
  const jobs = (await (await fetch(`${server.url}api/ingest`)).json()) as any;
  assert.equal(jobs.jobs[0].id, again.body.job.id, 'newest first');
});
