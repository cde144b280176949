// A state's possessive before a titled or bare name, and a counterpart's demonym before an apposed name,
// give the person's state even against the dateline (own sentences, invented for this test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport } from './written-reports.ts';

const entities = (text: string) => analyzeReport(text, '2024-02-02').entities;
const countryOf = (list: ReturnType<typeof entities>, name: string) => list.find((e) => e.name === name)?.country;

test("a possessive state before a title or a bare name is the person's state, not the dateline's", () => {
  const list = entities("LIMA — Chile's President Marta Ruiz spoke on Thursday with Bolivia's Jorge Vaca. Officials said Peru's Prime Minister Ana Soto would travel.");
  assert.equal(countryOf(list, 'Marta Ruiz'), 'CHL');
  assert.equal(countryOf(list, 'Jorge Vaca'), 'BOL');
  assert.equal(countryOf(list, 'Ana Soto'), 'PER');
});

test("a counterpart's demonym before the comma is the apposed person's state", () => {
  const list = entities('Foreign Minister Ana Soto met on Friday her Chilean counterpart, Pablo Mena, in Geneva.');
  assert.equal(countryOf(list, 'Pablo Mena'), 'CHL');
});

test('after "the", a name before a facility noun is the facility: "the Lachin corridor", "the X border crossing"', () => {
  const list = entities('Troops closed the Varna corridor on Monday and ordered the Kelso border crossing shut. Guards stood at the Chilean border.');
  assert.equal(list.find((e) => e.name === 'Varna corridor')?.type, 'FAC');
  assert.equal(list.find((e) => e.name === 'Kelso border crossing')?.type, 'FAC');
  assert.ok(!list.some((e) => e.name === 'Chilean border'), list.map((e) => e.name).join(', '));
});

test('an envoy "to the United Nations" before the comma keeps his own state', () => {
  const list = entities('The Chilean ambassador to the United Nations, Pablo Mena, asked for a meeting on Friday.');
  assert.equal(countryOf(list, 'Pablo Mena'), 'CHL');
});
