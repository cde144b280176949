// Throughput benchmark (a script, not a test): `npm run bench [-- --count N --full N --keep]`.
// --count: articles generated and run through ingest + clean + store (default 10,000);
// --full: how many of them go through the full pipeline (default 1,000; it is the slow part).
// --keep: keep the generated corpus and stores (the path is printed).
//
// Generates N distinct articles (default 10,000) by recombining the sentences of the shared seed texts
// and of examples/, writes them as files to a temporary directory, then measures, each in a fresh child
// process so that peak memory is the phase's own:
//   1. ingest + clean + store: read the files, clean, deduplicate, split sentences, save to SQLite (FTS included);
//   2. the full analyze pipeline: the same plus every registered extractor and the story over the store.
// Prints articles/s and words/s (wall clock and per CPU second) and the peak RSS.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'corpus', 'seeds');
const EXAMPLES = path.join(ROOT, 'examples');

interface PhaseResult {
  phase: string;
  articles: number;
  words: number;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  diagnostics: number;
  duplicates: number;
}

// ---------- corpus generation ----------

function sourceTexts(): string[] {
  const texts: string[] = [];
  const read = (dir: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      if (name.endsWith('.txt')) texts.push(readFileSync(file, 'utf8'));
      else if (name.endsWith('.jsonl'))
        for (const line of readFileSync(file, 'utf8').split('\n')) {
          try {
            const rec = JSON.parse(line) as { text?: string };
            if (rec.text) texts.push(rec.text);
          } catch {
            /* not a record */
          }
        }
    }
  };
  read(SEEDS);
  read(EXAMPLES);
  return texts;
}

/** Sentences of the body paragraphs (lines of 12 words or more: page furniture stays out). */
function sentencePool(texts: string[]): string[] {
  const pool = new Set<string>();
  for (const t of texts)
    for (const para of t.split(/\n\s*\n|\n/)) {
      if (para.split(/\s+/).length < 12) continue;
      for (const s of para.trim().split(/(?<=[.!?][”"’]?)\s+(?=[“"‘]?[A-Z])/)) if (s.split(/\s+/).length >= 6) pool.add(s.trim());
    }
  return [...pool];
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const FURNITURE = ['Advertisement', 'Share this article', 'Follow us on social media', 'Also read: related coverage'];

function generate(dir: string, count: number): { files: number; words: number; sentences: number } {
  const pool = sentencePool(sourceTexts());
  if (pool.length < 50) throw new Error(`only ${pool.length} source sentences: are ../shared/corpus/seeds and examples/ there?`);
  const rnd = prng(20250507);
  const pick = () => pool[Math.floor(rnd() * pool.length)];
  let words = 0;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const lines: string[] = [];
    const head = pick().split(/\s+/).slice(0, 6 + Math.floor(rnd() * 5)).join(' ').replace(/[,.;:]$/, '');
    lines.push(`${head} (report ${i + 1})`);
    if (rnd() < 0.5) lines.push(FURNITURE[Math.floor(rnd() * FURNITURE.length)]);
    const paragraphs = 5 + Math.floor(rnd() * 6);
    for (let p = 0; p < paragraphs; p++) {
      const n = 2 + Math.floor(rnd() * 3);
      lines.push(Array.from({ length: n }, pick).join(' '));
      if (rnd() < 0.05) lines.push(FURNITURE[Math.floor(rnd() * FURNITURE.length)]);
    }
    const text = lines.join('\n\n') + '\n';
    words += text.split(/\s+/).length;
    // 100 files per folder: the directory walk is part of what is measured.
    writeFileSync(path.join(dir, String(Math.floor(i / 100)).padStart(3, '0'), `article-${String(i).padStart(5, '0')}.txt`), text, { flag: 'w' });
  }
  return { files: count, words, sentences: pool.length };
}

function mkdirs(dir: string, count: number): void {
  for (let i = 0; i < Math.ceil(count / 100); i++) mkdirSync(path.join(dir, String(i).padStart(3, '0')), { recursive: true });
}

