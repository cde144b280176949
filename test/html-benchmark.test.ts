// Article-extraction benchmark (../shared/benchmarks/article-extraction, 181 pages) scored as its
// evaluate.py does; the floors sit a little below the measured figures (P 0.976, R 0.979, F1 0.977;
// Readability alone on linkedom: P 0.914, R 0.982, F1 0.947).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregate, loadBenchmark, runBenchmark, shingleMatch, sitrepExtractor } from '../bench/extraction.ts';

test('benchmark scoring follows evaluate.py: shingles, empty texts, averages of pages', () => {
  const truth = 'one two three four five six';
  assert.deepEqual(shingleMatch(truth, truth), [1, 0, 0]);
  // Nothing predicted: no precision for the page, recall 0.
  assert.deepEqual(shingleMatch(truth, ''), [0, 0, 1]);
  // Both empty: the page counts in neither mean.
  assert.deepEqual(shingleMatch('', ''), [0, 0, 0]);
  // Fewer tokens than a shingle still make one shingle.
  assert.deepEqual(shingleMatch('two words', 'two words'), [1, 0, 0]);
  const half = shingleMatch(truth, 'one two three four five six seven eight nine');
  assert.deepEqual(half.map((x) => Math.round(x * 100) / 100), [0.5, 0.5, 0]);
  const s = aggregate([[1, 0, 0], [0, 0, 1], [0, 0, 0]]);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0.5);
});

test('sitrep HTML extraction on the article-extraction benchmark: F1 floor', () => {
  const pages = loadBenchmark();
  assert.equal(pages.length, 181);
  const r = runBenchmark(pages, sitrepExtractor);
  const fig = `P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} F1=${r.f1.toFixed(3)} ${r.msPerPage.toFixed(1)} ms/page`;
  assert.ok(r.f1 >= 0.97, fig);
  assert.ok(r.precision >= 0.965, fig);
  assert.ok(r.recall >= 0.97, fig);
});
