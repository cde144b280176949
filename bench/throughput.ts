// Throughput benchmark (a script, not a test): `npm run bench [-- --count N --full N --keep]`.
// --count: articles generated and run through ingest + clean + store (default 10,000);
// --full: how many of them go through the full pipeline (default: all of them; 0 skips the phase).
// --keep: keep the generated corpus and stores (the path is printed).
//
// Generates N distinct articles (default 10,000) by recombining the sentences of the shared seed texts
// and of examples/, writes them as files to a temporary directory, then measures, each in a fresh child
// process so that peak memory is the phase's own:
//   1. ingest + clean + store: read the files, clean, deduplicate, split sentences, save to SQLite (FTS included);
//   2. the pipeline through entities and quotes (issue 4's scope): the same plus the time, entity and quote
//      extractors and the story entities (resolved over the stored articles, then saved);
//   3. the full analyze pipeline: the same plus every registered extractor and the story over the store.
//   4. start-up: a fresh process analysing one short report, with the place index cached (warm) and without (cold).
// Prints articles/s and words/s (wall clock and per CPU second), CPU per stage and the peak RSS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, mkdirs } from './corpus.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface PhaseResult {
  phase: string;
  articles: number;
  words: number;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  diagnostics: number;
  duplicates: number;
  /** CPU ms per stage: read + clean, extract, store (article rows), story (resolve + save + commit). */
  stages: Record<string, number>;
}

// ---------- one phase, in its own process ----------

// The extractors of issue 4's scope (the events extractor and the story's events, claims and discrepancies are issue 5's).
const ISSUE4_EXTRACTORS = ['time', 'entities', 'quotes'];

