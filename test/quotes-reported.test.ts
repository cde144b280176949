// Reported speech: a speech verb with a clausal complement, and "according to" attributions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, indirect, quotes } from './quotes-fixture.ts';

const reported = (body: string) => brief(indirect(quotes(body)));

test('"said (that) CLAUSE" with and without "that"; the clause ends before "though" and appositions', () => {
  assert.deepEqual(reported('The mayor said that the budget would be balanced by June.'), ['mayor | the budget would be balanced by June']);
  assert.deepEqual(reported('Mayor Elena Park said the budget would be balanced by June.'), ['Elena Park | the budget would be balanced by June']);
  assert.deepEqual(reported('Reyes said the deal was fair, though critics disagreed.'), ['Reyes | the deal was fair']);
  assert.deepEqual(reported('The union claimed that 40 workers were hurt, a figure the company disputes.'), ['union | 40 workers were hurt']);
});

test('verbs with a recipient or an adjunct before the clause; the channel is kept', () => {
  const [q] = indirect(quotes('Park told reporters on Friday that the bridge would reopen in May.'));
  assert.equal(q.text, 'the bridge would reopen in May');
  assert.equal(q.channel, 'reporters');
  const [r] = indirect(quotes('In a televised address, President Amara Kone said the curfew would end.'));
  assert.equal(r.speaker, 'Amara Kone');
  assert.equal(r.channel, 'televised address');
});

test('"urged/asked X to VP" is reported speech when X is someone; a noun object is not', () => {
  assert.deepEqual(reported('Park urged residents to conserve water.'), ['Park | residents to conserve water']);
  assert.deepEqual(reported('The envoy asked both sides not to escalate.'), ['envoy | both sides not to escalate']);
  assert.deepEqual(reported('Park urged restraint and called for calm. The minister expressed sorrow and reiterated his support.'), []);
  assert.deepEqual(reported('Park encouraged continued efforts to improve the roads.'), []);
});

test('subject control, "the need for", and "accused X of VPing"', () => {
  assert.deepEqual(reported('The rebels claimed to have captured the airport.'), ['rebels | to have captured the airport']);
  assert.deepEqual(reported('The envoy stressed the need for both sides to return to talks.'), ['envoy | the need for both sides to return to talks']);
  assert.deepEqual(reported('The union accused the company of ignoring safety rules.'), ['union | the company of ignoring safety rules']);
  assert.deepEqual(reported('The union accused the company of negligence.'), []);
});

test('a clause followed by its reporting tag, and a tag in the middle of the clause', () => {
  assert.deepEqual(reported('The storm will reach the coast by Friday, forecasters said.'), ['forecasters | The storm will reach the coast by Friday']);
  assert.deepEqual(reported('The vote, officials said, will be held in May.'), ['officials | The vote will be held in May']);
  assert.deepEqual(reported('Two ferries were cancelled, said harbour master Jon Berg.'), ['Jon Berg | Two ferries were cancelled']);
  assert.deepEqual(reported('A landslide blocked the pass overnight, the roads agency said in a statement issued at noon.'), ['roads agency | A landslide blocked the pass overnight']);
});

test('"NP, which X said VP" reports the phrase and the verb phrase', () => {
  assert.deepEqual(reported('The council blamed heavy rain, which it said caused the delays.'), ['council | heavy rain caused the delays']);
});

test('"according to X" before or after a clause; not when the clause reports someone else\'s speech', () => {
  assert.deepEqual(reported('Turnout was lower than in 2019, according to the election commission.'), ['election commission | Turnout was lower than in 2019']);
  assert.deepEqual(reported('According to the police, two men were arrested at the scene.'), ['police | two men were arrested at the scene']);
  assert.deepEqual(reported('According to a statement from the Harbour Authority, the port will reopen on Monday.'), ['Harbour Authority | the port will reopen on Monday']);
  const nested = indirect(quotes('According to the ministry, Lind stressed that the talks would go on.'));
  assert.deepEqual(brief(nested), ['Lind | the talks would go on']);
});

test('coordinated and participial speech verbs share the subject of their clause', () => {
  assert.deepEqual(reported('Reyes stated that taxes would fall and added that spending would rise.'), ['Reyes | taxes would fall', 'Reyes | spending would rise']);
  assert.deepEqual(reported('Reyes spoke for an hour, warning that the deficit would grow.'), ['Reyes | the deficit would grow']);
  assert.deepEqual(reported('State radio quoted the general as saying that the offensive had ended.'), ['general | the offensive had ended']);
});

test('the writer\'s own voice and verbs used as nouns are not reported speech', () => {
  assert.deepEqual(reported('I can assure you that the tests were fair.'), []);
  assert.deepEqual(reported('His remarks that the war was over surprised nobody. The report that prices would fall was wrong.'), []);
});

test('"that" after the verb: a complementiser, a relative pronoun, a demonstrative or a subject', () => {
  assert.deepEqual(reported('Investigators say a fire that destroyed two barns was set on purpose.'), ['Investigators | a fire that destroyed two barns was set on purpose']);
  assert.deepEqual(reported('The engineer said of that plan that it would never work.'), ['engineer | it would never work']);
  assert.deepEqual(reported('The agency estimates that could double by 2030.'), ['agency | that could double by 2030']);
});

test('a passive speech verb hides its speaker unless "by X" names it; imperatives have none', () => {
  assert.deepEqual(reported('Residents were told that the water was unsafe.'), []);
  assert.deepEqual(reported('Residents were told by the utility that the water was unsafe.'), ['utility | the water was unsafe']);
  assert.deepEqual(reported('Tell me one thing that surprised you.'), []);
});

