// Claims, disputes and outlet discrepancies on a mini story written for these tests
// (test/fixtures/claims: three invented reports of a Peru-Ecuador border incident), through the
// whole pipeline; the ClaimReview export and the `sitrep claims` command on the same story.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeInputs } from '../src/pipeline.ts';
import type { Analysis, Claim } from '../src/model.ts';
import { claimReviews } from '../src/report/claimreview.ts';
import { formatClaimsReport } from '../src/report/claims.ts';
import { ROOT, tempDir } from './helpers.ts';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'claims');
let analysis: Promise<Analysis> | null = null;
const story = () => (analysis ??= analyzeInputs([FIXTURES]));

function claimWith(claims: Claim[], words: RegExp): Claim {
  const c = claims.find((x) => words.test(x.text));
  assert.ok(c, `no claim matching ${words}; claims: ${claims.map((x) => x.text).join(' | ')}`);
  return c;
}

test('a casualty figure one side announces and the other calls a fabrication: disputed, with the sentence', async () => {
  const { story: s } = await story();
  const c = claimWith(s.claims, /killing seven civilians/);
  assert.equal(c.claimant.country, 'PER');
  assert.equal(c.status, 'disputed');
  assert.deepEqual(c.disputedBy.map((p) => p.country), ['ECU']);
  assert.ok(c.disputeEvidence.some((e) => /casualty figures announced in Lima/.test(e.text)), 'the dispute is in another report: its sentence is kept');
  assert.ok(c.caveatEvidence?.some((e) => /could not independently verify/.test(e.text)), 'the outlet cannot verify it');
  assert.equal(c.singleSourced, true);
  assert.ok(c.evidence.every((e) => e.articleId === 'a_andean-courier'));
});

test('a downing the other side denies: denied', async () => {
  const { story: s } = await story();
  const c = claimWith(s.claims, /shot down two Ecuadorian drones/);
  assert.equal(c.claimant.country, 'PER');
  assert.equal(c.status, 'denied');
  assert.deepEqual(c.disputedBy.map((p) => p.country), ['ECU']);
});

test("a side's account of its own fire is listed once the other side's account contradicts it", async () => {
  const { story: s } = await story();
  const c = claimWith(s.claims, /not hit any civilian area/);
  assert.equal(c.claimant.country, 'ECU');
  assert.equal(c.status, 'disputed');
  assert.deepEqual(c.disputedBy.map((p) => p.country), ['PER']);
});

test('a claim the other side stays silent on: unconfirmed, nobody disputing, the silence kept as a caveat', async () => {
  const { story: s } = await story();
  const c = claimWith(s.claims, /crossed the Zarumilla river/);
  assert.equal(c.claimant.country, 'ECU');
  assert.equal(c.claimant.name, 'Diego Paredes');
  assert.equal(c.status, 'unconfirmed');
  assert.deepEqual(c.disputedBy, []);
  assert.ok(c.caveatEvidence?.some((e) => /remained silent/.test(e.text)));
});

test('no claim without a claimant, and no threats, requests or announcements among the claims', async () => {
  const { story: s } = await story();
  for (const c of s.claims) assert.ok(c.claimant.name, `claim without claimant: ${c.text}`);
  for (const c of s.claims) {
    assert.doesNotMatch(c.text, /defend every metre|pull back the guns|travel to both capitals|called for calm/, c.text);
    assert.ok(c.evidence.length > 0 && c.articles.length > 0);
    for (const e of c.evidence) assert.ok(s.claims && e.text.length > 0);
  }
});

