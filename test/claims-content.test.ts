// What a reported statement says, read from its words alone (src/resolve/claims/content.ts): which
// statements are factual claims, which are predictions, threats or intentions, which are negated,
// and which way they lean on civilian harm. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { casualtyFigures, contradicts, isOwnAction, readContent } from '../src/resolve/claims/content.ts';

const read = (text: string, speaker: string | null = null, nominal = false) => readContent(text, null, null, speaker, nominal);

test('factual content: casualties, downings, interceptions, damage, strikes, troop movements, blame', () => {
  const cases: [string, string][] = [
    ['twelve villagers were killed when the shells landed', 'casualties'],
    ['its air defences shot down two reconnaissance drones', 'downing'],
    ['most of the rockets were intercepted over the port', 'interception'],
    ['the strike destroyed a radar station', 'destruction'],
    ['enemy gunners shelled the outskirts of the town overnight', 'strike'],
    ['armoured units were moving towards the northern crossing', 'troops'],
    ['the neighbouring government is responsible for the bombing', 'blame'],
  ];
  for (const [text, topic] of cases) {
    const c = read(text);
    assert.ok(c.topics.has(topic as never), `${text}: ${[...c.topics]}`);
    assert.equal(c.factual, true, text);
  }
});

test('not claims: predictions, threats, intentions, wishes, opinions, condolences, a mere mention of strikes', () => {
  for (const text of [
    'the army will respond to any attack with force',
    'a ground offensive is considered imminent',
    'those behind the bombing must be brought to justice',
    'we reserve the right to strike back',
    'the government is not seeking to escalate',
    'sorrow for the loss of civilian lives',
    'the talks about the strikes went well',
    'she was fired from her job in March',
  ]) assert.equal(read(text).factual, false, text);
});

test('a fact stays a fact when a modal comes after it', () => {
  const c = read('the drones had crossed the border and would have reached the dam');
  assert.equal(c.factual, true);
});

test('negated statements: "lost no aircraft", "did not launch", "no damage"', () => {
  for (const text of ['the air force lost no aircraft in the raid', 'the army has not launched a single drone', 'no damage was caused by the rockets that landed']) {
    assert.equal(read(text).negated, true, text);
  }
  assert.equal(read('the rockets damaged two warehouses').negated, false);
});

test('civilian harm: asserted, denied, or "only military targets"', () => {
  assert.equal(read('the bombs hit a market and killed four civilians').civilian, 1);
  assert.equal(read('the response was directed at non-civilian targets').civilian, -1);
  assert.equal(read('our guns did not hit any civilian area').civilian, -1);
  assert.equal(read('the raids were aimed exclusively at military positions').civilian, -1);
  assert.equal(read('the raids hit an ammunition depot').civilian, 0);
});

test('casualty figures with what they count', () => {
  const counts = (t: string) => casualtyFigures(t).map(({ n, what }) => ({ n, what }));
  assert.deepEqual(counts('the shelling killed nine civilians and wounded 23 others'), [{ n: 9, what: 'killed' }, { n: 23, what: 'wounded' }]);
  assert.deepEqual(counts('six people were wounded and two were killed'), [{ n: 6, what: 'wounded' }, { n: 2, what: 'killed' }]);
  // The words saying it, for reports comparing figures.
  assert.deepEqual(casualtyFigures('eight people died when the rocket hit').map((f) => f.phrase), ['eight people died']);
  assert.deepEqual(casualtyFigures('the barrage hit the market, killing seven civilians').map((f) => f.phrase), ['killing seven civilians']);
  assert.deepEqual(casualtyFigures('14 soldiers were killed').map((f) => f.n), [14]);
  assert.deepEqual(casualtyFigures('the death toll rose to 31').map((f) => f.n), [31]);
  assert.deepEqual(casualtyFigures('three reporters visited the site'), []);
});

test("the speaker's own side: 'it', 'we', agentless 'strikes were conducted'; own announcements are not claims", () => {
  const own = read('it launched retaliatory strikes at dawn', 'ARM');
  assert.equal(own.agent, 'ARM');
  assert.equal(isOwnAction(own, { name: 'Armenia', country: 'ARM' }), true);
  const passive = read('precision strikes were conducted on the launch sites', 'ARM');
  assert.equal(passive.agent, 'ARM');
  // An outcome on the other side is a claim, even about one's own action.
  const downing = read('it shot down three enemy helicopters', 'ARM');
  assert.equal(isOwnAction(downing, { name: 'Armenia', country: 'ARM' }), false);
});

test('opposite accounts of one action contradict each other; accounts of different actors do not', () => {
  const a = { ...read('the strikes killed eleven civilians'), agent: 'AZE' };
  const b = { ...read('the strikes hit no civilians'), agent: 'AZE' };
  const c = { ...read('the strikes hit no civilians'), agent: 'ARM' };
  assert.equal(a.civilian, 1);
  assert.equal(b.civilian, -1);
  assert.equal(contradicts(a, b), true);
  assert.equal(contradicts(a, c), false);
});
