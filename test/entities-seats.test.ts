// Seats of power and single-state offices (own sentences, invented for this test): "the Kremlin" speaks
// for Russia, a leader addressing the nation "from the White House" is American, an unqualified
// "Secretary of State" is the United States'; a person's dateline guess corrected by another report is
// corrected in that report's events too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle } from '../src/model.ts';
import { analyzeReports } from './written-reports.ts';

const analyze = (texts: Record<string, string>) => analyzeReports(texts, '2024-06-20');
const entity = (d: AnalyzedArticle, name: string) => d.entities.find((e) => e.name === name);

test('seats of power stand for their state, as entities and as event parties', () => {
  const { analyzed } = analyze({ a: 'The Kremlin rejected the accusation on Monday. The White House said the talks would resume.' });
  const d = analyzed[0];
  assert.equal(entity(d, 'Kremlin')?.country, 'RUS');
  assert.equal(entity(d, 'White House')?.country, 'USA');
  assert.ok(d.events.some((e) => e.type === 'REJECT' && e.actor.some((p) => p.country === 'RUS')), JSON.stringify(d.events.map((e) => [e.type, e.actor])));
});

test('a leader speaking from a seat of power, and an unqualified Secretary of State', () => {
  const { analyzed } = analyze({ a: 'President Maria Lopez, addressing the nation from the White House, warned Moscow. Secretary of State Tom Field said talks would go on.' });
  assert.equal(entity(analyzed[0], 'Maria Lopez')?.country, 'USA');
  assert.equal(entity(analyzed[0], 'Tom Field')?.country, 'USA');
});

test('a dateline guess corrected by another report is corrected in the events of the first', () => {
  const { analyzed, story } = analyze({
    a: 'OSLO, June 19 - President Maria Lopez urged Sweden on Wednesday to reopen the border crossing.',
    b: 'WASHINGTON - President Maria Lopez, addressing the nation from the White House, said on Wednesday that she had urged Sweden to reopen the border.',
  });
  assert.equal(story.entities.find((e) => e.name === 'Maria Lopez')?.country, 'USA');
  const request = analyzed.find((d) => d.article.id === 'a')!.events.find((e) => e.type === 'REQUEST');
  assert.ok(request, JSON.stringify(analyzed[0].events.map((e) => e.type)));
  assert.deepEqual(request.actor.map((p) => p.country), ['USA']);
});

test('a multi-word seat is the body when it speaks and the place otherwise; clock words are no entities', () => {
  const { analyzed } = analyze({ a: 'Downing Street said it was concerned. Lawmakers on Capitol Hill met at 8 PM, and the vote closed at 0300 GMT.' });
  const d = analyzed[0];
  assert.deepEqual([entity(d, 'Downing Street')?.type, entity(d, 'Downing Street')?.country], ['ORG', 'GBR']);
  assert.deepEqual([entity(d, 'Capitol Hill')?.type, entity(d, 'Capitol Hill')?.country], ['FAC', 'USA']);
  assert.ok(!d.entities.some((e) => /^(PM|GMT)$/.test(e.name)), d.entities.map((e) => e.name).join(', '));
});

test("a country the story states for a person replaces an event's guess from the sentence's places", () => {
  const { analyzed } = analyze({
    a: 'US President Maria Lopez said on Monday that talks would go on.',
    b: 'President Maria Lopez said at a news conference in Lima on Tuesday that she had urged both sides to stop the fighting.',
  });
  const events = analyzed.find((d) => d.article.id === 'b')!.events;
  const mine = events.filter((e) => e.actor.some((p) => /Lopez/.test(p.name)));
  assert.ok(mine.length, JSON.stringify(events.map((e) => [e.type, e.actor])));
  assert.ok(mine.every((e) => e.actor.every((p) => !/Lopez/.test(p.name) || p.country === 'USA')), JSON.stringify(mine.map((e) => e.actor)));
});