test('discrepancies: the day of one meeting, the office of one envoy, the administration in Washington, the toll in one town', async () => {
  const { story: s } = await story();
  const about = (re: RegExp) => {
    const d = s.discrepancies.find((x) => re.test(x.about));
    assert.ok(d, `no discrepancy about ${re}; found: ${s.discrepancies.map((x) => x.about).join(' | ')}`);
    return d;
  };
  const meeting = about(/date of .*Quispe.*Vallejo|date of .*Vallejo.*Quispe/);
  assert.deepEqual(meeting.values.map((v) => [v.value, v.articles]).sort(), [
    ['Tuesday 2026-02-10', ['b_quito-ledger']], ['Wednesday 2026-02-11', ['a_andean-courier']],
  ]);
  const office = about(/office held by Lucia Ferraro/);
  assert.deepEqual(office.values.map((v) => v.articles[0]).sort(), ['a_andean-courier', 'c_washington-dispatch']);
  assert.ok(office.values.some((v) => /special envoy/.test(v.value)) && office.values.some((v) => /Secretary for Political Affairs/.test(v.value)));
  const government = about(/United States: government in office/);
  assert.deepEqual(government.values.map((v) => v.value).sort(), ['Corbin administration', 'Harlan administration']);
  const toll = about(/number killed in Aguas Verdes/);
  assert.deepEqual(toll.values.map((v) => [v.value, v.articles]).sort(), [
    ['five civilians were killed in Aguas Verdes', ['c_washington-dispatch']], ['killing seven civilians in Aguas Verdes', ['a_andean-courier']],
  ]);
  for (const d of s.discrepancies) for (const v of d.values) {
    assert.ok(v.evidence.length > 0, 'each value keeps the sentences saying it');
    for (const e of v.evidence) assert.ok(v.articles.includes(e.articleId));
  }
});

test('ClaimReview records: claim, claimant, appearances with their sentences, the status as the rating name', async () => {
  const a = await story();
  const reviews = claimReviews(a.story, a.articles.map((d) => d.article));
  assert.equal(reviews.length, a.story.claims.length);
  const r = reviews.find((x) => /killing seven civilians/.test(x.claimReviewed))!;
  assert.equal(r['@context'], 'https://schema.org');
  assert.equal(r['@type'], 'ClaimReview');
  assert.equal(r.itemReviewed['@type'], 'Claim');
  assert.equal(r.itemReviewed.author.name, 'Peru');
  assert.equal(r.reviewRating.alternateName, 'disputed');
  assert.equal('ratingValue' in r.reviewRating, false, 'no invented numeric rating');
  assert.equal(r.itemReviewed.appearance[0].identifier, 'a_andean-courier');
  assert.match(r.itemReviewed.appearance[0].text, /Ecuadorian artillery shelled/);
  assert.deepEqual(r.sitrep.disputedBy.map((p) => p.country), ['ECU']);
  assert.ok(r.sitrep.disputeEvidence.some((e) => e.article === 'b_quito-ledger'));
  const person = reviews.find((x) => /Zarumilla/.test(x.claimReviewed))!;
  assert.equal(person.itemReviewed.author['@type'], 'Person');
});

test('the claims report as text lists status, claimant, disputers and every source sentence', async () => {
  const a = await story();
  const text = formatClaimsReport(a.story.claims, a.story.discrepancies, a.articles.map((d) => d.article));
  assert.match(text, /\[disputed\] Peru \(PER\): Ecuadorian artillery shelled/);
  assert.match(text, /disputed by: Ecuador \(ECU\)/);
  assert.match(text, /a_andean-courier \((?:Andean Courier, )?2026-02-11\): "LIMA/);
  assert.match(text, /Discrepancies between reports \(\d+\)/);
  assert.match(text, /"Tuesday 2026-02-10" in b_quito-ledger/);
});

test('sitrep claims: text and --json from the store', () => {
  const db = path.join(tempDir(), 'claims.db');
  const bin = path.join(ROOT, 'bin', 'sitrep.js');
  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run(['analyze', FIXTURES, '--db', db, '--quiet']).status, 0);
  const text = run(['claims', '--db', db]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^Claims \(\d+\)/);
  assert.match(text.stdout, /\[denied\] Peru \(PER\): Peruvian air defences had shot down two Ecuadorian drones/);
  assert.match(text.stderr, /\d+ claims, \d+ discrepanc/);
  const json = run(['claims', '--db', db, '--json']);
  assert.equal(json.status, 0, json.stderr);
  const doc = JSON.parse(json.stdout);
  assert.ok(doc.claims.length >= 4 && doc.discrepancies.length >= 3);
  assert.ok(doc.claims.every((c: Claim) => c.claimant && c.status && Array.isArray(c.disputedBy)));
  const missing = run(['claims', '--db', path.join(tempDir(), 'none.db')]);
  assert.notEqual(missing.status, 0, 'no store: an error, not an empty list');
});
