// Claims and discrepancies on the development gold (../shared seeds): the scorer's figures as
// floors; the bundled invented examples as the generality check (planted conflicting claims,
// denials and outlet discrepancies); and the speed of the story-level resolvers.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { analyzeInputs } from '../src/pipeline.ts';
import { exportJson } from '../src/report/export-json.ts';
import { resolveClaims } from '../src/resolve/claims/index.ts';
import { resolveDiscrepancies } from '../src/resolve/discrepancies/index.ts';
import type { Analysis, Claim } from '../src/model.ts';
import { GOLD, ROOT, SEEDS, score } from './helpers.ts';

let seeds: Promise<Analysis> | null = null;
const seedStory = () => (seeds ??= analyzeInputs([SEEDS]));

test('seeds: claims F1, disputers and discrepancies meet their floors', async () => {
  const s = score(exportJson(await seedStory()), ['--gold', GOLD]);
  // Measured: claims P 1.00 R 1.00 F1 1.00, disputers right 1.00; discrepancies 3 of 3 (3 predicted).
  assert.ok(s.claims.f1 >= 0.85, `claims F1 ${s.claims.f1}`);
  assert.ok(s.claims.p >= 0.8 && s.claims.r >= 0.85, `claims P ${s.claims.p} R ${s.claims.r}`);
  assert.ok(s.claims.disputes_right >= 0.85, `disputers right ${s.claims.disputes_right}`);
  assert.equal(s.discrepancies.found, 3, `discrepancies found ${s.discrepancies.found} of ${s.discrepancies.gold}`);
  assert.ok(s.discrepancies.predicted <= 5, `${s.discrepancies.predicted} discrepancies predicted`);
});

test('seeds: the disputed claims the report must show, and no claim without a claimant', async () => {
  const { story } = await seedStory();
  const find = (re: RegExp): Claim => {
    const c = story.claims.find((x) => re.test(x.text));
    assert.ok(c, `no claim ${re}`);
    return c;
  };
  const toll = find(/31 civilians/);
  assert.equal(toll.claimant.country, 'PAK');
  assert.equal(toll.status, 'disputed');
  assert.deepEqual(toll.disputedBy.map((p) => p.country), ['IND']);
  const jets = find(/shot down Indian fighter jets/);
  assert.equal(jets.status, 'unconfirmed');
  assert.deepEqual(jets.disputedBy, [], 'India stays silent: nobody disputes it');
  assert.ok(jets.caveatEvidence?.some((e) => /remained silent/.test(e.text)));
  const s400 = find(/S-400/);
  assert.equal(s400.status, 'denied');
  assert.deepEqual(s400.disputedBy.map((p) => p.name), ['Vyomika Singh']);
  for (const c of story.claims) assert.ok(c.claimant.name && c.evidence.length, `claim without claimant or evidence: ${c.text}`);
  const administrations = story.discrepancies.find((d) => d.values.some((v) => v.value === 'Biden administration'));
  assert.ok(administrations?.values.some((v) => v.value === 'Trump administration'), 'the outlets disagree on the US administration');
});

test('examples (invented Ethiopia-Eritrea story): planted conflicting claims, denials and outlet discrepancies', async () => {
  const inputs = ['01_horn-ledger.txt', '02_nakfa-news.txt', '03_highland-tribune.html', '04_meridian-wire.txt', '05_capital-dispatch.txt',
    '07_rift-valley-review.txt', '09_continental-affairs.txt', '10_horn-ledger.txt', '11_blue-nile-times.txt'].map((f) => path.join(ROOT, 'examples', f));
  const { story } = await analyzeInputs(inputs);
  const find = (re: RegExp) => story.claims.find((x) => re.test(x.text));
  // The Zalambessa toll: Ethiopia's figure, called invented by Eritrea's minister (in another report).
  const toll = find(/Zalambessa.*nine civilians|nine civilians.*Zalambessa/);
  assert.ok(toll, 'the Zalambessa toll is a claim');
  assert.equal(toll.claimant.country, 'ETH');
  assert.equal(toll.status, 'disputed');
  assert.ok(toll.disputedBy.some((p) => p.country === 'ERI'));
  assert.ok(toll.articles.length >= 2, 'one claim across the reports that carry it');
  // The drones near the Tekeze dam: claimed by Ethiopia, denied by Eritrea.
  const drones = find(/shot down three/);
  assert.equal(drones?.status, 'denied');
  assert.ok(drones?.disputedBy.some((p) => p.country === 'ERI'));
  // Eritrea's account of its own fire contradicts Ethiopia's toll: listed, disputed.
  const serha = find(/did not touch any civilian area/);
  assert.equal(serha?.status, 'disputed');
  // The Su-27 over Tsorona: claimed by Eritrea's minister, denied by Ethiopia's army spokesman.
  const jet = find(/Su-27/);
  assert.equal(jet?.claimant.country, 'ERI');
  assert.equal(jet?.status, 'denied');
  assert.ok(jet?.disputedBy.some((p) => p.country === 'ETH'));
  // The mortar rounds near Senafe: claimed by Eritrea, denied by Ethiopia.
  const mortar = find(/mortar rounds near Senafe/);
  assert.equal(mortar?.claimant.country, 'ERI');
  assert.equal(mortar?.status, 'denied');
  // Outlet discrepancies: the day of the Secretary of State's call; the envoy's office.
  const call = story.discrepancies.find((d) => /date of .*Whitcomb/.test(d.about));
  assert.ok(call, `no date discrepancy; found ${story.discrepancies.map((d) => d.about).join(' | ')}`);
  assert.deepEqual(call.values.map((v) => v.articles.join()).sort(), ['04_meridian-wire', '05_capital-dispatch']);
  const office = story.discrepancies.find((d) => /office held by Grace Mwangi/.test(d.about));
  assert.ok(office?.values.some((v) => v.articles.includes('09_continental-affairs') && /Commissioner/.test(v.value)));
  for (const c of story.claims) assert.ok(c.claimant.name, 'no claim without a claimant');
  // A toll that "has risen" is an update, not two reports contradicting each other.
  assert.ok(!story.discrepancies.some((d) => /number killed in Zalambessa/.test(d.about)), 'a revised toll is no discrepancy');
});

// Measured on an idle machine: well above 500k words/s once warm; the floor leaves room for CI.
test('speed: claims and discrepancies of a story stay fast', async () => {
  const { articles } = await seedStory();
  const many = Array.from({ length: 40 }, (_, k) => articles.map((d) => ({ ...d, article: { ...d.article, id: `${d.article.id}-${k}` } }))).flat();
  const words = many.reduce((n, d) => n + d.article.wordCount, 0);
  resolveClaims(many.slice(0, 10));
  const t0 = process.cpuUsage();
  resolveClaims(many);
  resolveDiscrepancies(many, []);
  const t = process.cpuUsage(t0);
  const rate = words / ((t.user + t.system) / 1e6);
  assert.ok(rate > 60_000, `${Math.round(rate)} words per CPU second`);
});
