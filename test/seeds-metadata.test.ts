// Floors on the development gold for the foundation layer: clean bodies, titles, dates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeInputs } from '../src/pipeline.ts';
import { exportJson } from '../src/report/export-json.ts';
import { SEEDS, score } from './helpers.ts';

test('seeds: bodies clean, titles and publication dates right (scorer floors)', async () => {
  const analysis = await analyzeInputs([SEEDS]);
  const s = score(exportJson(analysis));
  assert.deepEqual(s.missing_articles, []);
  assert.equal(s.body_clean_share, 1, 'every must_include kept and every must_exclude gone');
  assert.equal(s.title_acc, 1);
  assert.ok(s.published_acc >= 0.8, `published accuracy ${s.published_acc}`);
  assert.ok(s.dateline_acc >= 0.8, `dateline accuracy ${s.dateline_acc}`);
});
