// PLOVER event coding on short reports written for these tests: types, modes, parties, multi-party
// splitting, modality, and the conventions of shared/ontology/PLOVER.md (interceptions, blackouts,
// treaty suspensions, visa revocations, airspace closures, condolences, mediation offers, calls for
// restraint). The whole extractor chain runs, so parties come from the entity layer as in production.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnalyzedArticle, Event } from '../src/model.ts';
import { analyzeReport } from './written-reports.ts';

const analyze = (text: string, published = '2024-03-14'): AnalyzedArticle => analyzeReport(text, published);

const countries = (ps: { country: string | null }[]) => ps.map((p) => p.country).sort().join(',');

function find(events: Event[], type: string, actor?: string, recipient?: string): Event | undefined {
  return events.find((e) => e.type === type && (actor == null || countries(e.actor).includes(actor)) && (recipient == null || countries(e.recipient).includes(recipient)));
}

function describeAll(events: Event[]): string {
  return events.map((e) => `${e.type}/${e.mode} ${countries(e.actor)} -> ${countries(e.recipient)} ${e.modality}`).join('; ');
}

describe('event types and parties', () => {
  test('a call with two parties is two CONSULT events', () => {
    const { events } = analyze('Norway held separate talks with Sweden and Finland on Monday about fishing rights in the Barents Sea.');
    const consult = events.filter((e) => e.type === 'CONSULT');
    assert.equal(consult.length, 2, describeAll(events));
    assert.deepEqual(consult.map((e) => countries(e.recipient)).sort(), ['FIN', 'SWE']);
    for (const e of consult) assert.equal(countries(e.actor), 'NOR');
  });

  test('an interception is the attack of the side that fired', () => {
    const { events } = analyze('Estonia said its air defences intercepted several Russian drones over the coast on Tuesday night.');
    const a = find(events, 'ASSAULT');
    assert.ok(a, describeAll(events));
    assert.equal(countries(a.actor), 'RUS');
    assert.equal(countries(a.recipient), 'EST');
    assert.equal(a.mode, 'drone');
  });

  test('blackouts ordered at home are MOBILIZE', () => {
    const { events } = analyze('Complete blackouts were ordered in several Latvian towns near the border on Wednesday evening.');
    const m = find(events, 'MOBILIZE');
    assert.ok(m, describeAll(events));
    assert.equal(countries(m.actor), 'LVA');
  });

  test('treaty suspension, visa revocation and airspace closure are SANCTION', () => {
    const { events } = analyze([
      'Peru suspended the water-sharing treaty with Ecuador on Friday.',
      'Morocco has revoked the visas of Algerian nationals.',
      'Poland closed its airspace to Belarusian airlines.',
    ].join('\n\n'));
    assert.ok(find(events, 'SANCTION', 'PER', 'ECU'), describeAll(events));
    assert.equal(find(events, 'SANCTION', 'PER', 'ECU')!.mode, 'discontinue');
    assert.ok(find(events, 'SANCTION', 'MAR', 'DZA'), describeAll(events));
    assert.ok(find(events, 'SANCTION', 'POL', 'BLR'), describeAll(events));
  });

  test('condolences are SUPPORT, an offer to mediate is AGREE with both sides as recipients', () => {
    const { events } = analyze([
      'Japan conveyed its condolences to Indonesia after the earthquake.',
      'Qatar offered to mediate between Ethiopia and Sudan.',
    ].join('\n\n'));
    assert.ok(find(events, 'SUPPORT', 'JPN', 'IDN'), describeAll(events));
    const offer = find(events, 'AGREE', 'QAT');
    assert.ok(offer, describeAll(events));
    assert.equal(countries(offer.recipient), 'ETH,SDN');
  });

  test('a call for restraint is a REQUEST to yield, one event with both recipients', () => {
    const { events } = analyze('Germany urged Armenia and Azerbaijan to show restraint and return to talks.');
    const reqs = events.filter((e) => e.type === 'REQUEST');
    assert.equal(reqs.length, 1, describeAll(events));
    assert.equal(reqs[0].mode, 'yield');
    assert.equal(countries(reqs[0].actor), 'DEU');
    assert.equal(countries(reqs[0].recipient), 'ARM,AZE');
    // What was asked for is not an event of its own.
    assert.ok(!find(events, 'CONSULT'), describeAll(events));
  });

  test('demonyms give the parties their countries', () => {
    const { events } = analyze('Senior Hungarian officials accused Romanian police of beating protesters.');
    const acc = find(events, 'ACCUSE');
    assert.ok(acc, describeAll(events));
    assert.equal(countries(acc.actor), 'HUN');
    assert.equal(countries(acc.recipient), 'ROU');
  });
});

