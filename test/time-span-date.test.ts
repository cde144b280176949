// dateForSpan: the date governing an event's words, on a report written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle, Article } from '../src/model.ts';
import { dateForSpan, extractTimexes, spanDate } from '../src/time/index.ts';
import { splitSentences } from '../src/text/sentences.ts';

function doc(body: string, published: string | null): AnalyzedArticle {
  const article = { id: 't', body, published } as Article;
  const sentences = splitSentences(body);
  return { article, sentences, timexes: extractTimexes({ body, sentences, published }), entities: [], quotes: [], events: [] };
}

const BODY = [
  'Kestrel City: Rebels shelled the northern suburbs on Tuesday, the army said.',
  'The governor had visited the suburbs a day earlier. Residents fled toward the coast.',
  'On June 2, government troops retook the bridge, three weeks after rebels seized it. The June 1 ceasefire collapsed within hours.',
  'In 2019, the two sides signed a truce.',
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

// Published Monday 14 July 2025 (an invented border crisis).
const CRISIS = [
  'ORVALA, July 14 (Test Wire) - Troops of Kestria and Dunmore clashed on Saturday near the Velm pass, the army said.',
  'Kestrian artillery then shelled two villages. Dunmore says the shelling killed four civilians.',
  'The clashes followed a mine blast a day earlier. Dunmore recalled its envoy on Friday.',
  'The Kestrian army said its troops had only returned fire.',
  'Both governments faced new tariffs from August 1. The foreign minister said he had spoken to both leaders.',
  'Commanders are to meet on Thursday, and Kestria has offered to host observers.',
  'The mediator urged calm, while the army chief said on Sunday that talks were premature.',
  'Kestria has rejected the account.',
].join('\n\n');

test('dateForSpan: a date after the report neither carries over nor dates what is told in the past', () => {
  const d = doc(CRISIS, '2025-07-14');
  assert.equal(at(d, 'faced new tariffs'), '2025-07-12'); // the sentence's own date is a deadline ahead
  assert.equal(at(d, 'had spoken'), '2025-07-12'); // not August 1
});

test('dateForSpan: a coming event takes its own date; a clause joined to it keeps its own time', () => {
  const d = doc(CRISIS, '2025-07-14');
  assert.equal(at(d, 'are to meet'), '2025-07-17'); // "be to" is future: the coming Thursday
  assert.equal(at(d, 'Commanders'), '2025-07-17');
  assert.notEqual(at(d, 'offered'), '2025-07-17');
  // A date in a "while" clause belongs to that clause.
  assert.equal(at(d, 'urged calm'), '2025-07-12');
  assert.equal(at(d, 'said on Sunday'), '2025-07-13');
});

test('dateForSpan: present-tense statements are the report\'s own; carry-over is for the narrative', () => {
  const d = doc(CRISIS, '2025-07-14');
  assert.equal(at(d, 'shelled two villages'), '2025-07-12'); // continues Saturday's narrative
  assert.equal(at(d, 'says'), '2025-07-14');
  assert.equal(at(d, 'killed four'), '2025-07-12'); // past, inside the statement: the narrative
});

test('dateForSpan: a background paragraph before the lead\'s day holds only for itself', () => {
  const d = doc(CRISIS, '2025-07-14');
  assert.equal(at(d, 'mine blast'), '2025-07-11');
  assert.equal(at(d, 'recalled its envoy'), '2025-07-11');
  // The next paragraph is back in the episode the lead tells (Saturday), not on Friday.
  assert.equal(at(d, 'returned fire'), '2025-07-12');
});

test('dateForSpan: a present perfect gives the month of the story, not a day', () => {
  const d = doc(CRISIS, '2025-07-14');
  assert.equal(at(d, 'has rejected'), '2025-07');
});

test('spanDate: says where a date comes from (its own sentence, the narrative, the report\'s day)', () => {
  const d = doc(CRISIS, '2025-07-14');
  const basis = (words: string) => {
    const i = d.article.body.indexOf(words);
    return spanDate(d, i, i + words.length);
  };
  assert.deepEqual(basis('clashed'), { date: '2025-07-12', basis: 'sentence' });
  assert.deepEqual(basis('shelled two villages'), { date: '2025-07-12', basis: 'narrative' });
  assert.deepEqual(basis('says'), { date: '2025-07-14', basis: 'statement' });
  const undated = doc('Envoys urged restraint.', '2025-06-05');
  assert.deepEqual(spanDate(undated, 7, 12), { date: '2025-06-05', basis: 'publication' });
});
