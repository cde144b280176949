// Direct quotes: quotation marks, scare quotes, split and multi-paragraph quotes, and who said them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotedSpans, quoteText } from '../src/extract/quotes/marks.ts';
import { brief, direct, indirect, quotes } from './quotes-fixture.ts';

test('marks: curly, straight and single quotes pair up; apostrophes do not', () => {
  const body = `“Good morning,” she said. "Good night," he said. ‘Fine,’ they said. It's the Smiths’ car, isn't it?`;
  const { spans } = findQuotedSpans(body);
  assert.deepEqual(spans.map((q) => quoteText(body, q)), ['Good morning,', 'Good night,', 'Fine,']);
});

test('marks: a quote left open continues when the next paragraph opens with a mark, else ends with its paragraph', () => {
  const body = '“First we audit every contract.\n\n“Then we publish what we find,” Reyes said.\n\n“No one is above the rules.\n\nThe meeting ended at noon.';
  const { spans } = findQuotedSpans(body);
  assert.equal(spans.length, 2);
  assert.equal(spans[0].parts.length, 2);
  assert.equal(quoteText(body, spans[0]), 'First we audit every contract. Then we publish what we find,');
  assert.equal(spans[1].close, null);
  assert.equal(quoteText(body, spans[1]), 'No one is above the rules.');
});

test('a reporting clause after the quote names the speaker, in either order, with its channel', () => {
  const qs = quotes(
    '“The bridge will reopen next week,” Mayor Elena Park said on Tuesday.\n\n' +
    '“We need more buses on the northern routes,” said transit spokesman Omar Diaz in a radio interview.',
  );
  assert.deepEqual(brief(qs), [
    'Elena Park | The bridge will reopen next week,',
    'Omar Diaz | We need more buses on the northern routes,',
  ]);
  assert.deepEqual(qs.map((q) => q.cue), ['said', 'said']);
  assert.equal(qs[1].channel, 'radio interview');
});

test('a quote split by "she said" is one quote; a new sentence after the tag is a second one by the same speaker', () => {
  const split = quotes('“The water is safe to drink,” Lena Ortiz said, “but residents should run their taps first.”');
  assert.deepEqual(brief(split), ['Lena Ortiz | The water is safe to drink, but residents should run their taps first.']);
  const two = quotes('“We expect a long and hard winter,” Ortiz told Channel 4 News. “Prices will keep rising until spring.”');
  assert.deepEqual(brief(two), ['Ortiz | We expect a long and hard winter,', 'Ortiz | Prices will keep rising until spring.']);
  assert.deepEqual(two.map((q) => q.channel), ['Channel 4 News', 'Channel 4 News']);
});

test('quotes spanning sentences and paragraphs keep one speaker; "X said:" introduces the next paragraph', () => {
  const qs = quotes(
    'The governor spoke last.\n\nAsked about the delays, Governor Maria Soto said:\n\n' +
    '“We were too slow. We will not be slow again.\n\n“Every county will get its money this month,” she added.',
  );
  assert.equal(qs.length, 1);
  assert.equal(qs[0].speaker, 'Maria Soto');
  assert.match(qs[0].text, /^We were too slow\. We will not be slow again\. Every county/);
});

test('scare quotes of one to three words and titles of works are not quotes', () => {
  const qs = quotes('Officials called the report “misleading” and “deeply one-sided”. She starred in “The Long Road Home Again” last year. Critics spoke of “fraud, waste and abuse”.');
  assert.deepEqual(direct(qs), []);
});

test('a readout fragment opening with the speech verb belongs to the subject before it, and is also reported speech', () => {
  const qs = quotes('In a call with her counterpart, Foreign Minister Ana Lind “stressed that both governments must keep talking.”');
  assert.deepEqual(brief(direct(qs)), ['Ana Lind | stressed that both governments must keep talking.']);
  assert.deepEqual(brief(indirect(qs)), ['Ana Lind | both governments must keep talking']);
});

test('a quoted fragment inside a report is direct and indirect; the reported person beats a trailing "according to"', () => {
  const mixed = quotes('Lind said the talks had been “constructive, frank and long overdue” by any measure.');
  assert.deepEqual(brief(direct(mixed)), ['Lind | constructive, frank and long overdue']);
  assert.deepEqual(brief(indirect(mixed)), ['Lind | the talks had been constructive, frank and long overdue by any measure']);
  const according = quotes('Lind told the envoy that her country “will not accept any new conditions,” according to a ministry statement.');
  assert.deepEqual(brief(direct(according)), ['Lind | will not accept any new conditions,']);
  // The complement "her country ... conditions" is partly the quote: reported speech as well.
  assert.equal(indirect(according)[0]?.speaker, 'Lind');
});

