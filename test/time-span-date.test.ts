// dateForSpan: the date governing an event's words, on a report written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, Article } from '../src/model.ts';
import { dateForSpan, extractTimexes } from '../src/time/index.ts';
import { splitSentences } from '../src/text/sentences.ts';

function doc(body: string, published: string | null): AnalyzedArticle {
  const article = { id: 't', body, published } as Article;
  const sentences = splitSentences(body);
  return { article, sentences, timexes: extractTimexes({ body, sentences, published }), entities: [], quotes: [], events: [] };
}

const BODY = [
  'Kestrel City: Rebels shelled the northern suburbs on Tuesday, the army said.',
  'The governor had visited the suburbs a day earlier. Residents fled toward the coast.',
  'On June 2, government troops retook the bridge, three weeks after rebels seized it.',
  'The June 1 ceasefire collapsed within hours. In 2019, the two sides signed a truce.',
  'Aid agencies said they would resume deliveries.',
].join('\n\n');

function at(d: AnalyzedArticle, words: string): string | null {
  const i = d.article.body.indexOf(words);
  assert.ok(i >= 0, words);
  return dateForSpan(d, i, i + words.length);
}

test('dateForSpan: the nearest date of the sentence, then the narrative date, outside flashbacks', () => {
  // Published Thursday 5 June 2025: Tuesday is 3 June.
  const d = doc(BODY, '2025-06-05');
  assert.equal(at(d, 'shelled'), '2025-06-03');
  assert.equal(at(d, 'had visited'), '2025-06-02'); // "a day earlier" in the same sentence
  // The flashback does not move the story's time: the next sentence is still Tuesday's.
  assert.equal(at(d, 'Residents fled'), '2025-06-03');
  assert.equal(at(d, 'retook'), '2025-06-02');
});

test('dateForSpan: the complement of "N units after" is dated back from its clause', () => {
  const d = doc(BODY, '2025-06-05');
  // Three weeks before 2 June: a May date, given to the month since weeks are approximate.
  assert.equal(at(d, 'seized'), '2025-05');
});

test('dateForSpan: a date modifying a noun dates that noun only; a bare year gives nothing', () => {
  const d = doc(BODY, '2025-06-05');
  assert.equal(at(d, 'ceasefire'), '2025-06-01');
  assert.equal(at(d, 'collapsed'), '2025-06-02'); // "The June 1 ceasefire" does not date the collapse
  assert.equal(at(d, 'signed a truce'), null);
  // After "In 2019, ..." the story has left the days it could date.
  assert.equal(at(d, 'resume deliveries'), null);
});

test('dateForSpan: an undated lead takes the publication date, else the first date of its paragraph', () => {
  const dated = doc('Envoys urged restraint. They spoke on Monday.', '2025-06-05');
  assert.equal(at(dated, 'urged'), '2025-06-05');
  const undated = doc('Envoys urged restraint. They spoke on March 3, 2025.', null);
  assert.equal(at(undated, 'urged'), '2025-03-03');
  assert.equal(dateForSpan(doc('Nothing dated here at all.', null), 0, 7), null);
});
