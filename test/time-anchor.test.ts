// Anchoring: the publication date, tense, explicit dates joined to weekdays, expressions told
// relative to another one, and the inferred anchors of undated reports (texts written for these tests).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryContext } from '../src/extract/index.ts';
import { extractTimexes } from '../src/time/index.ts';
import { splitSentences } from '../src/text/sentences.ts';

function run(body: string, published: string | null, ctx?: StoryContext) {
  return extractTimexes({ body, sentences: splitSentences(body), published }, ctx);
}
const story = (dates: string[]): StoryContext => ({ publishedDates: dates, latestPublished: dates.at(-1) ?? null });

test('tense decides which side of the publication date a weekday falls on', () => {
  // Published Wednesday 7 May 2025.
  const [past] = run('The envoys met on Monday in Geneva.', '2025-05-07');
  const [future] = run('The envoys will meet on Monday in Geneva.', '2025-05-07');
  const [reported] = run('The envoys are set to meet on Monday, a spokesman said.', '2025-05-07');
  assert.equal(past.value, '2025-05-05');
  assert.equal(future.value, '2025-05-12');
  assert.equal(reported.value, '2025-05-12');
  assert.equal(past.anchor, 'publication');
});

test('an explicit date wins over its weekday and joins it into one expression', () => {
  const body = 'Shelling was reported on May 2, 2025. On Thursday (May 8) evening, sirens sounded across the city.';
  const t = run(body, null);
  const joined = t.find((x) => x.text.startsWith('Thursday'))!;
  assert.equal(joined.text, 'Thursday (May 8) evening');
  assert.equal(joined.type, 'TIME');
  assert.equal(joined.value, '2025-05-08TEV');
  // A weekday that contradicts its date does not move the date.
  const [wrong] = run('The vote came on Friday (May 8).', '2025-05-09');
  assert.equal(wrong.value, '2025-05-08');
});

test('a dated dateline is a date of the report', () => {
  const [t] = run('Geneva, May 1: Negotiators resumed talks on Wednesday.', '2025-05-01');
  assert.deepEqual([t.text, t.value], ['May 1', '2025-05-01']);
});

test('expressions told relative to another resolve from it', () => {
  const t = run('The accord was signed on March 3, 2022. A day earlier, the guns fell silent, and the following week prisoners were swapped.', '2024-01-10');
  assert.deepEqual(t.map((x) => [x.text, x.value, x.anchor]), [
    ['March 3, 2022', '2022-03-03', 'absolute'],
    ['A day earlier', '2022-03-02', 'timex'],
    ['the following week', '2022-W10', 'timex'],
  ]);
  assert.equal(t[1].anchorIndex, 0);
});

test('an undated report is anchored on its latest full date, recorded as inferred', () => {
  // 28 April 2025 is a Monday: the nearest Saturday is the 26th.
  const t = run('The talks of April 28, 2025 broke down. Fighting resumed on Saturday.', null);
  const sat = t.find((x) => x.text === 'Saturday')!;
  assert.equal(sat.value, '2025-04-26');
  assert.equal(sat.anchor, 'inferred-publication');
});

test('an undated report without a full date is anchored on its story, recorded as inferred', () => {
  // The story's latest report is of Thursday 8 May 2025: its Saturday is the 10th, its Thursday the 8th.
  const ctx = story(['2025-05-01', '2025-05-08']);
  const t = run('Troops crossed the river on Saturday. The minister had called for calm on Thursday.', null, ctx);
  assert.deepEqual(t.map((x) => [x.value, x.anchor]), [['2025-05-10', 'inferred-publication'], ['2025-05-08', 'inferred-publication']]);
  // A known publication date is never overridden by the story.
  assert.equal(run('Troops crossed the river on Saturday.', '2025-05-01', ctx)[0].value, '2025-04-26');
});

test('a month without a year takes the year the tense points to', () => {
  const pub = '2025-02-10';
  assert.equal(run('The port reopened in November.', pub)[0].value, '2024-11');
  assert.equal(run('The port will reopen in November.', pub)[0].value, '2025-11');
  assert.equal(run('A deal was struck last December.', pub)[0].value, '2024-12');
  assert.equal(run('The deadline is March 1.', pub)[0].value, '2025-03-01');
});

test('"be to" tells a coming event: the weekday falls after the publication date', () => {
  // Published Monday 28 July 2025.
  const [t] = run('Army commanders are to meet on Tuesday morning at the border post.', '2025-07-28');
  assert.equal(t.value, '2025-07-29TMO');
  const [held] = run('The summit is to be held on Friday in the capital.', '2025-07-28');
  assert.equal(held.value, '2025-08-01');
});

test('an undated report: a weekday that agrees with a date it prints is that date', () => {
  // The story's latest report is of Monday 28 July 2025; this one prints July 24, a Thursday.
  const ctx = story(['2025-07-25', '2025-07-28']);
  const body = 'The ministry said enemy units opened fire on the morning of July 24. A clinic was shelled on Thursday. Envoys met on Friday.';
  const t = run(body, null, ctx);
  assert.equal(t.find((x) => x.text === 'Thursday')?.value, '2025-07-24'); // not the coming Thursday, 31 July
  assert.equal(t.find((x) => x.text === 'Friday')?.value, '2025-07-25'); // no printed Friday: the nearest
  // Anchored on a date of its own, a report was written after it: a past weekday lies before.
  const own = run('Talks of Wednesday, July 30, 2025 ended without a deal. Shelling resumed on Thursday.', null);
  assert.equal(own.find((x) => x.text === 'Thursday')?.value, '2025-07-24');
});

test('"overnight" is the night before the report when told in the past', () => {
  const [past] = run('Missiles struck the port overnight, officials said.', '2025-06-14');
  assert.deepEqual([past.text, past.type, past.value], ['overnight', 'TIME', '2025-06-13TNI']);
  const [coming] = run('Crews will work overnight to restore power.', '2025-06-14');
  assert.equal(coming.value, '2025-06-14TNI');
  assert.equal(run('The town changed almost overnight.', '2025-06-14').length, 0);
});

test('a clock time without a day in its sentence is on the day the story tells', () => {
  // Published Friday 25 July 2025: Thursday is the 24th.
  const t = run('Fighting erupted on Thursday near the temple. The first shots came shortly after 8 a.m.', '2025-07-25');
  assert.equal(t.find((x) => x.text === '8 a.m.')?.value, '2025-07-24T08:00');
  // A clock time told of the future is on the report's own reckoning.
  const f = run('Fighting erupted on Thursday near the temple. Talks will open at 9 a.m.', '2025-07-25');
  assert.equal(f.find((x) => x.text === '9 a.m.')?.value, '2025-07-25T09:00');
});