test('a whole complement in quotation marks is a direct quote only', () => {
  const qs = quotes('Reyes said that “the deficit will keep growing next year.” The ministry posted on X that “the border will stay closed for now.”');
  assert.deepEqual(brief(qs), ['Reyes | the deficit will keep growing next year.', 'ministry | the border will stay closed for now.']);
  assert.equal(qs[1].channel, 'X');
});

test('a pronoun speaker is resolved through the entity layer\'s mentions', () => {
  const body = 'Nadia Rahman chairs the committee. “We will not rush this vote,” she said.';
  const qs = quotes(body, { entities: [{ name: 'Nadia Rahman', mentions: [['Nadia Rahman', 'name'], ['she', 'pronoun']] }] });
  assert.equal(qs[0].speaker, 'Nadia Rahman');
  assert.equal(qs[0].speakerEntityId, 'fixture#e1');
});

test('a quote with no attribution of its own continues the previous speaker of its passage, and only there', () => {
  const qs = quotes(
    '“The harvest was poor,” farmer Ali Hassan said. “We lost half the wheat to the floods.”\n\n' +
    'Prices rose in the capital.\n\nAnother paragraph about the weather follows here.\n\n“Nobody saw this coming at all.”',
  );
  assert.deepEqual(brief(qs), [
    'Ali Hassan | The harvest was poor,',
    'Ali Hassan | We lost half the wheat to the floods.',
    'null | Nobody saw this coming at all.',
  ]);
});

test('spans point at the quoted text in the body', () => {
  const body = 'Earlier, “the line will hold through the night,” Colonel Ivo Marek said.';
  const [q] = quotes(body);
  assert.equal(body.slice(q.start, q.end), q.text);
  assert.equal(q.id, 'fixture#q1');
  assert.equal(q.sentenceIndex, 0);
});

test('a reporting clause with an aside after the speaker\'s name still names the speaker', () => {
  const qs = quotes('“We fixed the outage within the hour,” Lee Amato, the network\'s chief engineer, said on Monday.');
  assert.deepEqual(brief(qs), ['Lee Amato | We fixed the outage within the hour,']);
});

test('a quoted term in a sentence that reports no speech is not a quote', () => {
  assert.deepEqual(quotes('The council voted to repeal the "first come, first served" rule last spring.'), []);
  assert.deepEqual(brief(quotes('The mayor paid tribute to a "kind, generous and brave neighbour" at the service.')), ['mayor | kind, generous and brave neighbour']);
});

test('a conjunction after a quote opens a clause of its own: the next speaker is not the quote\'s', () => {
  const qs = direct(quotes('Mayor Ines Vola urged the council to “approve the budget before the rains come”, while treasurer Jon Aker said the books were balanced.'));
  assert.deepEqual(brief(qs), ['Ines Vola | approve the budget before the rains come']);
});

test('a name set off after a description in the tag is the speaker ("the group\'s spokesman, Name, said")', () => {
  const qs = quotes(
    '“We will hold the valley through the winter,” the militia’s spokesman, Tomas Ferro, said on Monday.\n\n' +
    '“Nobody has asked us to leave the valley,” said the militia’s spokesman, Tomas Ferro.\n\n' +
    '“The reactor hall was not damaged at all,” the head of the Nuclear Safety Board, Ada Weiss, told reporters.',
  );
  assert.deepEqual(qs.map((q) => q.speaker), ['Tomas Ferro', 'Tomas Ferro', 'Ada Weiss']);
});

test('two speakers joined by "and" each get the quote', () => {
  const qs = quotes('“The talks have failed for now,” Ferro and Weiss said in a joint statement.');
  assert.deepEqual(qs.map((q) => q.speaker).sort(), ['Ferro', 'Weiss']);
  assert.ok(qs.every((q) => q.text === 'The talks have failed for now,'));
});

test('scare quotes: a list of three items is short, a four-word phrase with "and" is not', () => {
  assert.equal(direct(quotes('The mayor called the plan “reckless, costly and late”.')).length, 0);
  assert.deepEqual(brief(direct(quotes('Vola said the old bridge was “completely and utterly unsafe” for trucks.'))), ['Vola | completely and utterly unsafe']);
});

test('a quote opening its paragraph untagged is named by the next sentence; "according to" after a whole quote adds no report', () => {
  const qs = quotes('“We will not leave the valley before the talks begin.” Tomas Ferro told reporters in the port on Sunday after a long meeting with the elders of the northern villages.');
  assert.deepEqual(brief(qs), ['Tomas Ferro | We will not leave the valley before the talks begin.']);
  const acc = quotes('“The enemy was pushed back across the river,” according to army spokesman Ivo Marek.');
  assert.deepEqual(brief(acc), ['Ivo Marek | The enemy was pushed back across the river,']);
});
