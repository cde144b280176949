// The standard exports on the written fixture story: PLOVER JSON Lines with the manual's keys, an
// ACLED-style CSV that parses back to the same cells, GeoJSON points in [longitude, latitude] order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACLED_COLUMNS, acledCsv, acledRows, acledType } from '../src/report/exports/acled.ts';
import { csvField } from '../src/report/exports/csv.ts';
import { deathFigures, eventFatalities } from '../src/report/exports/fatalities.ts';
import { eventsGeoJson } from '../src/report/exports/geojson.ts';
import { renderExport } from '../src/report/exports/index.ts';
import { ploverJsonl } from '../src/report/exports/plover.ts';
import { exportJson } from '../src/report/export-json.ts';
import { EVENTS, INPUT } from './report-fixture.ts';

/** RFC 4180 reader written for the test, independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    assert.ok(c !== '"' && c !== '\n' && c !== '\r', `stray ${JSON.stringify(c)} at ${i}`);
    field += c; i++;
  }
  assert.equal(field, '', 'the file ends with a line break');
  assert.equal(row.length, 0);
  return rows;
}

const evidenced = Object.values(EVENTS).filter((e) => e.evidence.length);

test('PLOVER JSON Lines: one object per line, the manual\'s field names, one record per evidenced story event', () => {
  const text = ploverJsonl(INPUT, { codedDate: '2026-02-01' });
  assert.ok(text.endsWith('\n'));
  const lines = text.slice(0, -1).split('\n');
  assert.equal(lines.length, evidenced.length);
  const recs = lines.map((l) => JSON.parse(l));
  for (const r of recs) {
    for (const k of ['id', 'date', 'actor', 'recipient', 'event', 'mode', 'context', 'event_loc', 'event_text', 'quad_code', 'event_scale', 'text_info', 'cite_info', 'coder', 'coded_date'])
      assert.ok(k in r, `${r.id} has ${k}`);
    assert.ok(Array.isArray(r.event) && Array.isArray(r.mode) && Array.isArray(r.context) && r.event_text.length > 0);
  }
  assert.ok(!recs.some((r) => r.id === EVENTS.unbacked.id), 'no event without evidence');
  const shelling = recs.find((r) => r.id === EVENTS.shelling.id);
  assert.deepEqual(shelling.actor, [{ code: 'PRY', actor_text: 'Paraguay' }]);
  assert.deepEqual(shelling.recipient, [{ code: 'BOL', actor_text: 'Bolivia' }]);
  assert.deepEqual(shelling.event, ['ASSAULT']);
  assert.deepEqual(shelling.mode, ['heavy-weapons']);
  assert.equal(shelling.quad_code, 4);
  assert.equal(shelling.event_scale, -9.5);
  assert.deepEqual(shelling.size, { dead: 4 });
  assert.deepEqual(shelling.event_loc, { name: 'Villamontes', geonameid: null, latitude: -21.26, longitude: -63.47, 'country code': 'BO', cc3: 'BOL' });
  assert.equal(shelling.event_text.length, 2);
  assert.deepEqual(shelling.text_info.map((t: any) => [t.article, t.sequence]), [['courier-1', 0], ['herald-7', 0]]);
  assert.equal(shelling.cite_info[0].url, 'https://example.org/courier/1');
  assert.equal(shelling.cite_info[0].publication, 'Andes Courier');
  assert.deepEqual(shelling.story_locations, ['Mariscal Estigarribia', 'Villamontes']);
  assert.deepEqual(shelling.story_people, ['Ana Quispe']);
  const offer = recs.find((r) => r.id === EVENTS.offer.id);
  assert.deepEqual(offer.context, ['future'], 'a planned event carries the manual\'s "future" context');
  assert.equal(offer.date, null);
  assert.equal(offer.quad_code, 1);
  assert.equal(offer.recipient.length, 2);
  assert.ok(!('size' in recs.find((r) => r.id === EVENTS.drones.id)), 'no figure, no size');
});

test('ACLED CSV: header, rows and every cell survive a parse round trip', () => {
  const text = acledCsv(INPUT, { timestamp: 1767225600 });
  const rows = parseCsv(text);
  assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
  const expected = acledRows(INPUT, { timestamp: 1767225600 }).map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  assert.deepEqual(rows.slice(1), expected);
  assert.equal(rows.length - 1, evidenced.length);
  const col = (name: string) => ACLED_COLUMNS.indexOf(name as (typeof ACLED_COLUMNS)[number]);
  const byId = new Map(rows.slice(1).map((r) => [r[col('sitrep_event_id')], r]));
  const shelling = byId.get(EVENTS.shelling.id)!;
  assert.equal(shelling[col('event_type')], 'Explosions/Remote violence');
  assert.equal(shelling[col('sub_event_type')], 'Shelling/artillery/missile attack');
  assert.equal(shelling[col('disorder_type')], 'Political violence');
  assert.equal(shelling[col('event_date')], '2026-01-09');
  assert.equal(shelling[col('time_precision')], '1');
  assert.equal(shelling[col('actor1')], 'Paraguay');
  assert.equal(shelling[col('inter1')], 'State forces');
  assert.equal(shelling[col('country')], 'Bolivia');
  assert.equal(shelling[col('latitude')], '-21.26');
  assert.equal(shelling[col('longitude')], '-63.47');
  assert.equal(shelling[col('fatalities')], '4');
  assert.match(shelling[col('fatalities_note')], /"killing four" \(courier-1\); "four dead" \(herald-7\); the lowest is used/);
  assert.equal(shelling[col('source')], 'Andes Courier; Chaco Herald');
  assert.match(shelling[col('notes')], /^Paraguayan artillery shelled .*, killing four civilians, officials said\.$/);
  const drones = byId.get(EVENTS.drones.id)!;
  assert.equal(drones[col('sub_event_type')], 'Air/drone strike');
  assert.equal(drones[col('fatalities')], '', 'no figure in the text: empty, not 0');
  assert.equal(drones[col('fatalities_note')], 'unknown: no figure in the sources for this event');
  assert.equal(drones[col('modality')], 'claimed');
  const threat = byId.get(EVENTS.threat.id)!;
  assert.equal(threat[col('event_type')], 'Strategic developments');
  assert.match(threat[col('notes')], /"We will answer this aggression <script>/, 'quotes inside a field survive');
  const offer = byId.get(EVENTS.offer.id)!;
  assert.equal(offer[col('event_date')], '', 'no date is invented');
  assert.equal(offer[col('assoc_actor_2')], 'Paraguay');
});

test('CSV fields: quotes doubled, separators and line breaks quoted, formulas defused', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, "b"'), '"a, ""b"""');
  assert.equal(csvField(null), '');
  const tricky = 'line one\nline two, "quoted"\r\nend';
  assert.deepEqual(parseCsv(`${csvField(tricky)},${csvField(-9.5)}\r\n`), [[tricky, '-9.5']]);
  const input = { ...INPUT, story: { ...INPUT.story, events: [{ ...EVENTS.accusation, actor: [{ name: '=HYPERLINK("x")', country: null }] }] } };
  const row = parseCsv(acledCsv(input, { timestamp: 0 }))[1];
  assert.equal(row[ACLED_COLUMNS.indexOf('actor1')], `'=HYPERLINK("x")`);
});

test('ACLED types from PLOVER types and modes', () => {
  const t = (type: any, mode: string | null, recipient = [{ name: 'Paraguay', country: 'PRY' }]) => acledType({ type, mode, actor: [], recipient });
  assert.deepEqual(t('ASSAULT', 'aerial'), { disorder_type: 'Political violence', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
  assert.equal(t('ASSAULT', 'explosives').sub_event_type, 'Remote explosive/landmine/IED');
  assert.equal(t('ASSAULT', 'firearms').event_type, 'Battles');
  assert.equal(t('ASSAULT', null, [{ name: 'villagers', country: 'BOL' }]).event_type, 'Violence against civilians');
  assert.equal(t('ASSAULT', 'abduct').sub_event_type, 'Abduction/forced disappearance');
  assert.deepEqual(t('PROTEST', 'demo'), { disorder_type: 'Demonstrations', event_type: 'Protests', sub_event_type: 'Peaceful protest' });
  assert.equal(t('PROTEST', 'riot').event_type, 'Riots');
  assert.equal(t('COERCE', 'arrest').sub_event_type, 'Arrests');
  assert.equal(t('RETREAT', 'ceasefire').sub_event_type, 'Agreement');
  assert.equal(t('CONSULT', 'phone').event_type, 'Strategic developments');
});

test('death figures: stated numbers only', () => {
  const counts = (s: string) => deathFigures(s).map((f) => f.count);
  assert.deepEqual(counts('The blast killed 12 people and wounded 30.'), [12]);
  assert.deepEqual(counts('At least 31 civilians were killed in the raids.'), [31]);
  assert.deepEqual(counts('Shelling overnight, killing nine and injuring 23 others.'), [9]);
  assert.deepEqual(counts('The death toll has risen to 1,204.'), [1204]);
  assert.deepEqual(counts('Twenty-one soldiers died in the ambush.'), [21]);
  assert.deepEqual(counts('Three dead after the strike.'), [3]);
  assert.deepEqual(counts('Dozens were killed.'), []);
  assert.deepEqual(counts('Seven people were injured and the house was destroyed.'), []);
  assert.deepEqual(counts('The 2019 attack killed scores of people.'), []);
});

test('death figures of an event: one per sentence, tied to the event by its place when a sentence gives several', () => {
  const ev = (text: string) => ({ articleId: 'x', text });
  const two = ev('One side says its shelling killed nine soldiers in Alto; the other says three civilians were killed in Bajo.');
  assert.equal(eventFatalities([two], 'Alto').count, 9);
  assert.equal(eventFatalities([two], 'Bajo').count, 3);
  const unplaced = eventFatalities([two], null);
  assert.equal(unplaced.count, null);
  assert.deepEqual(unplaced.ambiguous[0].map((f) => f.count), [9, 3]);
  const both = eventFatalities([ev('The raid killed 12 people.'), ev('Officials said ten people were killed in the raid.')], null);
  assert.equal(both.count, 10, 'the lowest of the sources');
  assert.equal(both.figures.length, 2);
});

test('GeoJSON: located events as Points in [longitude, latitude] order, located through their place entity when needed', () => {
  const fc = eventsGeoJson(INPUT);
  assert.equal(fc.type, 'FeatureCollection');
  const byId = new Map(fc.features.map((f) => [f.id, f]));
  assert.deepEqual([...byId.keys()].sort(), [EVENTS.shelling.id, EVENTS.drones.id].sort());
  const shelling = byId.get(EVENTS.shelling.id)!;
  assert.deepEqual(shelling.geometry, { type: 'Point', coordinates: [-63.47, -21.26] });
  const [lon, lat] = byId.get(EVENTS.drones.id)!.geometry.coordinates;
  assert.deepEqual([lon, lat], [-60.61, -22.03], 'from the Mariscal Estigarribia place entity');
  assert.equal(shelling.properties.type, 'ASSAULT');
  assert.equal(shelling.properties.mode, 'heavy-weapons');
  assert.equal(shelling.properties.modality, 'asserted');
  assert.equal(shelling.properties.date, '2026-01-09');
  assert.deepEqual(shelling.properties.actor, [{ name: 'Paraguay', country: 'PRY' }]);
  assert.deepEqual(shelling.properties.sources.map((s) => [s.article, s.outlet, s.sentence]), [['courier-1', 'Andes Courier', 0], ['herald-7', 'Chaco Herald', 0]]);
  for (const f of fc.features) {
    const [x, y] = f.geometry.coordinates;
    assert.ok(Math.abs(x) <= 180 && Math.abs(y) <= 90);
  }
});

test('renderExport: json is the analyze export document, claimreview the claims as ClaimReview records', () => {
  const now = new Date('2026-02-01T00:00:00Z');
  assert.deepEqual(JSON.parse(renderExport('json', INPUT, { now })), JSON.parse(JSON.stringify(exportJson(INPUT))));
  assert.equal(renderExport('plover', INPUT, { now }).split('\n')[0], ploverJsonl(INPUT, { codedDate: '2026-02-01' }).split('\n')[0]);
  assert.ok(renderExport('acled', INPUT, { now }).includes(',1769904000,'));
  assert.equal(JSON.parse(renderExport('geojson', INPUT, { now })).features.length, 2);
  // ClaimReview: the claims layer's writer, fed only claims that have a claimant.
  const reviews = JSON.parse(renderExport('claimreview', INPUT, { now }));
  assert.equal(reviews.length, 2, 'the claim without a claimant is left out');
  assert.ok(reviews.every((r: any) => r['@type'] === 'ClaimReview' && r.claimReviewed));
  assert.equal(reviews[0].claimReviewed, INPUT.story.claims[0].text);
  assert.equal(reviews[0].reviewRating.alternateName, 'disputed');
});
