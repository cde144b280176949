// The temporal layer on sentences written for these tests: extents, types and TIMEX3 values
// (TimeML conventions), anchored on a publication date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTimexes } from '../src/time/index.ts';
import { splitSentences } from '../src/text/sentences.ts';

function timexes(body: string, published: string | null = '2024-11-15') {
  return extractTimexes({ body, sentences: splitSentences(body), published }).map((t) => [t.text, t.type, t.value]);
}

/** Expected expressions of one sentence; the publication date is Friday 15 November 2024 (ISO week 46). */
const CASES: [string, [string, string, string][]][] = [
  ['The ministers met on Tuesday to discuss the harvest.', [['Tuesday', 'DATE', '2024-11-12']]],
  ['The ministers will meet on Tuesday to discuss the harvest.', [['Tuesday', 'DATE', '2024-11-19']]],
  ['The council voted on Friday.', [['Friday', 'DATE', '2024-11-15']]],
  ['The bridge was closed last Friday and reopens next Monday.', [['last Friday', 'DATE', '2024-11-08'], ['next Monday', 'DATE', '2024-11-18']]],
  ['Flooding hit the valley on Wednesday night.', [['Wednesday night', 'TIME', '2024-11-13TNI']]],
  ['Ballots were counted on Sunday (November 10) evening.', [['Sunday (November 10) evening', 'TIME', '2024-11-10TEV']]],
  ['The treaty was signed on 3 March 2019 in Oslo.', [['3 March 2019', 'DATE', '2019-03-03']]],
  ['The summit opened March 4, 2023, and closed a day later.', [['March 4, 2023', 'DATE', '2023-03-04'], ['a day later', 'DATE', '2023-03-05']]],
  ['Elections were held in June.', [['June', 'DATE', '2024-06']]],
  ['Elections are due in February.', [['February', 'DATE', '2025-02']]],
  ['Prices rose in 2021 and fell in the 1990s.', [['2021', 'DATE', '2021'], ['the 1990s', 'DATE', '199']]],
  ['Exports slumped last year but recovered this month.', [['last year', 'DATE', '2023'], ['this month', 'DATE', '2024-11']]],
  ['The strike began this week and may run into next week.', [['this week', 'DATE', '2024-W46'], ['next week', 'DATE', '2024-W47']]],
  ['She arrived yesterday and leaves tomorrow.', [['yesterday', 'DATE', '2024-11-14'], ['tomorrow', 'DATE', '2024-11-16']]],
  ['Officials spoke this morning.', [['this morning', 'TIME', '2024-11-15TMO']]],
  ['The dam was completed three years ago.', [['three years ago', 'DATE', '2021']]],
  ['The siege lasted two weeks.', [['two weeks', 'DURATION', 'P2W']]],
  ['Talks went on for more than five hours.', [['more than five hours', 'DURATION', 'PT5H']]],
  ['The pact runs for a decade.', [['a decade', 'DURATION', 'P1DE']]],
  ['Output has grown over the past five years.', [['the past five years', 'DURATION', 'P5Y']]],
  ['It was the first visit in years.', [['years', 'DURATION', 'PXY']]],
  ['Inspectors visit every week.', [['every week', 'SET', 'P1W']]],
  ['The committee meets twice a year.', [['twice a year', 'SET', 'P1Y']]],
  ['Markets are calm now, though they were volatile recently.', [['now', 'DATE', 'PRESENT_REF'], ['recently', 'DATE', 'PAST_REF']]],
  ['The vote took place at 2:30 p.m. on Monday.', [['2:30 p.m. on Monday', 'TIME', '2024-11-11T14:30']]],
  ['Polls closed at 8 PM, officials said on Monday.', [['8 PM', 'TIME', '2024-11-11T20:00'], ['Monday', 'DATE', '2024-11-11']]],
  ['Profits doubled in the third quarter.', [['the third quarter', 'DATE', '2024-Q3']]],
  ['Rains are expected this summer.', [['this summer', 'DATE', '2024-SU']]],
  ['Sales dipped in fiscal 2023.', [['fiscal 2023', 'DATE', 'FY2023']]],
  ['The plant reopened in mid-September.', [['mid-September', 'DATE', '2024-09']]],
  ['The statue dates from the 18th century.', [['the 18th century', 'DATE', '17']]],
  ['The record stood from 2009-2011 and again in 1998-99.', [['2009', 'DATE', '2009'], ['2011', 'DATE', '2011'], ['1998', 'DATE', '1998'], ['99', 'DATE', '1999']]],
  ['The race was won in 2:14:05.', [['2:14:05', 'DURATION', 'PT2H14M5S']]],
  ['The ceasefire took effect on Sunday, the army said on Monday.', [['Sunday', 'DATE', '2024-11-10'], ['Monday', 'DATE', '2024-11-11']]],
];

test('temporal expressions of written sentences: extents, types and values', () => {
  for (const [body, expected] of CASES) assert.deepEqual(timexes(body), expected, body);
});

test('words that only look temporal are left alone', () => {
  const quiet = [
    'You may march to the square if you wish.',
    'Black Friday sales drew crowds to the mall.',
    'A second convoy followed the first.',
    'The company employs 2500 people in the region.',
    'He read USA Today on the train.',
    'Every now and then the generator failed.',
    'The 22-year-old striker scored twice.',
  ];
  for (const body of quiet) assert.deepEqual(timexes(body), [], body);
});

test('a TempEval-style duration and its date are told apart by what follows', () => {
  // "N units after <noun phrase>" is a span of time (TimeML DURATION); "N units later" a date.
  assert.deepEqual(timexes('He resigned two years after the scandal.'), [['two years', 'DURATION', 'P2Y']]);
  assert.deepEqual(timexes('He was elected in 2010 and resigned two years later.'), [['2010', 'DATE', '2010'], ['two years later', 'DATE', '2012']]);
  assert.deepEqual(timexes('Growth came a month earlier than forecast.'), [['a month', 'DURATION', 'P1M']]);
});

test('no publication date and no date in the text: values keep their unknown parts', () => {
  assert.deepEqual(timexes('The rally took place on Saturday.', null), [['Saturday', 'DATE', 'XXXX-WXX-6']]);
  assert.deepEqual(timexes('Work resumed in May after the strike.', null), [['May', 'DATE', 'XXXX-05']]);
});
