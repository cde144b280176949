// Article-extraction benchmark: sitrep's HTML extractor against the scrapinghub
// article-extraction-benchmark pages (../shared/benchmarks/article-extraction), scored
// the way its evaluate.py does: 4-gram shingles of \w+ tokens, per-page precision and
// recall on normalised counts, averaged over pages, F1 of the averages.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { gunzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractPage } from '../src/text/html/extract.ts';
import { SHARED } from './paths.ts';

export const BENCH_DIR = path.join(SHARED, 'benchmarks', 'article-extraction');

/** Published F1 figures of the benchmark (README of the benchmark, for comparison). */
export const PUBLISHED: [string, number][] = [
  ['trafilatura', 0.958],
  ['newspaper4k', 0.949],
  ['news-please', 0.948],
  ['Readability.js', 0.947],
  ['readability-lxml', 0.922],
  ['goose3', 0.896],
  ['justext', 0.804],
];

// Python's re \w with UNICODE: letters, digits and underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  // Fewer than n tokens still make one (short) shingle, as in evaluate.py.
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n);
    if (!s.length) continue;
    const key = s.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export type TpFpFn = [number, number, number];

/** Shingle matching of one page, normalised so that long texts do not weigh more. */
export function shingleMatch(truth: string, pred: string): TpFpFn {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Pages with nothing predicted leave the precision mean, pages with no truth the recall mean (evaluate.py). */
export function aggregate(matches: TpFpFn[]): Scores {
  const precision = mean(matches.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(matches.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export interface BenchPage {
  id: string;
  html: string;
  truth: string;
  url: string | null;
}

export function loadBenchmark(dir = BENCH_DIR): BenchPage[] {
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const files = readdirSync(path.join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  return files.map((f) => {
    const id = f.slice(0, -'.html.gz'.length);
    return {
      id,
      html: gunzipSync(readFileSync(path.join(dir, 'html', f))).toString('utf8'),
      truth: truth[id]?.articleBody ?? '',
      url: truth[id]?.url ?? null,
    };
  });
}

export type Extractor = (html: string, url: string | null) => string;

export const sitrepExtractor: Extractor = (html, url) => extractPage(html, url).text;

/** Readability alone, as the benchmark runs it: the article's textContent. */
export const readabilityExtractor: Extractor = (html) => {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
};

export interface BenchResult extends Scores {
  pages: number;
  msPerPage: number;
  perPage: { id: string; match: TpFpFn }[];
}

export function runBenchmark(pages: BenchPage[], extractor: Extractor): BenchResult {
  const perPage: BenchResult['perPage'] = [];
  let ms = 0;
  for (const p of pages) {
    const t0 = performance.now();
    const pred = extractor(p.html, p.url);
    ms += performance.now() - t0;
    perPage.push({ id: p.id, match: shingleMatch(p.truth, pred) });
  }
  return { ...aggregate(perPage.map((x) => x.match)), pages: pages.length, msPerPage: ms / Math.max(1, pages.length), perPage };
}

function main(): void {
  const pages = loadBenchmark();
  const fmt = (x: number) => x.toFixed(3);
  const row = (name: string, r: BenchResult) =>
    console.log(`${name.padEnd(22)} P=${fmt(r.precision)}  R=${fmt(r.recall)}  F1=${fmt(r.f1)}  ${r.msPerPage.toFixed(1)} ms/page`);
  console.log(`article-extraction-benchmark: ${pages.length} pages`);
  const ours = runBenchmark(pages, sitrepExtractor);
  const alone = runBenchmark(pages, readabilityExtractor);
  row('sitrep (post-cleaned)', ours);
  row('Readability (linkedom)', alone);
  console.log('published F1:');
  for (const [name, f1] of PUBLISHED) console.log(`  ${name.padEnd(20)} ${fmt(f1)}`);
  if (process.argv.includes('--worst')) {
    const worst = [...ours.perPage]
      .map((x) => ({ id: x.id, p: precisionScore(x.match), r: recallScore(x.match) }))
      .sort((a, b) => a.p + a.r - (b.p + b.r))
      .slice(0, 25);
    for (const w of worst) console.log(`  ${w.id.slice(0, 12)} P=${fmt(w.p)} R=${fmt(w.r)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
