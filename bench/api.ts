// API latency benchmark (a script, not a test): `npm run bench:api [-- --count 10000 --requests 200 --keep]`.
//
// Builds a store of N articles (default 10,000): the seed texts and examples/ are analysed once by the real
// pipeline, then copied N / base times with new ids, outlets and dates shifted day by day (every layer and
// the story copied along, ids remapped), so the store has real layer densities without analysing 10,000
// texts. Then starts the server on loopback and times each endpoint with varied parameters (pages, filters),
// one request at a time over a keep-alive connection; prints p50/p95/max per endpoint (wall clock, and the
// CPU time the process spent on the request, which a busy machine inflates less), and how long each layer
// takes to load. `--db FILE` reuses a store kept by an earlier run (`--keep`).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AnalyzedArticle, Evidence, Story } from '../src/model.ts';
import { analyzeInputs } from '../src/pipeline.ts';
import { startServer } from '../src/serve/server.ts';
import { Snapshot } from '../src/serve/snapshot.ts';
import { SqliteStore } from '../src/store/sqlite.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'corpus', 'seeds');
const EXAMPLES = path.join(ROOT, 'examples');
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i - 25 : ''}`);

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' }, requests: { type: 'string', default: '200' }, keep: { type: 'boolean', default: false },
    db: { type: 'string' },
  },
});
const COUNT = Number(values.count);
const REQUESTS = Number(values.requests);

function shiftDate(d: string | null, days: number): string | null {
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Copy k of the base corpus: ids suffixed, outlet and dates varied, every id inside remapped. */
function copyOf(base: AnalyzedArticle[], story: Story, k: number): { docs: AnalyzedArticle[]; story: Story } {
  const days = k % 90;
  const suffix = `~${k}`;
  const id = (s: string) => s.replace(/^([^#]+)/, `$1${suffix}`);
  const docs = base.map((d, i): AnalyzedArticle => {
    const a = d.article;
    const newId = a.id + suffix;
    return {
      article: { ...a, id: newId, outlet: OUTLETS[(k * 7 + i) % OUTLETS.length], published: shiftDate(a.published, days), contentHash: `${a.contentHash}${suffix}`, duplicateOf: null },
      sentences: d.sentences,
      timexes: d.timexes,
      entities: d.entities.map((e) => ({ ...e, id: id(e.id), articleId: newId })),
      quotes: d.quotes.map((q) => ({ ...q, id: id(q.id), articleId: newId, speakerEntityId: q.speakerEntityId ? id(q.speakerEntityId) : null })),
      events: d.events.map((e) => ({ ...e, id: id(e.id), articleId: newId, date: shiftDate(e.date, days) })),
    };
  });
  const ev = (v: Evidence): Evidence => ({ ...v, articleId: v.articleId + suffix });
  return {
    docs,
    story: {
      entities: story.entities.map((e) => ({ ...e, id: e.id + suffix, articles: e.articles.map((a) => a + suffix), members: e.members.map(id) })),
      events: story.events.map((e) => ({
        ...e, id: e.id + suffix, date: shiftDate(e.date, days), articles: e.articles.map((a) => a + suffix), members: e.members.map(id),
        evidence: e.evidence.map(ev), firstReported: shiftDate(e.firstReported, days), lastReported: shiftDate(e.lastReported, days),
      })),
      claims: story.claims.map((c) => ({ ...c, id: c.id + suffix, articles: c.articles.map((a) => a + suffix), evidence: c.evidence.map(ev), disputeEvidence: c.disputeEvidence.map(ev) })),
      discrepancies: story.discrepancies.map((d) => ({ ...d, id: d.id + suffix, values: d.values.map((v) => ({ ...v, articles: v.articles.map((a) => a + suffix), evidence: v.evidence.map(ev) })) })),
    },
  };
}

async function buildStore(file: string): Promise<{ store: SqliteStore; articles: number; buildMs: number }> {
  const t0 = performance.now();
  const inputs = [
    ...readdirSync(SEEDS).map((f) => path.join(SEEDS, f)),
    ...readdirSync(EXAMPLES).filter((f) => /\.(txt|html|jsonl)$/.test(f)).map((f) => path.join(EXAMPLES, f)),
  ];
  const base = await analyzeInputs(inputs);
  const copies = Math.ceil(COUNT / base.articles.length);
  const docs: AnalyzedArticle[] = [];
  const story: Story = { entities: [], events: [], claims: [], discrepancies: [] };
  for (let k = 0; k < copies && docs.length < COUNT; k++) {
    const c = copyOf(base.articles, base.story, k);
    docs.push(...c.docs.slice(0, COUNT - docs.length));
    const kept = new Set(docs.map((d) => d.article.id));
    story.entities.push(...c.story.entities.filter((e) => e.articles.every((a) => kept.has(a))));
    story.events.push(...c.story.events.filter((e) => e.articles.every((a) => kept.has(a))));
    story.claims.push(...c.story.claims.filter((e) => e.articles.every((a) => kept.has(a))));
    story.discrepancies.push(...c.story.discrepancies);
  }
  const store = new SqliteStore(file);
  store.saveAnalyzed(docs, { pipelineVersion: 'bench', resolveStory: () => story });
  return { store, articles: docs.length, buildMs: performance.now() - t0 };
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function timed(url: string): Promise<{ ms: number; cpuMs: number; status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    request(url, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => {
        const c = process.cpuUsage(c0);
        resolve({ ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, status: res.statusCode!, bytes });
      });
    }).on('error', reject).end();
  });
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-api-'));
  const file = values.db ?? path.join(dir, 'bench.db');
  let store: SqliteStore, articles: number, buildMs = 0;
  if (values.db) {
    store = new SqliteStore(values.db);
    articles = store.countArticles() as number;
  } else {
    process.stderr.write(`building a store of ${COUNT} articles…\n`);
    ({ store, articles, buildMs } = await buildStore(file));
  }
  // Each layer's load, on its own (the server loads them in the background after it starts).
  const probe = new Snapshot(store);
  const loads: string[] = [];
  for (const [name, get] of [['articles', () => probe.articles], ['story events', () => probe.storyEvents], ['events', () => probe.events],
    ['entities', () => probe.entities], ['quotes', () => probe.quotes], ['claims', () => probe.story.claims]] as [string, () => unknown][]) {
    const t = performance.now();
    get();
    loads.push(`${name} ${(performance.now() - t).toFixed(0)} ms`);
  }
  process.stdout.write(`layer loads: ${loads.join(', ')}\n`);
  const server = await startServer({ store, port: 0 });
  const base = server.url.replace(/\/$/, '');
  const t0 = performance.now();
  const summary = JSON.parse(await (await fetch(`${base}/api/summary`)).text());
  const coldMs = performance.now() - t0;
  const c = summary.counts;
  process.stdout.write(`store: ${articles} articles, ${c.events} events (${c.story_events} story events), ${c.entities} entities, ${c.quotes} quotes, ` +
    `${c.claims} claims; built in ${(buildMs / 1000).toFixed(1)} s; first request (summary) ${coldMs.toFixed(0)} ms\n`);

  let n = 0;
  const pick = <T>(xs: T[]): T => xs[n++ % xs.length];
  const offsets = [0, 100, 1000, 5000, 9000];
  const countries = summary.countries.slice(0, 6).map((x: any) => x.country);
  const sources = summary.sources.slice(0, 5).map((x: any) => x.source);
  const types = ['ASSAULT', 'CONSULT', 'REQUEST', 'ASSAULT,ACCUSE', 'AGREE'];
  const day = (i: number) => shiftDate('2025-05-01', i % 60)!;
  const q = (o: Record<string, string | number>) => new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)])).toString();
  const endpoints: [string, (i: number) => string][] = [
    ['articles', (i) => `/api/articles?${q({ offset: pick(offsets), ...(i % 3 === 1 ? { source: pick(sources) } : {}), ...(i % 3 === 2 ? { from: day(i), to: shiftDate(day(i), 10)! } : {}) })}`],
    ['entities', (i) => `/api/entities?${q({ offset: pick(offsets), ...(i % 2 ? { type: 'PERSON' } : { country: pick(countries) }) })}`],
    ['entities story', (i) => `/api/entities?${q({ level: 'story', offset: i % 5, ...(i % 2 ? { name: 'min' } : {}) })}`],
    ['quotes', (i) => `/api/quotes?${q({ offset: pick(offsets), ...(i % 2 ? { speaker: 'a' } : { kind: 'direct' }) })}`],
    ['events', (i) => `/api/events?${q({ offset: pick(offsets), ...(i % 3 === 0 ? { country: pick(countries) } : i % 3 === 1 ? { type: pick(types) } : { from: day(i), to: shiftDate(day(i), 7)! }) })}`],
    ['events story', (i) => `/api/events?${q({ level: 'story', offset: pick(offsets), ...(i % 2 ? { actor: pick(countries) } : { source: pick(sources) }) })}`],
    ['claims', (i) => `/api/claims?${q({ offset: i % 3 })}`],
    ['timeline', (i) => `/api/timeline?${q({ offset: pick(offsets), ...(i % 2 ? { country: pick(countries) } : { type: pick(types) }) })}`],
    ['escalation', (i) => `/api/escalation?${q(i % 2 ? { country: pick(countries) } : { type: pick(types) })}`],
    ['network', (i) => `/api/network?${q(i % 2 ? { country: pick(countries) } : { type: pick(types) })}`],
    ['matrix', (i) => `/api/matrix?${q({ offset: i % 4, ...(i % 2 ? { country: pick(countries) } : {}) })}`],
    ['speakers', (i) => `/api/speakers?${q({ offset: i % 3 })}`],
    ['search', (i) => `/api/search?${q({ q: pick(['border', 'ceasefire talks', 'minister', '"foreign minister"', 'drone']), offset: i % 3 * 10 })}`],
  ];
  const rows: string[] = [];
  const firsts: string[] = [];
  for (const [name, url] of endpoints) {
    const first = await timed(`${base}${url(0)}`).catch(() => timed(`${base}${url(0)}`));
    firsts.push(`${name} ${first.ms.toFixed(0)} ms`);
    for (let i = 1; i < 5; i++) await timed(`${base}${url(i)}`);
    const times: number[] = [];
    const cpu: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const r = await timed(`${base}${url(i)}`);
      if (r.status !== 200) throw new Error(`${name}: HTTP ${r.status} for ${url(i)}`);
      times.push(r.ms);
      cpu.push(r.cpuMs);
      bytes += r.bytes;
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const f = (v: number) => v.toFixed(1).padStart(6);
    rows.push(`${name.padEnd(16)} wall p50 ${f(pct(times, 50))} p95 ${f(pct(times, 95))} max ${f(times.at(-1)!)} ms | cpu p50 ${f(pct(cpu, 50))} p95 ${f(pct(cpu, 95))} ms | ${Math.round(bytes / REQUESTS / 1024)} KiB`);
  }
  process.stdout.write(`first request per endpoint (loads the layers it reads): ${firsts.join(', ')}\n`);
  process.stdout.write(`${REQUESTS} requests per endpoint after 5 warm-up requests, one at a time, varied pages and filters:\n${rows.join('\n')}\n`);
  process.stdout.write(`load average during the run: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores\n`);
  agent.destroy();
  await server.close();
  store.close();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  if (values.keep && !values.db) process.stdout.write(`store kept: ${file} (reuse it with --db)\n`);
}

await main();
