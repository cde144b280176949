// The situation report and the exports over the seed corpus (read from ../shared, analysed into a
// temporary store): the disputed claims the issue names, the outlets' conflict over the US
// administration, sources behind every line; then `sitrep report` and `sitrep export` as child processes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeIntoStore } from '../src/pipeline.ts';
import { openStore } from '../src/store/index.ts';
import { buildSituationReport, renderHtml, renderMarkdown } from '../src/report/situation/index.ts';
import type { ClaimLine, SituationReport } from '../src/report/situation/types.ts';
import { ROOT, SEEDS, tempDir } from './helpers.ts';

const BIN = path.join(ROOT, 'bin', 'sitrep.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

const dir = tempDir('sitrep-report-');
const db = path.join(dir, 'seeds.db');

async function seedsReport(): Promise<SituationReport> {
  const store = openStore(db);
  try {
    await analyzeIntoStore([SEEDS], store);
    return buildSituationReport({ articles: await store.loadAnalyzed(), story: await store.loadStory() });
  } finally {
    await store.close();
  }
}
const report = await seedsReport();
const md = renderMarkdown(report);
const html = renderHtml(report);
const sentence = (key: string) => report.sources.find((s) => s.key === key)?.text ?? '';
const claim = (re: RegExp): ClaimLine | undefined => report.claims.find((c) => re.test(c.text));
const countries = (c: ClaimLine) => c.disputedBy.map((p) => p.country);

test('seeds: header and sections', () => {
  assert.equal(report.articleCount, 5);
  assert.match(report.title, /India – Pakistan/);
  for (const h of ['Key facts', 'Timeline', 'Who said what', 'Claims and disputes', 'Outlet discrepancies', 'Escalation', 'What is unknown', 'Sources'])
    assert.ok(md.includes(`\n## ${h}\n`), h);
  // Two seed reports carry no publication date: the report says so, and why.
  assert.ok(report.unknowns.undatedArticles.length >= 1);
  for (const a of report.unknowns.undatedArticles) assert.ok(a.publishedNote, a.id);
});

test('seeds: the civilian toll claimed by Pakistan is shown as disputed by India, with both sentences', () => {
  const c = claim(/\b31\b.*civilian/i);
  assert.ok(c, 'claim of 31 civilians killed');
  assert.equal(c.claimant.country, 'PAK');
  assert.ok(countries(c).includes('IND'));
  assert.equal(c.status, 'disputed');
  assert.ok(c.disputeRefs.length >= 1);
  assert.match(md, /### 31 civilians[^\n]*\n\n- \*\*Claimed by\*\* Pakistan \(PAK\) \[\^a\d+s\d+\][^\n]*\n- \*\*Status\*\*: disputed by [^\n]*India/);
});

test('seeds: the downed jets are unconfirmed, with the sentence saying India stays silent', () => {
  const c = claim(/fighter jets/i);
  assert.ok(c, 'claim that Indian jets were shot down');
  assert.equal(c.claimant.country, 'PAK');
  assert.equal(c.status, 'unconfirmed');
  assert.ok(c.caveatRefs.some((k) => /silent/i.test(sentence(k))), 'caveat sentence');
  assert.ok(report.unknowns.unconfirmedClaims.includes(c));
});

test('seeds: the S-400 claim is denied, the denial calls it baseless', () => {
  const c = claim(/S-400/);
  assert.ok(c, 'claim about the S-400');
  assert.equal(c.claimant.country, 'PAK');
  assert.ok(c.status === 'denied' || c.status === 'disputed', c.status);
  assert.ok(countries(c).includes('IND'));
  assert.ok(c.disputeRefs.some((k) => /baseless/i.test(sentence(k))));
});

test('seeds: the outlets disagree on which US administration is speaking', () => {
  const d = report.discrepancies.find((x) => /administration/i.test(x.about) || x.values.some((v) => /administration/i.test(v.value)));
  assert.ok(d, 'an administration discrepancy');
  assert.ok(d.values.length >= 2);
  assert.ok(d.values.some((v) => /biden/i.test(v.value)) && d.values.some((v) => /trump/i.test(v.value)));
  for (const v of d.values) assert.ok(v.refs.length >= 1);
  assert.match(md, /## Outlet discrepancies\n\n### [^\n]*\n\n- “[^\n]*administration”: [^\n]*\[\^a\d/i);
});

test('seeds: no event without evidence, no claim without a claimant, every statement sourced', () => {
  for (const day of report.timeline) for (const f of day.facts) assert.ok(f.refs.length >= 1 && f.refs.every((k) => /s\d+$/.test(k)), f.id);
  for (const c of report.claims) {
    assert.ok(c.claimant.name.trim(), c.id);
    assert.ok(c.refs.length >= 1, c.id);
  }
  const used = new Set([...md.matchAll(/\[\^(a\d+(?:s\d+)?)\](?!:)/g)].map((m) => m[1]));
  for (const k of used) assert.match(md, new RegExp(`^\\[\\^${k}\\]: `, 'm'));
  const eventLines = md.split('\n').filter((l) => /^ *(- |\d+\. )\*\*[A-Z]+(?: \([a-z-]+\))?\*\*: /.test(l));
  assert.ok(eventLines.length >= report.timeline.reduce((n, d) => n + d.facts.length, 0));
  for (const line of eventLines) assert.match(line, /\[\^a\d+s\d+\]$/, line);
  assert.doesNotMatch(html, /<script/i);
});

test('seeds: escalation between India and Pakistan is a conflictual curve', () => {
  const s = report.escalation.find((x) => x.pair.join() === 'IND,PAK');
  assert.ok(s);
  assert.ok(s.days.length >= 3);
  assert.ok(s.total.score < 0);
  assert.ok(s.total.quad['material-conflict'] > 0);
  assert.ok(s.peak && s.peak.score <= Math.min(...s.days.map((d) => d.score)));
});

test('sitrep report and sitrep export over the stored seeds', () => {
  const mdOut = run(['report', '--db', db, '--quiet']);
  assert.equal(mdOut.status, 0, mdOut.stderr);
  assert.equal(mdOut.stdout, md, 'the command writes the report built from the store');
  const file = path.join(dir, 'report.html');
  const htmlOut = run(['report', '--db', db, '--format', 'html', '--out', file]);
  assert.equal(htmlOut.status, 0, htmlOut.stderr);
  assert.equal(htmlOut.stdout, '');
  assert.equal(readFileSync(file, 'utf8'), html);

  const plover = run(['export', '--format', 'plover', '--db', db]);
  assert.equal(plover.status, 0, plover.stderr);
  const lines = plover.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.length >= 20);
  assert.ok(lines.every((r) => r.id && Array.isArray(r.event) && r.event_text.length >= 1));

  const acled = run(['export', '--format', 'acled', '--db', db]);
  assert.equal(acled.status, 0, acled.stderr);
  assert.match(acled.stdout, /^event_id_cnty,event_date,year,/);
  assert.equal(acled.stdout.split('\r\n').filter(Boolean).length, lines.length + 1);

  const geo = run(['export', '--format', 'geojson', '--db', db]);
  assert.equal(geo.status, 0, geo.stderr);
  const fc = JSON.parse(geo.stdout);
  assert.equal(fc.type, 'FeatureCollection');
  // The seeds are in South Asia: longitude (first) east of 60, latitude (second) between 5 and 40.
  for (const f of fc.features) {
    const [lon, lat] = f.geometry.coordinates;
    if (f.properties.country === 'IND' || f.properties.country === 'PAK') assert.ok(lon > 60 && lat > 5 && lat < 40, JSON.stringify(f.geometry));
  }

  const json = run(['export', '--format', 'json', '--db', db]);
  assert.equal(json.status, 0, json.stderr);
  const doc = JSON.parse(json.stdout);
  assert.equal(doc.articles.length, 5);
  assert.ok(doc.story.claims.length >= 3);

  const reviews = run(['export', '--format', 'claimreview', '--db', db]);
  assert.equal(reviews.status, 0, reviews.stderr);
  const records = JSON.parse(reviews.stdout);
  assert.equal(records.length, report.claims.length);
  assert.ok(records.some((r: { claimReviewed: string; reviewRating: { alternateName: string } }) => /S-400/.test(r.claimReviewed) && r.reviewRating.alternateName === 'denied'));

  assert.equal(run(['report', '--db', db, '--format', 'pdf']).status, 2);
  assert.equal(run(['export', '--db', db]).status, 2);
  assert.equal(run(['export', '--format', 'xml', '--db', db]).status, 2);
  assert.equal(run(['report', '--db', path.join(dir, 'missing.db')]).status, 3);
});
