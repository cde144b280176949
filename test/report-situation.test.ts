// The situation report on a written fixture story: content of every section, sources behind every
// statement, escaping of article text in Markdown and HTML, nothing loaded from outside the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSituationReport, renderHtml, renderMarkdown } from '../src/report/situation/index.ts';
import { direction } from '../src/report/situation/escalation-summary.ts';
import { mdText } from '../src/report/situation/markdown.ts';
import { EVENTS, INPUT, SCRIPT } from './report-fixture.ts';

const report = buildSituationReport(INPUT);
const md = renderMarkdown(report);
const html = renderHtml(report);

/** The lines of a "## Heading" section of the Markdown. */
function section(name: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(`## ${name}`);
  assert.ok(start >= 0, `section ${name}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

test('header counts articles and outlets, and names the story after its main country pair', () => {
  assert.equal(report.title, 'Situation report: Bolivia – Paraguay');
  assert.equal(report.articleCount, 3);
  assert.deepEqual(report.outlets, ['Andes Courier', 'Chaco Herald']);
  assert.equal(report.articlesWithoutOutlet, 1);
  assert.deepEqual(report.reported, { from: '2026-01-10', to: '2026-01-11' });
  assert.deepEqual(report.events, { from: '2026-01-08', to: '2026-01-11' });
  assert.match(md, /3 articles \(3 independent\) from 2 named outlets \(Andes Courier, Chaco Herald\); 1 article names no outlet/);
});

test('key facts put the most widely reported event first, with its sources', () => {
  const first = report.keyFacts[0];
  assert.equal(first.id, EVENTS.shelling.id);
  assert.equal(first.sources, 2);
  assert.deepEqual(first.outlets, ['Andes Courier', 'Chaco Herald']);
  assert.deepEqual(first.refs, ['a1s1', 'a2s1']);
  assert.match(section('Key facts')[1], /^1\. \*\*ASSAULT \(heavy-weapons\)\*\*: Paraguay → Bolivia · 2026-01-09 · Villamontes · .* 2 sources .*\[\^a1s1\]\[\^a2s1\]$/);
});

test('the timeline runs by date, undated events last; an event without evidence is left out', () => {
  const dates = report.timeline.map((d) => d.date);
  assert.deepEqual(dates, ['2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11', null]);
  const ids = report.timeline.flatMap((d) => d.facts.map((f) => f.id));
  assert.ok(!ids.includes(EVENTS.unbacked.id));
  assert.equal(ids.length, Object.keys(EVENTS).length - 1);
  assert.equal(report.unknowns.droppedEvents, 1);
  const headings = section('Timeline').filter((l) => l.startsWith('### '));
  assert.deepEqual(headings, ['### 2026-01-08', '### 2026-01-09', '### 2026-01-10', '### 2026-01-11', '### Date unknown']);
});

test('every event line of the report links to at least one source, and every link has its note', () => {
  const eventLines = [...section('Key facts'), ...section('Timeline')].filter((l) => /^(- |\d+\. )\*\*/.test(l));
  assert.equal(eventLines.length, report.keyFacts.length + report.timeline.reduce((n, d) => n + d.facts.length, 0));
  for (const line of eventLines) assert.match(line, /\[\^a\d+(s\d+)?\]$/, line);
  const used = new Set([...md.matchAll(/\[\^(a\d+(?:s\d+)?)\](?!:)/g)].map((m) => m[1]));
  const defined = new Set([...md.matchAll(/^\[\^(a\d+(?:s\d+)?)\]:/gm)].map((m) => m[1]));
  assert.ok(used.size > 5);
  for (const k of used) assert.ok(defined.has(k), `note for ${k}`);
  // The note quotes the sentence and names the article's outlet.
  assert.match(md, /^\[\^a1s1\]: a1 \(Andes Courier\), sentence 1: “Paraguayan artillery shelled the Bolivian town of Villamontes on Friday, killing four civilians, officials said\.”$/m);
});

test('who said what groups quotes by speaker; unattributed quotes are counted, not shown', () => {
  assert.deepEqual(report.speakers.map((s) => s.speaker), ['Ana Quispe']);
  assert.deepEqual(report.speakers[0].quotes[0].refs, ['a1s4']);
  assert.equal(report.unknowns.unattributedQuotes, 1);
  assert.match(md, /### Ana Quispe \(1 quote\)/);
  assert.match(md, /1 quote has no identified speaker/);
});

test('disputed claims show both sides with the quoted sentences; a claim without a claimant is left out', () => {
  const claims = section('Claims and disputes').join('\n');
  assert.match(claims, /### Paraguayan shelling killed four civilians in Villamontes/);
  assert.match(claims, /\*\*Claimed by\*\* Bolivia \(BOL\) \[\^a1s1\]/);
  assert.match(claims, /\*\*Status\*\*: disputed by Paraguay \(PRY\) \[\^a2s1\]/);
  assert.match(claims, /- claim: Andes Courier: “Paraguayan artillery shelled .*” \[\^a1s1\]/);
  assert.match(claims, /- dispute: Chaco Herald: “Paraguay denied shelling Villamontes .*” \[\^a2s1\]/);
  assert.match(claims, /Paraguay \(PRY\): “Bolivian drones struck a depot near Mariscal Estigarribia” \(unconfirmed; one independent source\) \[\^a2s2\]/);
  assert.doesNotMatch(md, /Nobody said this/);
  assert.equal(report.unknowns.droppedClaims, 1);
  assert.match(md, /1 claim was left out: no claimant/);
});

test('outlet discrepancies list each value with its outlets and sentences', () => {
  const lines = section('Outlet discrepancies');
  assert.ok(lines.includes('### administration hosting the talks'));
  assert.ok(lines.includes('- “Morales administration”: Chaco Herald (a2) [^a2s3]'));
  assert.ok(lines.includes('- “Arce administration”: a3 [^a3s2]'));
});

test('escalation: daily sums per pair, the most conflictual day and the direction', () => {
  assert.equal(report.escalation.length, 1);
  const s = report.escalation[0];
  assert.deepEqual(s.pair, ['BOL', 'PRY']);
  assert.deepEqual(s.days.map((d) => [d.date, d.score, d.count]), [['2026-01-08', -9.5, 1], ['2026-01-09', -9.5, 1], ['2026-01-10', -5.5, 2], ['2026-01-11', -2, 1]]);
  assert.equal(s.peak?.date, '2026-01-08');
  assert.equal(s.direction, 'de-escalating');
  assert.equal(s.days[2].quad['verbal-conflict'], 2);
  assert.match(section('Escalation').join('\n'), /\| 2026-01-10 \| −5\.5 \| 2 \| 2 verbal conflict \| \[\^a1s3\]\[\^a1s4\] \|/);
  assert.equal(direction([{ score: -1 }, { score: -9 }]), 'escalating');
  assert.equal(direction([{ score: -3 }, { score: -3.5 }]), 'level');
  assert.equal(direction([{ score: 4 }]), 'single day');
});

test('what is unknown: undated and unlocated events, unconfirmed claims, undated articles and why', () => {
  const u = report.unknowns;
  assert.deepEqual(u.undatedEvents.map((f) => f.id), [EVENTS.offer.id]);
  assert.deepEqual(u.unlocatedEvents.map((f) => f.id).sort(), [EVENTS.accusation.id, EVENTS.denial.id, EVENTS.offer.id, EVENTS.threat.id].sort());
  assert.deepEqual(u.unconfirmedClaims.map((c) => c.id), ['claim#2']);
  assert.deepEqual(u.singleSourcedClaims.map((c) => c.id), ['claim#2']);
  assert.deepEqual(u.undatedArticles.map((a) => a.id), ['notes-3']);
  const text = section('What is unknown').join('\n');
  assert.match(text, /1 event has no date:\n  - \*\*AGREE\*\*: Argentina → Bolivia \\& Paraguay · announced or planned · 1 source \(a3\) \[\^a3s1\]/);
  assert.match(text, /a3 \(a3\): no date in the metadata, the dateline or the text pins the publication day/);
});

test('Markdown escapes article text: no raw HTML, links or emphasis from the sources', () => {
  assert.ok(!md.includes(SCRIPT));
  assert.ok(md.includes('\\<script\\>alert(1)\\</script\\>'));
  assert.ok(md.includes('“\\<b\\>Shelling\\</b\\> \\& "toll"”'));
  assert.equal(mdText('a [link](javascript:x) *b* _c_ | d'), 'a \\[link\\](javascript:x) \\*b\\* \\_c\\_ \\| d');
});

test('HTML escapes every string from the articles and loads nothing from outside', () => {
  assert.doesNotMatch(html, /<script/i);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('“&lt;b&gt;Shelling&lt;/b&gt; &amp; &quot;toll&quot;”'));
  assert.doesNotMatch(html, /\ssrc=|<link|<img|<iframe|@import|url\(/i);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
  // Only the articles' own web addresses are outbound links.
  const outbound = [...html.matchAll(/href="(?!#)([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(outbound)], ['https://example.org/courier/1']);
});

test('HTML references are anchors into the sources section, which quotes each sentence', () => {
  const targets = [...html.matchAll(/href="#src-([^"]+)"/g)].map((m) => m[1]);
  assert.ok(targets.length > 10);
  for (const t of new Set(targets)) assert.ok(html.includes(`<li id="src-${t}">`), `anchor ${t}`);
  assert.match(html, /<li id="src-a2s1"><b>a2s1<\/b> <a href="#art-a2">a2<\/a> \(Chaco Herald\), “Asuncion rejects the toll”, sentence 1: <q>Paraguay denied shelling Villamontes/);
  assert.match(html, /<li id="art-a1"><b>a1<\/b>: Andes Courier, <a href="https:\/\/example.org\/courier\/1" rel="noopener noreferrer">/);
  // Every event item carries at least one reference.
  const items = [...html.matchAll(/<li><b>[A-Z]+(?: \([a-z-]+\))?<\/b>:.*?<\/li>/g)].map((m) => m[0]);
  assert.ok(items.length >= report.timeline.reduce((n, d) => n + d.facts.length, 0));
  for (const li of items) assert.match(li, /class="ref" href="#src-/);
});

test('a javascript: address in an article is shown as text, never linked', () => {
  const evil = { ...INPUT, articles: INPUT.articles.map((d, i) => (i === 0 ? { ...d, article: { ...d.article, url: 'javascript:alert(1)' } } : d)) };
  const page = renderHtml(buildSituationReport(evil));
  assert.doesNotMatch(page, /href="javascript:/i);
});
