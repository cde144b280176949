// Speed floors of the full pipeline (ingest, clean, every extractor, story resolution, store), so that a
// regression shows: words per CPU second on generated articles, and a time per article that does not grow
// with the batch (story resolution must stay near-linear). CPU time, not wall time: the machine may be
// shared. The floors are well below the measured figures (see the comments) so that load does not fail them.
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { generate, mkdirs } from '../bench/corpus.ts';
import { analyzeIntoStore } from '../src/pipeline.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { tempDir } from './helpers.ts';

const dir = tempDir('sitrep-perf-');
after(() => rmSync(dir, { recursive: true, force: true }));
const corpus = path.join(dir, 'corpus');
mkdirs(corpus, 750);
generate(corpus, 750);
const files = readdirSync(corpus).sort().flatMap((d) => readdirSync(path.join(corpus, d)).sort().map((f) => path.join(corpus, d, f)));

interface Run {
  articles: number;
  words: number;
  cpuMs: number;
}

/** One analyze run of these files into a new store, in this process. */
async function run(list: string[], name: string): Promise<Run> {
  const store = new SqliteStore(path.join(dir, `${name}.db`));
  const c0 = process.cpuUsage();
  const r = await analyzeIntoStore(list, store);
  const c = process.cpuUsage(c0);
  store.close();
  return { articles: r.analyzed.length, words: r.analyzed.reduce((n, d) => n + d.article.wordCount, 0), cpuMs: (c.user + c.system) / 1000 };
}

const rate = (r: Run) => Math.round((r.words / r.cpuMs) * 1000);

test('full pipeline: words per CPU second, and time per article flat from 150 to 600 articles', async () => {
  // Warm-up on the small batch itself: gazetteers, lexicons, caches and compiled code belong to the
  // process, not to a batch; measured cold, the small batch would look slow and hide a superlinear story.
  await run(files.slice(0, 150), 'warm');
  const small = await run(files.slice(0, 150), 'small');
  const large = await run(files.slice(150, 750), 'large');
  assert.equal(small.articles, 150);
  assert.equal(large.articles, 600);
  const perArticle = (r: Run) => r.cpuMs / r.articles;
  const growth = perArticle(large) / perArticle(small);
  console.log(`150 articles: ${rate(small).toLocaleString('en-US')} words/CPU s; 600: ${rate(large).toLocaleString('en-US')} words/CPU s; ` +
    `time per article x${growth.toFixed(2)}`);
  // Measured 22,600-24,000 words per CPU second on 600 articles (loaded machine, 16:30): the floor leaves room for load.
  assert.ok(rate(large) >= 16_000, `${rate(large)} words per CPU second on 600 articles (floor 16,000)`);
  assert.ok(growth < 1.5, `time per article grew x${growth.toFixed(2)} from 150 to 600 articles (story resolution not linear?)`);
});
