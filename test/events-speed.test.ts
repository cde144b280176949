// Speed of the event layer alone, in words per CPU second (CPU time, so that other processes on
// the machine do not count against it). A regression guard far below the idle figure (170-250k):
// throughput itself is measured by npm run bench, not by a timed test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../src/extract/events/index.ts';
import { analyzeInputs } from '../src/pipeline.ts';
import { SEEDS } from './helpers.ts';

test('the event extractor codes >= 25,000 words per CPU second', async () => {
  const { articles } = await analyzeInputs([SEEDS]);
  const words = articles.reduce((n, d) => n + d.article.wordCount, 0);
  // Warm-up: the steady speed is measured, not the compiler's first passes.
  for (let i = 0; i < 3; i++) for (const d of articles) extractEvents(d);
  let best = 0;
  for (let round = 0; round < 15; round++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < 4; i++) for (const d of articles) extractEvents(d);
    const c = process.cpuUsage(c0);
    best = Math.max(best, (4 * words) / ((c.user + c.system) / 1e6));
  }
  assert.ok(best >= 25_000, `${Math.round(best)} words per CPU second`);
});
