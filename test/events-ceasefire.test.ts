// Halting or suspending fighting is a ceasefire (RETREAT), halting links is a sanction (own sentences).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport } from './written-reports.ts';

const events = (text: string) => analyzeReport(text, '2025-06-20').events;

test('halting combat operations or suspending an offensive is a ceasefire; halting flights is a sanction', () => {
  const evs = events('Chile and Peru traded accusations on Friday. Chile halted combat operations on Saturday. Peru suspended its offensive in the north. Chile halted flights to Peru.');
  const list = evs.map((e) => `${e.type}/${e.mode} ${e.actor.map((p) => p.country).join('+')}`);
  assert.ok(list.includes('RETREAT/ceasefire CHL'), list.join('; '));
  assert.ok(list.includes('RETREAT/ceasefire PER'), list.join('; '));
  assert.ok(list.includes('SANCTION/discontinue CHL'), list.join('; '));
  assert.ok(!evs.some((e) => e.type === 'SANCTION' && /combat/.test(e.evidence)), list.join('; '));
});

test('dismissing or declining an appeal from someone rejects that someone', () => {
  const evs = events('Rebels in Chile on Wednesday dismissed an appeal from President Marta Ruiz to lay down their arms.');
  assert.ok(evs.some((e) => e.type === 'REJECT' && e.recipient.some((p) => /Ruiz/.test(p.name))), evs.map((e) => `${e.type} -> ${e.recipient.map((p) => p.name)}`).join('; '));
});

test('an announced sanction is that sanction, planned; on a condition it is a threat', () => {
  const evs = events('Chile and Peru have clashed for weeks. Peru said it would expel Chilean diplomats. If the attacks go on, Peru would cut ties with Chile.');
  const list = evs.map((e) => `${e.type}/${e.mode} ${e.modality}`);
  assert.ok(list.includes('SANCTION/expel planned'), list.join('; '));
  assert.ok(list.includes('THREATEN/relations asserted'), list.join('; '));
});

test("a complaint to a body about another side's act is addressed to that side", () => {
  const evs = events('Chile and Peru have clashed for weeks. Bolivia complained to the United Nations on Tuesday over two Chilean air raids.');
  const complaint = evs.find((e) => e.type === 'ACCUSE' && e.actor.some((p) => p.country === 'BOL'));
  assert.ok(complaint, evs.map((e) => e.type).join(', '));
  assert.deepEqual(complaint.recipient.map((p) => p.country), ['CHL']);
});
