// The entity layer on fixtures written for these tests: titles and roles, aliases, pronouns and
// descriptions, entityAt, and story entities that merge the same person but never two people.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, Article } from '../src/model.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { buildEntities, entityAt } from '../src/extract/entities/index.ts';
import { resolveEntities } from '../src/resolve/entities.ts';
import { resolvePlace } from '../src/extract/gazetteer/places.ts';

function doc(id: string, body: string, dateline: string | null = null): AnalyzedArticle {
  const article = { id, body, dateline, title: null } as unknown as Article;
  const d: AnalyzedArticle = { article, sentences: splitSentences(body), timexes: [], entities: [], quotes: [], events: [] };
  d.entities = buildEntities(d);
  return d;
}

const BODY =
  'Canadian Foreign Minister Dr Helena Marchetti met Brazilian Defence Minister Tomas Okafor in Ottawa on Monday. ' +
  'Marchetti said the talks were useful. "We agreed on a lot," she said.\n\n' +
  'The Brazilian minister later flew to Toronto. Okafor told reporters that his country wanted calm.';

test('titled persons get roles, affiliation and their surname aliases', () => {
  const d = doc('a1', BODY);
  const helena = d.entities.find((e) => e.name === 'Helena Marchetti')!;
  assert.equal(helena.type, 'PERSON');
  assert.equal(helena.country, 'CAN');
  assert.deepEqual(helena.roles, ['Foreign Minister']);
  assert.ok(helena.aliases.includes('Marchetti'));
  const tomas = d.entities.find((e) => e.name === 'Tomas Okafor')!;
  assert.equal(tomas.country, 'BRA');
  assert.equal(d.entities.find((e) => e.name === 'Ottawa')?.type, 'GPE');
  assert.equal(d.entities.find((e) => e.name === 'Ottawa')?.country, 'CAN');
  assert.ok(d.entities.find((e) => e.name === 'Ottawa')?.geo?.geonameId, 'GeoNames id for a city');
});

test('pronouns and descriptions belong to the right person; entityAt finds them', () => {
  const d = doc('a2', BODY);
  const she = BODY.indexOf('she said');
  assert.equal(entityAt(d, she, she + 3)?.name, 'Helena Marchetti');
  const desc = BODY.indexOf('The Brazilian minister');
  assert.equal(entityAt(d, desc, desc + 'The Brazilian minister'.length)?.name, 'Tomas Okafor');
  const his = BODY.indexOf('his country');
  assert.equal(entityAt(d, his, his + 3)?.name, 'Tomas Okafor');
  for (const e of d.entities) for (const m of e.mentions) assert.equal(BODY.slice(m.start, m.end), m.text);
  assert.ok(d.entities.every((e, i) => e.id === `a2#e${i + 1}`));
});

test('organisations by head noun, acronyms in parentheses, facilities, lists of places', () => {
  const body = 'The Northern Liberation Front (NLF) claimed the attack near Kandahar Air Base. ' +
    'Officials of the Ministry of Defence said the NLF had fighters in Herat, Farah and Zaranj.';
  const d = doc('a3', body);
  const nlf = d.entities.find((e) => e.aliases.includes('NLF'))!;
  assert.equal(nlf.type, 'ORG');
  assert.equal(nlf.name, 'Northern Liberation Front');
  assert.equal(d.entities.find((e) => e.name === 'Ministry of Defence')?.type, 'ORG');
  assert.equal(d.entities.find((e) => e.name === 'Kandahar Air Base')?.type, 'FAC');
  for (const n of ['Herat', 'Farah', 'Zaranj']) assert.equal(d.entities.find((e) => e.name === n)?.type, 'GPE', n);
});

test('story entities: one person under several spellings, two people sharing a name part stay two', () => {
  const a = doc('s1', 'Prime Minister Nawaz Qureshi spoke to reporters. Army chief Gen. Bilal Qureshi Khan was there.');
  const b = doc('s2', 'N. Qureshi met the envoy. Nawaz Qureshi later left.');
  const story = resolveEntities([a, b]);
  const nawaz = story.filter((e) => e.aliases.some((x) => /Nawaz Qureshi|N\. Qureshi/.test(x)));
  assert.equal(nawaz.length, 1);
  assert.deepEqual(nawaz[0].articles, ['s1', 's2']);
  const bilal = story.find((e) => e.name === 'Bilal Qureshi Khan')!;
  assert.notEqual(bilal, nawaz[0]);
  assert.ok(!bilal.aliases.includes('Nawaz Qureshi'));
});

test('place gazetteer: story countries decide between same-named places', () => {
  assert.equal(resolvePlace('Hyderabad', new Map([['PAK', 1]]))?.country, 'PAK');
  assert.equal(resolvePlace('Hyderabad', new Map([['IND', 1]]))?.country, 'IND');
});

test('place cache: what is written is read back, keys found by bisection', async () => {
  const { writePlaceCache, readPlaceCache } = await import('../src/extract/gazetteer/place-cache.ts');
  const { tempDir } = await import('./helpers.ts');
  const a = { geonameId: 1, name: 'Alpha Town', lat: 1.5, lon: -2.25, country: 'AAA', admin1: 'AA.01', population: 500, kind: 'city' as const };
  const b = { geonameId: null, name: 'Beta', lat: 3, lon: 4, country: 'BBB', admin1: 'BB.02', population: 90000, kind: 'admin1' as const };
  const byKey = new Map([['alpha town', [a]], ['beta', [b, a]], ['zeta', [b]]]);
  const file = `${tempDir()}/places.tsv`;
  writePlaceCache(file, byKey, new Map([['BB.02', b]]));
  const idx = readPlaceCache(file)!;
  assert.deepEqual(idx.named('beta'), [b, a]);
  assert.deepEqual(idx.named('alpha town'), [a]);
  assert.deepEqual(idx.named('zeta'), [b]);
  assert.deepEqual(idx.named('gamma'), []);
  assert.deepEqual(idx.admin1('BB.02'), b);
  assert.equal(idx.admin1('CC.03'), null);
});
