// Numeric publication stamps and lines made of several furniture pieces (own lines, invented for this test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDocument } from '../src/model.ts';
import { cleanBatch } from '../src/pipeline.ts';

function clean(text: string) {
  const doc: RawDocument = { source: 'p', kind: 'text', id: 'p', url: null, text, meta: {} };
  return cleanBatch([doc]).articles[0];
}
const BODY = 'The two delegations met on Friday in the capital to discuss the truce, officials said.\nThe talks began on March 3 and will go on next week, a spokesman said.';

test('a numeric stamp is read day-first or month-first when a number or the text decides, else left unread', () => {
  assert.equal(clean(`Truce talks\nPublished: 22/03/2024 14:05 | Updated: 22/03/2024 16:10\n${BODY}`).published, '2024-03-22');
  assert.equal(clean(`Truce talks\nPosted 03/22/2024\n${BODY}`).published, '2024-03-22');
  // 07/03: the body names March, so the stamp is day-first.
  assert.equal(clean(`Truce talks\nPublished: 07/03/2024\n${BODY}`).published, '2024-03-07');
  const undecided = clean(`Truce talks\nPublished: 07/05/2024\nThe two delegations met on Friday in the capital to discuss the truce, officials said.`);
  assert.equal(undecided.published, null);
});

test('a line of furniture pieces joined by separators is removed, its sentences are not', () => {
  const a = clean(`Truce talks\nAdvertisement · Scroll to continue\nShare on Facebook   Share on X   Copy link\n${BODY}`);
  assert.ok(!/Advertisement|Scroll|Copy link/.test(a.body), a.body);
  assert.ok(a.body.includes('a spokesman said.'), a.body);
});
