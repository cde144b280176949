// Who acts and who is acted upon, on short reports written for these tests (a fictional Norway-Sweden
// border crisis): parties are people, bodies and states, not weapons, places or operation names; subjects
// across asides and subordinate clauses; "both leaders" and plural pronouns; reported speech that runs
// through its subordinate clauses; attacks told without their doer; hosted talks, expulsions, offers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnalyzedArticle, Event } from '../src/model.ts';
import { analyzeReport } from './written-reports.ts';

const analyze = (text: string, published = '2024-03-14'): AnalyzedArticle => analyzeReport(text, published);

const countries = (ps: { country: string | null }[]) => ps.map((p) => p.country).sort().join(',');
const describeAll = (events: Event[]) => events.map((e) => `${e.type}/${e.mode} ${e.actor.map((p) => `${p.name}(${p.country})`).join(',')} -> ${countries(e.recipient)} ${e.modality}`).join('; ');
const find = (events: Event[], type: string, actor?: string, recipient?: string) =>
  events.find((e) => e.type === type && (actor == null || countries(e.actor) === actor) && (recipient == null || countries(e.recipient).includes(recipient)));

// Two sides, named often enough for the article to be about them.
const FRAME = 'Norway and Sweden have traded accusations over the disputed fjord for weeks. Norwegian and Swedish troops face each other across the water.';

describe('parties are agents', () => {
  test('a weapon is no actor: a rocket hitting one side is the other side\'s attack', () => {
    const { events } = analyze(`${FRAME} Four people were killed when a rocket struck a fuel depot in the Swedish town of Strömstad on Tuesday.`);
    assert.ok(!events.some((e) => e.actor.some((p) => /rocket/i.test(p.name))), describeAll(events));
    assert.ok(find(events, 'ASSAULT', 'NOR', 'SWE'), describeAll(events));
  });

  test('victims in a country are not attacked by that country', () => {
    const { events } = analyze(`${FRAME} Swedish officials said two soldiers were killed and five wounded in Sweden on Wednesday.`);
    assert.ok(!events.some((e) => e.type === 'ASSAULT' && countries(e.actor) === 'SWE' && countries(e.recipient) === 'SWE'), describeAll(events));
  });

  test('"No one was killed" names no party', () => {
    const { events } = analyze(`${FRAME} No one was killed or injured in the incident on Monday.`);
    assert.ok(!events.some((e) => [...e.actor, ...e.recipient].some((p) => /^one$/i.test(p.name))), describeAll(events));
  });

  test('an operation\'s name is not a party', () => {
    const { events } = analyze(`${FRAME} Norwegian jets struck radar sites in an operation that the defence minister called Northern Gale.`);
    assert.ok(!events.some((e) => [...e.actor, ...e.recipient].some((p) => /Gale/.test(p.name))), describeAll(events));
    assert.ok(!events.some((e) => e.type === 'CONSULT'), describeAll(events));
    assert.ok(find(events, 'ASSAULT', 'NOR'), describeAll(events));
  });
});

