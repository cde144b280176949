// TempEval-3 platinum benchmark of the temporal layer: analyse the 20 texts (with their
// publication dates) through the pipeline, score the timexes with ../shared/eval/score.mjs --te3,
// and print span and value F1 next to the published systems. Also measures the extractor's speed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeInputs } from '../src/pipeline.ts';
import { exportJson } from '../src/report/export-json.ts';
import { extractTimexes, timeExtractor } from '../src/time/index.ts';
import { splitSentences } from '../src/text/sentences.ts';

import { SHARED } from './paths.ts';
export const TE3_DIR = path.join(SHARED, 'benchmarks', 'tempeval3');
export const TE3_ARTICLES = path.join(TE3_DIR, 'articles.jsonl');
const SCORER = path.join(SHARED, 'eval', 'score.mjs');

/** Value F1 of the published systems on this test set (shared/README.md). */
export const PUBLISHED: [string, number][] = [
  ['HeidelTime', 77.6],
  ['CogComp', 70.5],
  ['SUTime', 67.4],
  ['chrono-node, naive', 14.0],
];

export interface Te3Result {
  span: { p: number; r: number; f1: number };
  value: { p: number; r: number; f1: number };
  date: { found: number; valueRecall: number; gold: number };
  predFile: string;
}

/** Runs the pipeline (temporal layer only) over the TempEval-3 texts and scores the result. */
export async function runTempEval(): Promise<Te3Result> {
  const analysis = await analyzeInputs([TE3_ARTICLES], { extractors: [timeExtractor] });
  const predFile = path.join(mkdtempSync(path.join(tmpdir(), 'sitrep-te3-')), 'te3.json');
  writeFileSync(predFile, JSON.stringify(exportJson(analysis)));
  const s = JSON.parse(execFileSync(process.execPath, [SCORER, ...scorerArgs(predFile), '--json'], { encoding: 'utf8' }));
  return { span: s.span, value: s.value, date: { found: s.date_found, valueRecall: s.date_value_recall, gold: s.date_gold }, predFile };
}

function scorerArgs(predFile: string): string[] {
  return ['--te3', path.join(TE3_DIR, 'platinum'), '--pred', predFile];
}

/**
 * Words per CPU second of the timex extractor alone over the given texts: CPU time, not wall
 * time, so that other processes sharing the machine do not count against it (one core).
 */
export function timexSpeed(texts: { body: string; published: string | null }[], minMs = 1500): number {
  const docs = texts.map((t) => ({ ...t, sentences: splitSentences(t.body) }));
  const words = docs.reduce((n, d) => n + (d.body.match(/\S+/g)?.length ?? 0), 0);
  for (const d of docs) extractTimexes(d); // warm-up
  let rounds = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - t0 < minMs) {
    for (const d of docs) extractTimexes(d);
    rounds++;
  }
  const cpu = process.cpuUsage(cpu0);
  return (words * rounds) / ((cpu.user + cpu.system) / 1e6);
}

export function te3Texts(): { body: string; published: string | null }[] {
  return readFileSync(TE3_ARTICLES, 'utf8').split('\n').filter(Boolean).map((l) => {
    const r = JSON.parse(l);
    return { body: String(r.text), published: r.published ?? null };
  });
}

async function main(): Promise<void> {
  const r = await runTempEval();
  const pct = (x: number) => (100 * x).toFixed(1);
  if (process.argv.includes('--verbose')) console.log(execFileSync(process.execPath, [SCORER, ...scorerArgs(r.predFile), '--verbose'], { encoding: 'utf8' }));
  console.log('TempEval-3 platinum (20 texts), scored by ../shared/eval/score.mjs --te3');
  console.log(`  sitrep      span  P ${pct(r.span.p)}  R ${pct(r.span.r)}  F1 ${pct(r.span.f1)}`);
  console.log(`  sitrep      value P ${pct(r.value.p)}  R ${pct(r.value.r)}  F1 ${pct(r.value.f1)}`);
  for (const [name, f1] of PUBLISHED) console.log(`  ${name.padEnd(20)} value F1 ${f1.toFixed(1)}`);
  console.log(`  predictions: ${r.predFile}`);
  const wps = timexSpeed(te3Texts());
  console.log(`timex extractor speed: ${Math.round(wps).toLocaleString('en-US')} words per CPU second`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
