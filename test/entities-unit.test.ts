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

// ---------- unseen-crisis mechanisms (invented reports) ----------

const byName = (d: AnalyzedArticle, name: string) => d.entities.find((e) => e.name === name || e.aliases.includes(name));

test('facilities named by the noun after them, by a list before a plural noun, and by "the plant at X"', () => {
  const d = doc('f1',
    'Shelling was reported near the old Wat Pradu Kham temple and the Ban Khok Nong crossing on Friday. ' +
    'Villagers sheltered near the Phra Sang, Khao Nok and Ta Kralan temples. ' +
    'Aircraft hit the Karvand, Shirabad and Meymeh nuclear sites, and the enrichment plant at Qoltuq. ' +
    'Doctors at the Halvani Medical Center treated the wounded. The premier spoke at Government House.');
  for (const n of ['Wat Pradu Kham temple', 'Ban Khok Nong crossing', 'Phra Sang', 'Khao Nok', 'Ta Kralan', 'Karvand', 'Shirabad', 'Meymeh', 'Qoltuq', 'Halvani Medical Center', 'Government House'])
    assert.equal(byName(d, n)?.type, 'FAC', n);
  assert.ok(!d.entities.some((e) => e.type === 'PERSON'), d.entities.filter((e) => e.type === 'PERSON').map((e) => e.name).join());
});

test('a seat of power is a place where people stand and the body when it speaks; operations are no entities', () => {
  const d = doc('f2',
    'The president spoke from the White House on Sunday. The White House confirmed the talks. ' +
    'The army launched what it called Operation Iron Gate, and the rebels answered with an offensive dubbed Northern Dawn.');
  const wh = d.entities.filter((e) => e.name === 'White House').map((e) => e.type).sort();
  assert.deepEqual(wh, ['FAC', 'ORG']);
  assert.ok(!d.entities.some((e) => /Iron Gate|Northern Dawn/.test(e.name)));
});

test('religious and hyphenated offices are titles; offices opening a sentence keep their name whole', () => {
  const d = doc('t1',
    'Vandoria’s supreme leader, Ayatollah Reza Kashani, warned the West. UN Secretary-General Amina Okoro called for calm. ' +
    'Secretary of State Lena Park said talks would resume. Former prime minister Dara Vong, now president of the Senate, disagreed.');
  assert.deepEqual(byName(d, 'Reza Kashani')?.roles.includes('Ayatollah'), true);
  assert.equal(byName(d, 'Amina Okoro')?.type, 'PERSON');
  assert.equal(byName(d, 'Amina Okoro')?.country, null, 'an official of an international body serves no state');
  assert.equal(byName(d, 'Lena Park')?.roles[0], 'Secretary of State');
  assert.equal(byName(d, 'Dara Vong')?.type, 'PERSON');
  assert.equal(byName(d, 'Senate')?.type, 'ORG');
});

test('person countries from possessives, appositions, envoys and the body a spokeswoman speaks for', () => {
  const d = doc('c1',
    'In a letter to Norway’s UN ambassador, Ola Berntsen, the minister asked for a meeting. ' +
    'Premier Tan Lee called his Malaysian counterpart, acting premier Hamid Rosli, on Monday. ' +
    'The talks were attended by the U.S. ambassador to Chile, Mark Denton. ' +
    'The head of the International Labour Organization, Ruth Keller, said nothing. ' +
    'Cambodia’s Defence Ministry disputed the account. Its spokeswoman, Colonel Sok Pheap, said troops held their ground.',
    'Bangkok');
  assert.equal(byName(d, 'Ola Berntsen')?.country, 'NOR');
  assert.equal(byName(d, 'Hamid Rosli')?.country, 'MYS');
  assert.equal(byName(d, 'Mark Denton')?.country, 'USA');
  assert.equal(byName(d, 'Ruth Keller')?.country, null);
  assert.equal(byName(d, 'Sok Pheap')?.country, 'KHM');
  assert.equal(byName(d, 'Defence Ministry')?.country, 'KHM');
});

