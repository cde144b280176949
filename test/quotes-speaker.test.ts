// Speaker resolution (entities, roles, descriptions, pronouns) and quote dates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityAt } from '../src/extract/entities/index.ts';
import { quotes } from './quotes-fixture.ts';

test('a name in a longer subject resolves to its entity; titles and offices are not part of the name', () => {
  const body = 'Deputy Finance Minister Raul Vega said the budget was final.';
  const [q] = quotes(body, { entities: [{ name: 'Raúl Vega', mentions: [['Raul Vega', 'name']] }] });
  assert.equal(q.speaker, 'Raúl Vega');
  assert.equal(q.speakerEntityId, 'fixture#e1');
  // Without an entity the name as written, without the office before it.
  assert.equal(quotes(body)[0].speaker, 'Raul Vega');
});

test('a role description resolves to the person holding that role, of the country it names', () => {
  const body = 'Finance Minister Raul Vega and Trade Minister Ines Lopez met on Monday. The finance minister said the budget was final.';
  const [q] = quotes(body, {
    entities: [
      { name: 'Raul Vega', roles: ['Finance Minister'], mentions: [['Raul Vega', 'name']] },
      { name: 'Ines Lopez', roles: ['Trade Minister'], mentions: [['Ines Lopez', 'name']] },
    ],
  });
  assert.equal(q.speaker, 'Raul Vega');
  const two = 'Norway\'s foreign minister Eva Lund met Chile\'s foreign minister Rosa Vidal. Chile\'s foreign minister said the talks went well.';
  const [r] = quotes(two, {
    entities: [
      { name: 'Eva Lund', roles: ['Foreign Minister'], country: 'NOR', mentions: [['Eva Lund', 'name']] },
      { name: 'Rosa Vidal', roles: ['Foreign Minister'], country: 'CHL', mentions: [['Rosa Vidal', 'name']] },
    ],
  });
  assert.equal(r.speaker, 'Rosa Vidal');
});

test('an unnamed speaker is given as the text describes it; a national adjective does not make it the country', () => {
  const body = 'The Norwegian navy said its ships had left the harbour. A spokesman for the coast guard said the search would go on.';
  const qs = quotes(body, { entities: [{ name: 'Norway', type: 'GPE', mentions: [['Norwegian', 'demonym']] }] });
  // An indefinite article is kept: "a spokesman" is someone the text does not identify.
  assert.deepEqual(qs.map((q) => q.speaker), ['Norwegian navy', 'A spokesman for the coast guard']);
  assert.deepEqual(qs.map((q) => q.speakerEntityId), [null, null]);
});

test('the entity layer\'s description mentions are used ("the veteran diplomat" -> the person)', () => {
  const body = 'Envoy Karl Moss arrived in the capital. The veteran diplomat urged both parties to sign the deal.';
  const [q] = quotes(body, { entities: [{ name: 'Karl Moss', mentions: [['Karl Moss', 'name'], ['The veteran diplomat', 'description']] }] }, { entityAt });
  assert.equal(q.speaker, 'Karl Moss');
});

test('pronouns the entity layer left open: the subject of their sentence in a subordinate clause, else the last fitting subject', () => {
  const qs = quotes('The ministry blamed the storm, which it said had cut power to 9,000 homes. Colonel Ivo Marek toured the area. He said the roads would reopen on Sunday.');
  assert.deepEqual(qs.map((q) => q.speaker), ['ministry', 'Ivo Marek']);
});

test('the date is a dated expression of the attribution outside the quoted words; a continued quote keeps it', () => {
  const body = 'Vega said on Monday that the deal, signed in March, was final.';
  const [q] = quotes(body, { timexes: [['Monday', '2024-05-06'], ['March', '2024-03']] });
  assert.equal(q.date, '2024-05-06');
  // A date inside the reported words is what they are about, not when they were said.
  const inside = 'Vega said that the deal was signed in March.';
  assert.equal(quotes(inside, { timexes: [['March', '2024-03']] })[0].date, null);
  const more = '“The deal is final and it is fair,” Vega told reporters on Monday. “Nobody will reopen it this year.”';
  assert.deepEqual(quotes(more, { timexes: [['Monday', '2024-05-06'], ['this year', '2024']] }).map((x) => x.date), ['2024-05-06', '2024-05-06']);
});

test('apposition, purpose clauses, passives with "by" and long relative asides find the right speaker', () => {
  const qs = quotes(
    'The head of the Nuclear Safety Board, Ada Weiss, told the board that the reactor hall was intact. ' +
    'Governor Ines Vola phoned Mayor Jon Aker on Monday to say the dam had held. ' +
    'The mayor was quoted by state radio as saying that the roads were open. ' +
    'Aker, who took office after his predecessor resigned over the flood inquiry this spring, said the schools would reopen. ' +
    'Iran’s armed forces said the drill had ended.',
  );
  assert.deepEqual(qs.map((q) => q.speaker), ['Ada Weiss', 'Ines Vola', 'mayor', 'Aker', 'Iran’s armed forces']);
});

test('statement dates: only from the reporting clause, not from other reports or asides in the sentence', () => {
  const relative = 'In a letter to the envoy, who chairs the council this month, Vola said the dam had held.';
  assert.equal(quotes(relative, { timexes: [['this month', '2024-05']] })[0].date, null);
  const other = 'Vola said that the dam had failed on Monday and added that the roads were closed.';
  assert.deepEqual(quotes(other, { timexes: [['Monday', '2024-05-06']] }).map((q) => q.date), [null, null]);
  const main = 'The city closed the bridge on Monday in a move Vola said would save lives.';
  assert.deepEqual(quotes(main, { timexes: [['Monday', '2024-05-06']] }).map((q) => q.date), [null]);
  const fronted = 'On Monday, Vola said the dam had held.';
  assert.equal(quotes(fronted, { timexes: [['Monday', '2024-05-06']] })[0].date, '2024-05-06');
});
