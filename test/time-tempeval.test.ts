// TempEval-3 platinum (../shared/benchmarks/tempeval3), scored by ../shared/eval/score.mjs --te3:
// floors a little below the measured figures (span F1 94.1, value F1 86.8; HeidelTime's value F1
// is 77.6), and the extractor's speed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runTempEval, te3Texts, timexSpeed } from '../bench/tempeval.ts';

test('TempEval-3 platinum: span F1 >= 92, value F1 >= 85', async () => {
  const r = await runTempEval();
  assert.ok(r.span.f1 >= 0.92, `span F1 ${r.span.f1}`);
  assert.ok(r.value.f1 >= 0.85, `value F1 ${r.value.f1}`);
});

test('the timex extractor reads at least 80,000 words per CPU second (a regression guard; npm run bench measures)', () => {
  const wps = timexSpeed(te3Texts(), 800);
  assert.ok(wps >= 80_000, `${Math.round(wps)} words/s`);
});