test('a wire dateline is not part of the reported clause or the subject; a participle takes its own clause\'s subject', () => {
  assert.deepEqual(reported('LYON, France (AP) — Three trains were delayed by the strike, the rail operator said.'), ['rail operator | Three trains were delayed by the strike']);
  assert.deepEqual(reported('The team lost again, and coach Mia Holt blamed the weather, saying the pitch was flooded.'), ['Mia Holt | the pitch was flooded']);
});

test('"they" takes a plural description before it rather than an organisation inside it', () => {
  const qs = indirect(quotes('Harbour Radio forecasters said gales would arrive by noon. Waves could reach six metres, they added.', {
    entities: [{ name: 'Harbour Radio', type: 'ORG', mentions: [['Harbour Radio', 'name'], ['they', 'pronoun']] }],
  }, {}));
  assert.deepEqual(brief(qs), ['Harbour Radio forecasters | gales would arrive by noon', 'Harbour Radio forecasters | Waves could reach six metres']);
});

test('inverted tags in the present ("..., say analysts") and generic "you" as no speaker', () => {
  assert.deepEqual(reported('Rents will keep rising through the winter, say analysts.'), ['analysts | Rents will keep rising through the winter']);
  assert.deepEqual(reported('From the outside you can\'t tell the engine is new.'), []);
});

test('"denied V-ing", "ordered X to VP" and "accused X of (adverb) V-ing" are reported speech; "denied wrongdoing" is not', () => {
  assert.deepEqual(reported('The port authority denied closing the northern gate after the storm.'), ['port authority | closing the northern gate after the storm']);
  assert.deepEqual(reported('The company denied wrongdoing.'), []);
  assert.deepEqual(reported('The governor ordered the police to clear the square.'), ['governor | the police to clear the square']);
  assert.deepEqual(reported('The union accused the firm of deliberately hiding the losses.'), ['union | the firm of deliberately hiding the losses']);
  assert.deepEqual(reported('The council ordered the market closed to all traffic.'), []);
});

test('that-less clauses opening with a number, a bare noun before an auxiliary, or a subject with an aside', () => {
  assert.deepEqual(reported('Rescuers said two climbers were still missing.'), ['Rescuers | two climbers were still missing']);
  assert.deepEqual(reported('A deputy minister said damaged cables had been replaced before the flood.'), ['A deputy minister | damaged cables had been replaced before the flood']);
  assert.deepEqual(reported('The navy said the exercise, known as Blue Tide, had ended early.'), ['navy | the exercise, known as Blue Tide, had ended early']);
  assert.deepEqual(reported('The mayor did not say how many houses were lost.'), []);
});

test('a relative clause without its pronoun ("a plan Vola said would fail") reports the verb phrase', () => {
  assert.deepEqual(reported('The council passed a plan Mayor Ines Vola said would raise rents.'), ['Ines Vola | would raise rents']);
});

test('where a reported clause ends: a new subject with its own speech verb, a verb after ", and", a comment with its own speaker', () => {
  assert.deepEqual(reported('The army said rebels had fired two shells, and the defence minister ordered the troops to respond.'),
    ['army | rebels had fired two shells', 'defence minister | the troops to respond']);
  assert.deepEqual(reported('Vola said 40 homes were flooded, and thanked the volunteers for their help.'), ['Vola | 40 homes were flooded']);
  assert.deepEqual(reported('The coast guard said the ferry had left port late, which the operator denied.'), ['coast guard | the ferry had left port late']);
});

test('a request or a participle inside a report is part of it; a tag around a reported saying names its source', () => {
  // The speaker's own acts under his "had" stay in his report.
  assert.deepEqual(reported('Vola said she had called both mayors and urged them to reopen the road.'),
    ['Vola | she had called both mayors and urged them to reopen the road']);
  // "asked X to" inside a clause reported by someone else is part of that report.
  assert.deepEqual(reported('The city has asked the state to send water trucks, Mayor Ines Vola said.'),
    ['Ines Vola | The city has asked the state to send water trucks']);
  // "phoned Y to say S, the agency reported": S is the caller's, the agency is only the source.
  assert.deepEqual(reported('Governor Ada Weiss phoned Mayor Ines Vola to say the dam had held, the state news agency reported.'),
    ['Ada Weiss | the dam had held']);
});

test('a clause before its tag may hold quoted words; a concession after the tag is the writer\'s', () => {
  assert.deepEqual(reported('The city reserved “all legal options” to recover the funds, Vola said.'), ['Vola | The city reserved all legal options to recover the funds']);
  assert.deepEqual(reported('The council voted to close the bridge, state radio said, though the final decision rests with the governor.'),
    ['state radio | The council voted to close the bridge']);
});

test('number phrases open that-less clauses; a relative on two coordinated speakers; an aside on the hearer', () => {
  assert.deepEqual(reported('The agency says more than 7,000 people have left the valley.'), ['agency | more than 7,000 people have left the valley']);
  assert.deepEqual(reported('The navy said at least 12 sailors were rescued.'), ['navy | at least 12 sailors were rescued']);
  assert.deepEqual(reported('The militia, whom Oslo and the council say are armed by Norland, took the port.').sort(),
    ['Oslo | The militia are armed by Norland', 'council | The militia are armed by Norland']);
  assert.deepEqual(reported('Vola told Radio North, which first reported the leak, that the dam was safe.'), ['Vola | the dam was safe']);
  assert.deepEqual(reported('The harbour will reopen, according to a council report seen by Radio North.'), ['council | The harbour will reopen']);
});