test('a minister is not given the country of the places his sentence strikes; guesses are marked', () => {
  const d = doc('c2', 'Defence Minister Avi Rosen ordered the army to hit targets in Damascus. Police spokesman Yossi Levi said in Haifa that two were hurt.', 'Jerusalem');
  assert.equal(byName(d, 'Avi Rosen')?.country, 'ISR');
  assert.equal(byName(d, 'Avi Rosen')?.countryBasis, 'dateline');
  assert.equal(byName(d, 'Yossi Levi')?.countryBasis, 'context');
});

test('short forms: given names, middle names, sub-names of organisations, acronyms, official names', () => {
  const d = doc('l1',
    'Malaysian Prime Minister Anwar Hakim spoke to both Somchai and Premier Somchai Rattana. Anwar said both agreed. ' +
    'Foreign Minister Marie Kabila Nsimba arrived; Kabila said talks had failed. ' +
    'The Islamic Revolutionary Guard Corps fired missiles at Israel; the Revolutionary Guards said more would follow. ' +
    'The Association of Southeast Asian Nations met. ASEAN issued a statement. Israel struck the Islamic Republic on Friday and Iran replied.');
  assert.ok(byName(d, 'Anwar Hakim')?.aliases.includes('Anwar'));
  assert.ok(byName(d, 'Somchai Rattana')?.aliases.includes('Somchai'));
  assert.ok(byName(d, 'Marie Kabila Nsimba')?.aliases.includes('Kabila'));
  assert.ok(byName(d, 'Islamic Revolutionary Guard Corps')?.aliases.includes('Revolutionary Guards'));
  assert.ok(byName(d, 'Association of Southeast Asian Nations')?.aliases.includes('ASEAN'));
  assert.ok(byName(d, 'Iran')?.aliases.includes('Islamic Republic'));
  assert.equal(d.entities.filter((e) => e.type === 'PERSON').length, 3);
});

test('a name two states share reads by the article\'s other evidence; slash-joined alliances stay one name', () => {
  const d = doc('l2', 'Fighting reached Bukavu as the AFC/M23 alliance advanced. Congo said the M23 rebels were backed by Rwanda. Officials in Kinshasa agreed. Congo’s army spokesman, General Jean Mbala, spoke.');
  assert.equal(byName(d, 'Congo')?.country, 'COD');
  assert.equal(byName(d, 'Jean Mbala')?.country, 'COD');
  assert.ok(byName(d, 'AFC/M23')?.aliases.includes('M23'));
  const b = doc('l3', 'Congo and Gabon signed a deal in Brazzaville.');
  assert.equal(byName(b, 'Congo')?.country, 'COG');
});

test('story entities: stated countries correct dateline guesses; names, acronyms and spellings join across reports', () => {
  const a = doc('r1', 'Foreign Minister Karim Sadeghi wrote to the council. The International Atomic Energy Agency sent inspectors. Jets struck the Ta Muen Khan temple.', 'Jerusalem');
  const b = doc('r2', 'Iranian Foreign Minister Karim Sadeghi, speaking in Ankara, condemned the strikes. The IAEA said radiation was normal. The UN Security Council met.', 'Washington');
  const c = doc('r3', 'The United Nations Security Council will meet again. Troops shelled the Ta Moan Khan temple. Aircraft hit the Karvand and Shirabad nuclear sites.', 'Doha');
  const e = doc('r4', 'Bombs fell on Karvand.', 'Doha');
  const story = resolveEntities([a, b, c, e]);
  const karim = story.filter((x) => x.name === 'Karim Sadeghi');
  assert.equal(karim.length, 1);
  assert.equal(a.entities.find((x) => x.name === 'Karim Sadeghi')?.country, 'IRN', 'the stated country corrects the dateline guess');
  assert.equal(karim[0].country, 'IRN');
  assert.equal(story.filter((x) => /Atomic Energy|IAEA/.test(x.aliases.join())).length, 1);
  assert.equal(story.filter((x) => /Security Council/.test(x.name)).length, 1);
  assert.equal(story.filter((x) => /Ta M.* Khan/.test(x.name)).length, 1);
  assert.equal(story.find((x) => x.name === 'Karvand')?.type, 'FAC');
  assert.equal(story.filter((x) => x.name === 'Karvand').length, 1);
});
