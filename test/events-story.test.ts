// Story events: the same happening reported by several outlets becomes one story event with its
// mentions; different happenings (calls on different days, different weapons) stay apart.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnalyzedArticle, Entity, Event, Party, PloverType } from '../src/model.ts';
import { resolveStoryEvents } from '../src/resolve/events.ts';
import { storyRecord } from '../src/report/export-json.ts';

interface Spec { type: PloverType; mode?: string | null; actor: Party[]; recipient: Party[]; date: string | null; text: string }

function article(id: string, published: string | null, specs: Spec[], entities: Entity[] = []): AnalyzedArticle {
  let body = '';
  const events: Event[] = specs.map((s, i) => {
    const start = body.length;
    body += s.text + ' ';
    return {
      id: `${id}#v${i + 1}`, articleId: id, type: s.type, mode: s.mode ?? null, actor: s.actor, recipient: s.recipient,
      date: s.date, location: null, geo: null, modality: 'asserted', score: 0, sentenceIndex: i,
      evidence: s.text, start, end: start + s.text.length, source: null, trigger: 'x',
    };
  });
  return {
    article: {
      id, source: id, url: null, title: null, outlet: null, byline: null, dateline: null, published, publishedSource: null,
      publishedNote: null, language: 'en', body, wordCount: 0, contentHash: id, duplicateOf: null, removed: [],
    },
    sentences: [], timexes: [], entities, quotes: [], events,
  };
}

const state = (name: string, country: string): Party => ({ name, country, entityId: null });
function person(articleId: string, n: number, name: string, country: string): { party: Party; entity: Entity } {
  const id = `${articleId}#e${n}`;
  return {
    party: { name, country, entityId: id },
    entity: { id, articleId, name, type: 'PERSON', aliases: [name], country, roles: [], mentions: [], geo: null },
  };
}

describe('story events', () => {
  test('one call reported by two outlets is one story event with both sources and their sentences', () => {
    const a1 = person('a', 1, 'Helga Lund', 'NOR'), a2 = person('a', 2, 'Pekka Virta', 'FIN');
    const b1 = person('b', 1, 'Lund', 'NOR'), b2 = person('b', 2, 'Virta', 'FIN');
    const a = article('a', '2024-05-02', [{ type: 'CONSULT', mode: 'phone', actor: [a1.party], recipient: [a2.party], date: '2024-05-01', text: 'Lund phoned Virta on Wednesday about the ferry dispute.' }], [a1.entity, a2.entity]);
    const b = article('b', '2024-05-03', [{ type: 'CONSULT', mode: null, actor: [b1.party], recipient: [b2.party], date: '2024-05-01', text: 'The Norwegian minister Lund spoke to Virta on Wednesday.' }], [b1.entity, b2.entity]);
    const story = resolveStoryEvents([a, b]);
    assert.equal(story.length, 1);
    const e = story[0];
    assert.deepEqual([...e.articles].sort(), ['a', 'b']);
    assert.equal(e.evidence.length, 2);
    assert.equal(e.firstReported, '2024-05-02');
    assert.equal(e.lastReported, '2024-05-03');
    assert.equal(e.mode, 'phone');
    assert.equal(e.actor[0].name, 'Helga Lund');
  });

  test('calls on different days stay apart; calls with different people stay apart', () => {
    const nor = state('Norway', 'NOR'), fin = state('Finland', 'FIN'), swe = state('Sweden', 'SWE');
    const a = article('a', '2024-05-02', [
      { type: 'CONSULT', actor: [nor], recipient: [fin], date: '2024-04-20', text: 'Norway called Finland in April about quotas.' },
      { type: 'CONSULT', actor: [nor], recipient: [swe], date: '2024-05-01', text: 'Norway called Sweden on Wednesday.' },
    ]);
    const b = article('b', '2024-05-09', [{ type: 'CONSULT', actor: [nor], recipient: [fin], date: '2024-05-08', text: 'Norway called Finland again on Wednesday about quotas.' }]);
    const story = resolveStoryEvents([a, b]);
    assert.equal(story.length, 3);
    assert.ok(story.every((e) => e.articles.length === 1));
  });

  test('an undated mention joins the happening of its article\'s day, not another day\'s', () => {
    const ind = state('India', 'IND'), pak = state('Pakistan', 'PAK');
    const a = article('a', '2024-05-08', [
      { type: 'ASSAULT', mode: 'drone', actor: [pak], recipient: [ind], date: '2024-05-07', text: 'Pakistan sent drones over Jammu on Tuesday night.' },
      { type: 'ASSAULT', mode: 'drone', actor: [pak], recipient: [ind], date: '2024-05-06', text: 'A first wave of drones was seen on Monday.' },
    ]);
    const b = article('b', null, [
      { type: 'ACCUSE', actor: [ind], recipient: [pak], date: '2024-05-07', text: 'India blamed Pakistan on Tuesday.' },
      { type: 'ASSAULT', mode: 'drone', actor: [pak], recipient: [ind], date: null, text: 'Drones from Pakistan were shot down over Jammu.' },
    ]);
    const story = resolveStoryEvents([a, b]);
    const tuesday = story.find((e) => e.type === 'ASSAULT' && e.date === '2024-05-07')!;
    assert.deepEqual([...tuesday.articles].sort(), ['a', 'b']);
    const monday = story.find((e) => e.type === 'ASSAULT' && e.date === '2024-05-06')!;
    assert.deepEqual(monday.articles, ['a']);
  });

  test('different weapons are different attacks; two events of one article never merge', () => {
    const ind = state('India', 'IND'), pak = state('Pakistan', 'PAK');
    const a = article('a', '2024-05-08', [
      { type: 'ASSAULT', mode: 'heavy-weapons', actor: [pak], recipient: [ind], date: '2024-05-07', text: 'Pakistan shelled villages along the frontier.' },
      { type: 'ASSAULT', mode: null, actor: [pak], recipient: [ind], date: '2024-05-07', text: 'Pakistan also attacked an airbase.' },
    ]);
    const b = article('b', '2024-05-08', [{ type: 'ASSAULT', mode: 'aerial', actor: [pak], recipient: [ind], date: '2024-05-07', text: 'Pakistani jets bombed an airfield.' }]);
    const story = resolveStoryEvents([a, b]);
    assert.equal(story.filter((e) => e.articles.includes('a')).length, 2);
    const shelling = story.find((e) => e.mode === 'heavy-weapons')!;
    assert.deepEqual(shelling.articles, ['a']);
  });

  test('the export carries first and last report dates and the count of independent sources', () => {
    const nor = state('Norway', 'NOR'), fin = state('Finland', 'FIN');
    const spec: Spec = { type: 'SANCTION', mode: 'expel', actor: [nor], recipient: [fin], date: '2024-05-01', text: 'Norway expelled two Finnish diplomats on Wednesday.' };
    const a = article('a', '2024-05-01', [spec]);
    const b = article('b', '2024-05-03', [spec]);
    // c is a near-duplicate copy of a's wire story: a report, not another source.
    const c = article('c', '2024-05-02', [spec]);
    c.article.duplicateOf = 'a';
    const story = resolveStoryEvents([a, b, c]);
    assert.equal(story.length, 1);
    const rec = storyRecord({ entities: [], events: story, claims: [], discrepancies: [] }).events[0];
    assert.equal(rec.first_reported, '2024-05-01');
    assert.equal(rec.last_reported, '2024-05-03');
    assert.equal(rec.sources, 2);
    assert.deepEqual([...rec.articles].sort(), ['a', 'b', 'c']);
  });
});