async function runPhase(phase: string, corpus: string, db: string, limit: number): Promise<PhaseResult> {
  const { analyzeIntoStore } = await import('../src/pipeline.ts');
  const { SqliteStore } = await import('../src/store/sqlite.ts');
  const { EXTRACTORS } = await import('../src/extract/index.ts');
  const { resolveEntities } = await import('../src/resolve/entities.ts');
  const folders = readdirSync(corpus).sort().map((d) => path.join(corpus, d));
  const files = folders.flatMap((d) => readdirSync(d).sort().map((f) => path.join(d, f)));
  // The whole corpus as its folders (the directory walk is measured too), a part of it as files.
  const inputs = limit >= files.length ? folders : files.slice(0, limit);
  rmSync(db, { force: true });
  rmSync(db + '-wal', { force: true });
  rmSync(db + '-shm', { force: true });
  const store = new SqliteStore(db);
  const cpuMsNow = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  // Stage boundaries from the progress calls: the first extract call ends reading and cleaning, the last
  // store call ends the article rows; what follows in the transaction is the story.
  const marks: Record<string, number> = {};
  const onProgress = (stage: string, done: number, total: number) => {
    if (stage === 'extract' && marks.extract === undefined) marks.extract = cpuMsNow();
    if (stage === 'store' && marks.store === undefined) marks.store = cpuMsNow();
    if (stage === 'store' && done === total) marks.story = cpuMsNow();
  };
  const cpuStart = cpuMsNow();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const options = phase === 'store' ? { extractors: [], storyScope: 'none' as const, onProgress }
    : phase === 'entities' ? { extractors: EXTRACTORS.filter((x) => ISSUE4_EXTRACTORS.includes(x.name)), storyScope: 'none' as const, onProgress }
    : { onProgress };
  const run = await analyzeIntoStore(inputs, store, options);
  if (phase === 'entities') {
    // The story of this scope: its entities, resolved over the stored articles (this run's, in a fresh store) and saved.
    marks.story = cpuMsNow();
    await store.saveStory({ entities: resolveEntities(run.analyzed), events: [], claims: [], discrepancies: [] });
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuEnd = cpuMsNow();
  store.close();
  const at = (k: string, fallback: number) => marks[k] ?? fallback;
  const stages = {
    'read + clean': at('extract', at('store', cpuEnd)) - cpuStart,
    extract: at('store', cpuEnd) - at('extract', at('store', cpuEnd)),
    store: at('story', cpuEnd) - at('store', cpuEnd),
    story: cpuEnd - at('story', cpuEnd),
  };
  return {
    phase,
    articles: run.saved.inserted.length,
    words: run.analyzed.reduce((n, d) => n + d.article.wordCount, 0),
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    diagnostics: run.diagnostics.length,
    duplicates: run.analyzed.filter((d) => d.article.duplicateOf).length,
    stages,
  };
}

// ---------- start-up: a fresh process, one short report ----------

async function runStartup(): Promise<{ cpuMs: number; wallMs: number; maxRssMb: number }> {
  const { analyzeArticle, cleanBatch, storyContext } = await import('../src/pipeline.ts');
  const text = 'Border talks resume\n\nNAIROBI, March 3 - Envoys of the two governments met on Tuesday in Nairobi, ' +
    'the foreign ministry said. "We want the crossings open," the minister told reporters.\n';
  const { articles } = cleanBatch([{ source: 'startup.txt', kind: 'text', id: 'startup', url: null, text, meta: {} }]);
  analyzeArticle(articles[0], storyContext(articles));
  const c = process.cpuUsage();
  return { cpuMs: (c.user + c.system) / 1000, wallMs: performance.now(), maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function report(r: PhaseResult, label: string): void {
  const perSec = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
  console.log(`\n${label}`);
  console.log(`  articles stored     ${r.articles.toLocaleString('en-US')} (${r.words.toLocaleString('en-US')} words; ${r.duplicates} linked as near-duplicates, ${r.diagnostics} diagnostics)`);
  console.log(`  wall time           ${(r.wallMs / 1000).toFixed(2)} s: ${perSec(r.articles, r.wallMs)} articles/s, ${perSec(r.words, r.wallMs)} words/s`);
  console.log(`  CPU time            ${(r.cpuMs / 1000).toFixed(2)} s: ${perSec(r.articles, r.cpuMs)} articles/s, ${perSec(r.words, r.cpuMs)} words/s per CPU second`);
  const stages = Object.entries(r.stages).filter(([, ms]) => ms > 0)
    .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s (${Math.round((100 * ms) / r.cpuMs)}%)`);
  console.log(`  CPU by stage        ${stages.join(', ')}`);
  console.log(`  peak RSS            ${r.maxRssMb.toFixed(0)} MB (whole process)`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      full: { type: 'string' },
      keep: { type: 'boolean', default: false },
      phase: { type: 'string' },
      corpus: { type: 'string' },
      db: { type: 'string' },
    },
  });
  const count = Number(values.count);
  if (values.phase) {
    // Child mode: one phase, the result as JSON on the last line.
    const r = values.phase === 'startup' ? await runStartup() : await runPhase(values.phase, values.corpus!, values.db!, Number(values.full ?? count));
    process.stdout.write(JSON.stringify(r) + '\n');
    return;
  }
  const full = Math.min(count, Number(values.full ?? count));
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-'));
  try {
    const corpus = path.join(dir, 'corpus');
    mkdirs(corpus, count);
    const t0 = performance.now();
    const gen = generate(corpus, count);
    console.log(`sitrep throughput benchmark (node ${process.version}, one process per phase)`);
    console.log(`corpus: ${gen.files.toLocaleString('en-US')} generated articles, ${gen.words.toLocaleString('en-US')} words,` +
      ` from ${gen.sentences} distinct source sentences (seeds + examples/), written in ${((performance.now() - t0) / 1000).toFixed(1)} s to ${corpus}`);
    const child = (args: string[], env: NodeJS.ProcessEnv = process.env): string => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26, env });
      return out.trim().split('\n').at(-1)!;
    };
    const phase = (name: string, n: number): PhaseResult =>
      JSON.parse(child(['--phase', name, '--corpus', corpus, '--db', path.join(dir, `${name}.db`), '--full', String(n)])) as PhaseResult;
    const store = phase('store', count);
    report(store, 'ingest + clean + store (no extractors, no story)');
    const target = 500;
    const cpuRate = (store.articles / store.cpuMs) * 1000;
    console.log(`  target              >= ${target} articles/s on one core: ${cpuRate >= target ? 'met' : 'NOT met'} (${Math.round(cpuRate)} per CPU second)`);
    const wordsTarget = (r: PhaseResult, target: number, what: string) => {
      const wordsPerCpu = (r.words / r.cpuMs) * 1000;
      console.log(`  target              >= ${target.toLocaleString('en-US')} words/s on one core${what}: ${wordsPerCpu >= target ? 'met' : 'NOT met'} (${Math.round(wordsPerCpu).toLocaleString('en-US')} per CPU second)`);
    };
    if (full > 0) {
      const e = phase('entities', full);
      report(e, `pipeline through entities and quotes (issue 4 scope): ingest, clean, time, entities, quotes, store, story entities, ${full.toLocaleString('en-US')} articles`);
      wordsTarget(e, 50_000, ' (issue 4)');
      const r = phase('full', full);
      report(r, `full analyze pipeline (every registered extractor, story over the store), ${full.toLocaleString('en-US')} articles`);
      wordsTarget(r, 50_000, '');
      wordsTarget(r, 40_000, ' (issue 5: the whole pipeline)');
    }
    // Start-up: the whole process (Node, tsx, imports, gazetteers, one short report), warm then cold.
    const warm = JSON.parse(child(['--phase', 'startup'])) as { cpuMs: number; wallMs: number; maxRssMb: number };
    const cold = JSON.parse(child(['--phase', 'startup'], { ...process.env, SITREP_NO_PLACE_CACHE: '1' })) as typeof warm;
    console.log('\nstart-up (a fresh process analysing one short report; CPU of the whole process)');
    console.log(`  warm                ${(warm.cpuMs / 1000).toFixed(2)} s CPU, ${(warm.wallMs / 1000).toFixed(2)} s wall, ${warm.maxRssMb.toFixed(0)} MB`);
    console.log(`  cold                ${(cold.cpuMs / 1000).toFixed(2)} s CPU, ${(cold.wallMs / 1000).toFixed(2)} s wall, ${cold.maxRssMb.toFixed(0)} MB (place index rebuilt from GeoNames, not cached)`);
  } finally {
    if (values.keep) console.log(`\nkept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
