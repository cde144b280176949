// A fronted time phrase without a comma ("On Monday Chile cut ties") dates the event and leaves the party
// after it as the subject (own sentences, invented for this test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport } from './written-reports.ts';

const analyze = (text: string) => analyzeReport(text, '2025-06-20');

test('"On Monday Chile cut ties": Monday is a date, Chile the actor', () => {
  const d = analyze('Chile and Peru have clashed for weeks. On Monday Chile cut diplomatic ties with Bolivia.');
  assert.ok(d.timexes.some((t) => t.text === 'Monday' && t.value === '2025-06-16'), d.timexes.map((t) => `${t.text}=${t.value}`).join(', '));
  const cut = d.events.find((e) => e.type === 'SANCTION');
  assert.ok(cut, d.events.map((e) => e.type).join(', '));
  assert.deepEqual([cut.actor.map((p) => p.country), cut.recipient.map((p) => p.country), cut.date], [['CHL'], ['BOL'], '2025-06-16']);
});

test('a weekday before a name with no preposition stays a name part ("the Tuesday Group met")', () => {
  const d = analyze('Members of the Tuesday Group met the envoy in Lima.');
  assert.ok(!d.timexes.some((t) => t.text === 'Tuesday'), d.timexes.map((t) => t.text).join(', '));
});

test('a name ending in -ly before its verb is the subject, not an adverb ("Italy suspended flights")', () => {
  const d = analyze('Spain and Serbia quarrelled for weeks. Italy suspended air links with Serbia on Wednesday.');
  const cut = d.events.find((e) => e.type === 'SANCTION');
  assert.ok(cut, d.events.map((e) => e.type).join(', '));
  assert.deepEqual(cut.actor.map((p) => p.country), ['ITA']);
});

test('a party modifying a noun in an apposition is not the subject ("Pakistan, a key U.S. ally, refused")', () => {
  const d = analyze('Chile and Peru clashed again. Bolivia, a close U.S. partner in the region, has refused to send troops to the border.');
  const refusal = d.events.find((e) => e.type === 'REJECT');
  assert.ok(refusal, d.events.map((e) => e.type).join(', '));
  assert.deepEqual(refusal.actor.map((p) => p.country), ['BOL']);
});

test('"up to 100 X" is a quantity, not a prepositional phrase; support verbs open, speed up, step up', () => {
  const d = analyze('Chile and Peru clashed again. Up to 100 students demonstrated on Tuesday in Lima. Judge Ana Soto opened fraud investigations against 28 Peruvian officials on Monday. Chile speeded up the withdrawal of its forces from Bolivia on Wednesday.');
  const show = d.events.map((e) => `${e.type} ${e.actor.map((p) => p.name).join('+')}`).join('; ');
  assert.ok(d.events.some((e) => e.type === 'PROTEST' && e.actor.some((p) => /students/.test(p.name))), show);
  assert.ok(d.events.some((e) => e.type === 'ACCUSE' && e.actor.some((p) => p.name === 'Ana Soto')), show);
  assert.ok(d.events.some((e) => e.type === 'RETREAT' && e.actor.some((p) => p.country === 'CHL')), show);
});

test('an intransitive protest verb after a plural noun is active, not a reduced relative ("Chilean farmers demonstrated")', () => {
  const d = analyze('Chile and Peru clashed again. Chilean farmers demonstrated on Tuesday in Lima.');
  const protest = d.events.find((e) => e.type === 'PROTEST');
  assert.ok(protest, d.events.map((e) => e.type).join(', '));
  assert.deepEqual(protest.actor.map((p) => p.country), ['CHL']);
});
