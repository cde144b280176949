// The PLOVER gold-standard sentences (../shared/benchmarks/plover-gsr), each analysed on its own and
// scored by ../shared/eval/score.mjs --gsr (bench/plover-gsr.ts). A test set, not training data.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { runGsr, type GsrResult } from '../bench/plover-gsr.ts';

let r: GsrResult;
before(async () => {
  r = await runGsr();
});

describe('PLOVER GSR', () => {
  test('the event type is found for >= 0.79 of the sentences', () => {
    assert.ok(r.typeFound >= 0.79, `type found ${r.typeFound}`);
  });
  test('type and dyad (actor and recipient countries) for >= 0.60 of the sentences with an actor', () => {
    assert.ok(r.dyad >= 0.6, `type + dyad ${r.dyad}`);
  });
  test('event precision is measured and most coded events have the gold type', () => {
    assert.ok(r.eventPrecision >= 0.65, `event precision ${r.eventPrecision}`);
  });
});