describe('modality', () => {
  test('"allegedly" makes a claim', () => {
    const { events } = analyze('Venezuela allegedly shelled a village in Guyana on Sunday.');
    const a = find(events, 'ASSAULT', 'VEN');
    assert.ok(a, describeAll(events));
    assert.equal(a.modality, 'claimed');
    assert.equal(a.mode, 'heavy-weapons');
  });

  test('a party reporting the other side\'s strike: the strike is claimed, and the report accuses', () => {
    const { events } = analyze('Iraq said Iran struck a military base near Basra on Monday.');
    const strike = find(events, 'ASSAULT', 'IRN', 'IRQ');
    assert.ok(strike, describeAll(events));
    assert.equal(strike.modality, 'claimed');
    assert.ok(find(events, 'ACCUSE', 'IRQ', 'IRN'), describeAll(events));
  });

  test('a denial is a REJECT of the claimant, and the denied act is coded as denied', () => {
    const { events } = analyze('Serbia dismissed Croatian claims that Serbian troops had attacked a border post.');
    const rej = find(events, 'REJECT', 'SRB');
    assert.ok(rej, describeAll(events));
    assert.equal(countries(rej.recipient), 'HRV');
    const denied = find(events, 'ASSAULT', 'SRB');
    assert.ok(denied, describeAll(events));
    assert.equal(denied.modality, 'denied');
  });

  test('"did not" negates', () => {
    const { events } = analyze('Bolivia did not expel the Peruvian ambassador, officials said.');
    const s = find(events, 'SANCTION', 'BOL');
    assert.ok(s, describeAll(events));
    assert.equal(s.modality, 'negated');
  });

  test('an announced sanction is a planned SANCTION (ANNOTATION.md: planned), announced help an AGREE', () => {
    const { events } = analyze('Canada will impose new sanctions on Iran next month.\n\nGhana will send food aid to Togo.');
    assert.equal(find(events, 'SANCTION', 'CAN', 'IRN')?.modality, 'planned', describeAll(events));
    assert.ok(find(events, 'AGREE', 'GHA', 'TGO'), describeAll(events));
    assert.ok(!find(events, 'THREATEN'), describeAll(events));
  });

  test('a conditional announcement is a THREATEN', () => {
    const { events } = analyze('Nigeria announced that it will withdraw its troops from Chad unless the fighting stops.');
    assert.ok(find(events, 'THREATEN', 'NGA'), describeAll(events));
  });
});

describe('evidence and scores', () => {
  test('every event carries its sentence, an id, a trigger and its PLOVER score', () => {
    const d = analyze([
      'Chile and Argentina signed a fisheries agreement on Monday.',
      'Later, Argentine police arrested three Chilean fishermen near the strait.',
    ].join('\n\n'));
    assert.ok(d.events.length >= 2, describeAll(d.events));
    d.events.forEach((e, i) => {
      assert.equal(e.id, `fixture#v${i + 1}`);
      assert.equal(d.article.body.slice(e.start, e.end), e.evidence);
      assert.equal(d.sentences[e.sentenceIndex].start, e.start);
      assert.ok(e.trigger.length > 0);
      assert.ok(e.score >= -10 && e.score <= 10);
    });
    assert.equal(find(d.events, 'SUPPORT')!.score, 5);
    assert.equal(find(d.events, 'COERCE', 'ARG', 'CHL')!.score, -7);
  });

  test('a call mentioned twice in one article is one event', () => {
    const { events } = analyze([
      'Kenya\'s foreign minister spoke with Uganda\'s foreign minister on Monday.',
      'During the call, the Kenyan minister raised the dispute over Migingo island.',
      'In their call, Kenya\'s foreign minister also discussed trade with Uganda\'s foreign minister.',
    ].join('\n\n'));
    assert.equal(events.filter((e) => e.type === 'CONSULT').length, 1, describeAll(events));
  });
});