describe('argument structure', () => {
  test('the subject stands before a relative clause', () => {
    const { events } = analyze(`${FRAME} Prime Minister Lena Holm of Finland, who chairs the Nordic Council this year, said she had spoken to both leaders on Thursday and urged them to pull back their troops.`);
    const consult = events.filter((e) => e.type === 'CONSULT');
    assert.deepEqual(consult.map((e) => countries(e.recipient)).sort(), ['NOR', 'SWE'], describeAll(events));
    for (const e of consult) assert.equal(countries(e.actor), 'FIN', describeAll(events));
    const request = find(events, 'REQUEST', 'FIN');
    assert.ok(request, describeAll(events));
    assert.equal(countries(request.recipient), 'NOR,SWE');
  });

  test('"X said Y fired first": the firing is claimed and X accuses Y', () => {
    const { events } = analyze(`${FRAME} Swedish troops said they had seen a Norwegian drone before Norwegian soldiers opened fire.`);
    const attack = find(events, 'ASSAULT', 'NOR');
    assert.ok(attack, describeAll(events));
    assert.equal(attack.modality, 'claimed');
    assert.ok(find(events, 'ACCUSE', 'SWE', 'NOR'), describeAll(events));
  });

  test('a host with two guests: the guests visit the host', () => {
    const { events } = analyze(`${FRAME} The two countries agreed on Monday to a ceasefire, Danish Prime Minister Mads Krogh said after hosting the leaders of both countries in Copenhagen.`);
    const visit = find(events, 'CONSULT');
    assert.ok(visit, describeAll(events));
    assert.equal(countries(visit.actor), 'NOR,SWE');
    assert.equal(countries(visit.recipient), 'DNK');
    const truce = find(events, 'AGREE', 'NOR,SWE');
    assert.ok(truce, describeAll(events));
  });

  test('ordering diplomats to leave and recalling an ambassador are two sanctions', () => {
    const { events } = analyze(`${FRAME} Oslo recalled its ambassador from Stockholm on Thursday and ordered Swedish diplomats to leave the country.`);
    const sanctions = events.filter((e) => e.type === 'SANCTION');
    assert.equal(sanctions.length, 2, describeAll(events));
    assert.deepEqual(sanctions.map((e) => e.mode).sort(), ['expel', 'withdraw']);
    for (const e of sanctions) assert.equal(countries(e.recipient), 'SWE');
  });

  test('a third party ready to help offers it to both sides', () => {
    const { events } = analyze(`${FRAME} Finland's foreign minister said on Friday that Finland was ready to help.`);
    const offer = find(events, 'AGREE', 'FIN');
    assert.ok(offer, describeAll(events));
    assert.equal(countries(offer.recipient), 'NOR,SWE');
  });

  test('rejecting the other side\'s allegations denies what they allege', () => {
    const { events } = analyze(`${FRAME} The Swedish government rejected Norwegian allegations that Swedish soldiers had planted mines near the shore.`);
    const mines = find(events, 'ASSAULT', 'SWE');
    assert.ok(mines, describeAll(events));
    assert.equal(mines.modality, 'denied');
    assert.ok(find(events, 'ACCUSE', 'NOR', 'SWE'), describeAll(events));
    assert.ok(find(events, 'REJECT', 'SWE', 'NOR'), describeAll(events));
  });

  test('protesters storming an embassy riot; the state does not assault', () => {
    const { events } = analyze(`${FRAME} Hundreds of protesters stormed the Swedish embassy in Oslo on Saturday.`);
    assert.ok(find(events, 'PROTEST'), describeAll(events));
    assert.ok(!events.some((e) => e.type === 'ASSAULT'), describeAll(events));
  });

  test('letters, condolences, closures and recalls; "its" and "it" read in their sentence', () => {
    const { events } = analyze(`${FRAME} Sweden wrote to the UN Security Council on Monday asking it to convene an emergency meeting. ` +
      'Finland expressed its condolences to Sweden. Denmark closed all border crossings with Norway and recalled its ambassador from Oslo. ' +
      'The Swedish army said its troops had shot down a Norwegian drone. Two Swedish fighter jets destroyed a command post, the army said.');
    const ask = find(events, 'REQUEST', 'SWE');
    assert.ok(ask && ask.recipient.some((p) => /Security Council/.test(p.name)), describeAll(events));
    assert.ok(find(events, 'SUPPORT', 'FIN', 'SWE'), describeAll(events));
    assert.equal(events.filter((e) => e.type === 'SANCTION' && countries(e.actor) === 'DNK' && countries(e.recipient) === 'NOR').length, 2, describeAll(events));
    const downed = events.find((e) => e.type === 'ASSAULT' && e.trigger.startsWith('shot'));
    assert.ok(downed && countries(downed.actor) === 'SWE' && countries(downed.recipient) === 'NOR', describeAll(events));
    const post = events.find((e) => e.type === 'ASSAULT' && e.trigger === 'destroyed');
    assert.ok(post && countries(post.actor) === 'SWE', describeAll(events));
  });
});
