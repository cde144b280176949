// Parties the text leaves without a state get the one their words or their sentence name (own sentences,
// invented for this test): a leading demonym, a single state in the sentence; organisations and officials
// of international bodies stay stateless; several states in a sentence decide nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../src/model.ts';
import { analyzeReport } from './written-reports.ts';

const analyze = (text: string) => analyzeReport(text, '2024-06-20');
const parties = (events: Event[]) => events.map((e) => `${e.type} ${e.actor.map((p) => `${p.name}(${p.country})`).join(',')} -> ${e.recipient.map((p) => `${p.name}(${p.country})`).join(',')}`).join('; ');
const actorCountries = (events: Event[]) => events.flatMap((e) => e.actor.map((p) => p.country));

test('a demonym opening a group name affiliates the group', () => {
  const { events } = analyze('Bosnian Serbs demanded a truce with the army on Tuesday.');
  assert.ok(actorCountries(events).includes('BIH'), parties(events));
});

test('a person with no stated state takes the one state his sentence names', () => {
  const { events } = analyze('President Tomas Lindqvist banned Estonian opposition parties from the vote on Monday.');
  assert.ok(actorCountries(events).includes('EST'), parties(events));
});

test('crowds take the state of the city they march in', () => {
  const { events } = analyze('Thousands of demonstrators protested against fuel prices in Nairobi on Sunday.');
  assert.ok(events.some((e) => e.type === 'PROTEST' && e.actor.some((p) => p.country === 'KEN')), parties(events));
});

test('officials of international bodies and sentences naming two states stay unaffiliated', () => {
  const un = analyze('U.N. Secretary-General Maria Kovacs urged Peru to release the detained reporters on Friday.');
  assert.ok(!actorCountries(un.events).includes('PER'), parties(un.events));
  const two = analyze('Minister Jonas Berg accused Chile and Peru of blocking the river talks on Friday.');
  assert.ok(!two.events.some((e) => e.actor.some((p) => p.name.includes('Berg') && p.country)), parties(two.events));
});

test('"ethnic X" names a people, not the state of that name', () => {
  const { events } = analyze('Ethnic Hungarians rallied on Sunday in Slovakia against the language law.');
  assert.ok(!events.some((e) => e.actor.some((p) => p.country === 'HUN')), parties(events));
  assert.ok(events.some((e) => e.actor.some((p) => p.country === 'SVK')), parties(events));
});

test('a denial a state addresses to itself answers the accuser named just before', () => {
  const { events } = analyze('Chile and Peru have clashed for a week. Bolivia said Chile had fired two rockets across the border on Monday. Chile denied firing any rockets.');
  const denial = events.find((e) => e.type === 'REJECT' && e.actor.some((p) => p.country === 'CHL'));
  assert.ok(denial, parties(events));
  assert.deepEqual(denial.recipient.map((p) => p.country), ['BOL'], parties(events));
});

test('a crowd named by where it is that attacks riots (PROTEST/riot), in its own state', () => {
  const { events } = analyze('In January, protesters in Lima attacked the embassies of Chile and France.');
  const riot = events.find((e) => e.type === 'PROTEST' && e.mode === 'riot');
  assert.ok(riot, parties(events));
  assert.deepEqual(riot.actor.map((p) => p.country), ['PER']);
  assert.ok(!events.some((e) => e.type === 'ASSAULT'), parties(events));
});

test('"the rebels" in a report about one named rebel group is that group; two groups leave it open', () => {
  const one = analyze('The M44 rebels seized the town in January. The rebels withdrew from the valley in April.');
  assert.ok(one.events.some((e) => e.type === 'RETREAT' && e.actor.some((p) => p.name === 'M44')), parties(one.events));
  const two = analyze('The M44 rebels and the K9 rebels clashed in January. The rebels withdrew from the valley in April.');
  assert.ok(!two.events.some((e) => e.type === 'RETREAT' && e.actor.some((p) => p.name === 'M44' || p.name === 'K9')), parties(two.events));
});
