// PLOVER gold-standard sentences (../shared/benchmarks/plover-gsr): every sentence analysed on its
// own through the registered extractors, scored with ../shared/eval/score.mjs --gsr.
// Usage: npm run bench:gsr [-- --verbose] [-- --out FILE]
//
// The records are independent one-sentence reports, so they are not run as one batch: the batch
// pass would treat two records with the same sentence (coded with two event types) as one article.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnalyzedArticle } from '../src/model.ts';
import { analyzeArticle, collect, storyContext } from '../src/pipeline.ts';
import { exportJson } from '../src/report/export-json.ts';
import { cleanDocument } from '../src/text/article.ts';

import { SHARED } from './paths.ts';
export const GSR_DIR = path.join(SHARED, 'benchmarks', 'plover-gsr');
export const GSR_SENTENCES = path.join(GSR_DIR, 'sentences.jsonl');
export const GSR_GOLD = path.join(GSR_DIR, 'PLOVER_GSR_CAMEO.json');
const SCORER = path.join(SHARED, 'eval', 'score.mjs');

export interface GsrResult {
  sentences: number;
  typeFound: number;
  typeFirst: number;
  eventPrecision: number;
  dyad: number;
  perType: Record<string, number>;
  /** Records the text stage could not read or judged not English (analysed without events). */
  notAnalysed: string[];
  predFile: string;
}

/** Analyse every GSR sentence and score the events. */
export async function runGsr(outFile?: string): Promise<GsrResult> {
  const { docs } = await collect([GSR_SENTENCES]);
  const analysed: AnalyzedArticle[] = [];
  const notAnalysed: string[] = [];
  for (const doc of docs) {
    const { article } = cleanDocument(doc);
    if (!article) { notAnalysed.push(doc.id); continue; }
    if (article.language !== 'en') notAnalysed.push(`${doc.id} (language ${article.language})`);
    analysed.push(analyzeArticle(article, storyContext([article])));
  }
  const predFile = outFile ?? path.join(mkdtempSync(path.join(tmpdir(), 'sitrep-gsr-')), 'gsr.json');
  writeFileSync(predFile, JSON.stringify(exportJson({ articles: analysed, story: { entities: [], events: [], claims: [], discrepancies: [] } })));
  const s = JSON.parse(execFileSync(process.execPath, [SCORER, '--gsr', GSR_GOLD, '--pred', predFile, '--json'], { encoding: 'utf8' }));
  return {
    sentences: s.sentences, typeFound: s.type_any, typeFirst: s.type_first, eventPrecision: s.event_precision,
    dyad: s.dyad_acc, perType: s.per_type, notAnalysed, predFile,
  };
}

const pct = (x: number | null) => (x == null ? '  -  ' : (100 * x).toFixed(1).padStart(5));

async function main(): Promise<void> {
  const outIdx = process.argv.indexOf('--out');
  const r = await runGsr(outIdx > 0 ? process.argv[outIdx + 1] : undefined);
  if (process.argv.includes('--verbose')) {
    console.log(execFileSync(process.execPath, [SCORER, '--gsr', GSR_GOLD, '--pred', r.predFile, '--verbose'], { encoding: 'utf8' }));
  }
  console.log(`PLOVER GSR, ${r.sentences} sentences, scored by ../shared/eval/score.mjs --gsr`);
  console.log(`  type found ${pct(r.typeFound)}   first event right ${pct(r.typeFirst)}   event precision ${pct(r.eventPrecision)}   type + dyad ${pct(r.dyad)}`);
  console.log('  ' + Object.entries(r.perType).map(([k, v]) => `${k} ${pct(v)}`).join('  '));
  if (r.notAnalysed.length) console.log(`  not analysed by the text stage: ${r.notAnalysed.join(', ')}`);
  console.log('  for comparison: NGEC-2025 reports event-type macro F1 0.52; PETRARCH2 publishes no accuracy');
  console.log(`  predictions: ${r.predFile}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