// ---------- one phase, in its own process ----------

async function runPhase(phase: string, corpus: string, db: string, limit: number): Promise<PhaseResult> {
  const { analyzeIntoStore } = await import('../src/pipeline.ts');
  const { SqliteStore } = await import('../src/store/sqlite.ts');
  const folders = readdirSync(corpus).sort().map((d) => path.join(corpus, d));
  const files = folders.flatMap((d) => readdirSync(d).sort().map((f) => path.join(d, f)));
  // The whole corpus as its folders (the directory walk is measured too), a part of it as files.
  const inputs = limit >= files.length ? folders : files.slice(0, limit);
  rmSync(db, { force: true });
  rmSync(db + '-wal', { force: true });
  rmSync(db + '-shm', { force: true });
  const store = new SqliteStore(db);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const run = await analyzeIntoStore(inputs, store, phase === 'store' ? { extractors: [], storyScope: 'none' } : {});
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  store.close();
  return {
    phase,
    articles: run.saved.inserted.length,
    words: run.analyzed.reduce((n, d) => n + d.article.wordCount, 0),
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    diagnostics: run.diagnostics.length,
    duplicates: run.analyzed.filter((d) => d.article.duplicateOf).length,
  };
}

function report(r: PhaseResult, label: string): void {
  const perSec = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
  console.log(`\n${label}`);
  console.log(`  articles stored     ${r.articles.toLocaleString('en-US')} (${r.words.toLocaleString('en-US')} words; ${r.duplicates} linked as near-duplicates, ${r.diagnostics} diagnostics)`);
  console.log(`  wall time           ${(r.wallMs / 1000).toFixed(2)} s: ${perSec(r.articles, r.wallMs)} articles/s, ${perSec(r.words, r.wallMs)} words/s`);
  console.log(`  CPU time            ${(r.cpuMs / 1000).toFixed(2)} s: ${perSec(r.articles, r.cpuMs)} articles/s, ${perSec(r.words, r.cpuMs)} words/s per CPU second`);
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
    const r = await runPhase(values.phase, values.corpus!, values.db!, Number(values.full ?? count));
    process.stdout.write(JSON.stringify(r) + '\n');
    return;
  }
  const full = Math.min(count, Number(values.full ?? 1000));
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-'));
  try {
    const corpus = path.join(dir, 'corpus');
    mkdirs(corpus, count);
    const t0 = performance.now();
    const gen = generate(corpus, count);
    console.log(`sitrep throughput benchmark (node ${process.version}, one process per phase)`);
    console.log(`corpus: ${gen.files.toLocaleString('en-US')} generated articles, ${gen.words.toLocaleString('en-US')} words,` +
      ` from ${gen.sentences} distinct source sentences (seeds + examples/), written in ${((performance.now() - t0) / 1000).toFixed(1)} s to ${corpus}`);
    const phase = (name: string, n: number): PhaseResult => {
      const out = execFileSync(process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', name, '--corpus', corpus, '--db', path.join(dir, `${name}.db`), '--full', String(n)],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
      return JSON.parse(out.trim().split('\n').at(-1)!) as PhaseResult;
    };
    const store = phase('store', count);
    report(store, 'ingest + clean + store (no extractors, no story)');
    const target = 500;
    const cpuRate = (store.articles / store.cpuMs) * 1000;
    console.log(`  target              >= ${target} articles/s on one core: ${cpuRate >= target ? 'met' : 'NOT met'} (${Math.round(cpuRate)} per CPU second)`);
    if (full > 0) {
      const r = phase('full', full);
      report(r, `full analyze pipeline (every registered extractor, story over the store), ${full.toLocaleString('en-US')} articles`);
      const wordsPerCpu = (r.words / r.cpuMs) * 1000;
      console.log(`  target              >= 40,000 words/s on one core: ${wordsPerCpu >= 40_000 ? 'met' : 'NOT met'} (${Math.round(wordsPerCpu).toLocaleString('en-US')} per CPU second)`);
    }
  } finally {
    if (values.keep) console.log(`\nkept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
