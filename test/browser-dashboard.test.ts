// The dashboard in a real browser: Debian's chromium driven by playwright-core, over the bundled example
// corpus. Every view must render the extracted data the API holds, an evidence link must lead to the
// sentence in the reader, ingest from the page must work, article text must stay text, and no request may
// leave 127.0.0.1. Screenshots go to test-output/screenshots/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { analyzeIntoStore } from '../src/pipeline.ts';
import { startServer, type RunningServer } from '../src/serve/server.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { ROOT, tempDir } from './helpers.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];
const CHROMIUM = CANDIDATES.find((p): p is string => !!p && existsSync(p));
const SKIP = CHROMIUM ? false : 'no chromium binary found (apt-get install chromium, or set CHROMIUM_PATH); browser tests skipped';
if (SKIP) process.stderr.write(`browser-dashboard: ${SKIP}\n`);

const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const EXAMPLES = path.join(ROOT, 'examples');

let store: SqliteStore;
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
let origin: string;
const outside: string[] = [];
const problems: string[] = [];

async function api(p: string): Promise<any> {
  return (await fetch(`${origin}${p}`)).json();
}

async function open(hash: string): Promise<void> {
  await page.goto(`${origin}/#/${hash}`);
  await page.waitForSelector('main[aria-busy="false"]', { timeout: 30_000 });
  assert.equal(await page.locator('main .error').count(), 0, `view ${hash} shows an error: ${await page.locator('main .error').allTextContents()}`);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

describe('dashboard in chromium', { skip: SKIP }, () => {
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    store = new SqliteStore(path.join(tempDir(), 'examples.db'));
    const run = await analyzeIntoStore([EXAMPLES], store);
    assert.ok(run.batch.length >= 10, 'the example corpus was analysed');
    server = await startServer({ store, port: 0 });
    origin = server.url.replace(/\/$/, '');
    // A fresh profile each run: nothing cached, nothing synced.
    browser = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'sitrep-chromium-')), {
      executablePath: CHROMIUM,
      viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run',
        '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions', '--metrics-recording-only'],
    });
    const context = browser;
    page = await context.newPage();
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'data:' && u.hostname !== '127.0.0.1') outside.push(r.url());
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
  });

  test('overview shows the store counts', async () => {
    const s = await api('/api/summary');
    await open('');
    const tiles = await page.locator('.tile').allTextContents();
    assert.ok(tiles.some((t) => t.replace(/\s+/g, ' ').includes(`${s.counts.articles}articles`) || t.includes(String(s.counts.articles))));
    assert.ok(s.counts.articles >= 10 && s.counts.events > 0 && s.counts.entities > 0 && s.counts.quotes > 0, JSON.stringify(s.counts));
    await shot('overview');
  });

  test('timeline: one dot per dated story event, coloured by quad class, sized by sources; evidence opens the reader at the sentence', async () => {
    const t = await api('/api/timeline?limit=1000');
    const dated = t.events.filter((e: any) => /^\d{4}-\d{2}-\d{2}$/.test(e.date ?? ''));
    assert.ok(dated.length > 0);
    await open('timeline');
    assert.equal(await page.locator('svg.timeline circle.event-dot').count(), dated.length);
    assert.equal(await page.locator('table.events tbody tr').count(), t.events.length);
    const fills = new Set(await page.locator('svg.timeline circle.event-dot').evaluateAll((els) => els.map((e) => e.getAttribute('fill'))));
    assert.ok(fills.size >= 2, 'several quad classes');
    await shot('timeline');

    // Follow the evidence of the first event: drawer -> source card -> reader with the sentence in focus.
    const first = dated[0];
    await page.locator(`svg.timeline circle.event-dot[data-id="${first.id}"]`).click();
    await page.waitForSelector('#evidence:not([hidden]) .source-card .sentence');
    assert.equal(await page.locator('#evidence .source-card').count(), first.sources.length);
    const src = first.sources[0];
    const sentence = (await page.locator('#evidence .source-card .sentence').first().textContent())!.trim();
    assert.ok(sentence.length > 10);
    await shot('evidence');
    await page.locator('#evidence .source-card a.open').first().click();
    await page.waitForSelector('.reader-text .focus');
    assert.ok(page.url().includes(`#/article/${encodeURIComponent(src.article)}`), page.url());
    const focus = (await page.locator('.reader-text .focus').allTextContents()).join('').trim();
    assert.equal(focus, sentence, 'the reader highlights the sentence the evidence showed');
    await shot('reader-evidence');
  });

  test('escalation: a curve per country pair', async () => {
    const e = await api('/api/escalation');
    assert.ok(e.series.length > 0);
    await open('escalation');
    const top = e.series[0];
    assert.equal(await page.locator('svg.escalation g.day').count(), top.days.length);
    assert.equal(await page.locator('table.pairs tbody tr').count(), e.series.length);
    await page.locator('svg.escalation g.day').first().click();
    await page.waitForSelector('#evidence:not([hidden]) .source-card');
    await shot('escalation');
  });

  test('map: offline world geometry, countries shaded, located events drawn', async () => {
    const located = await api('/api/events?level=story&located=true&limit=1000');
    await open('map');
    assert.ok((await page.locator('svg.map path.country').count()) > 200);
    const shaded = await page.locator('svg.map path.country[data-iso="ETH"]').getAttribute('fill');
    assert.notEqual(shaded, '#f4f1ea', 'a country taking part in events is shaded');
    assert.equal(await page.locator('svg.map circle.event-dot').count(), located.events.length);
    assert.ok(located.events.length > 0, 'some events have coordinates');
    await shot('map');
  });

  test('actor network: parties and weighted edges', async () => {
    const n = await api('/api/network');
    assert.ok(n.edges.length > 0);
    await open('network');
    assert.ok((await page.locator('svg.network g.node').count()) >= 2);
    // The view draws the 60 most active parties that have a link, and the edges between them.
    const drawn = new Set(n.nodes.filter((x: any) => x.out + x.in > 0).slice(0, 60).map((x: any) => x.id));
    assert.equal(await page.locator('svg.network path.edge').count(), n.edges.filter((e: any) => drawn.has(e.source) && drawn.has(e.target)).length);
    const labels = await page.locator('svg.network .node-label').allTextContents();
    assert.ok(labels.includes(n.nodes[0].name));
    await shot('network');
  });

  test('quotes by speaker', async () => {
    const q = await api('/api/quotes?limit=1000');
    const sp = await api('/api/speakers?limit=1000');
    assert.ok(q.total > 0);
    await open('quotes');
    assert.equal(await page.locator('figure.quote').count(), q.quotes.length);
    assert.equal(await page.locator('ul.speakers li').count(), sp.speakers.length + 1);
    const first = page.locator('figure.quote').first();
    const firstId = await first.getAttribute('data-id');
    const quote = q.quotes.find((x: any) => x.id === firstId);
    await first.click();
    await page.waitForFunction(() => document.querySelector('#evidence:not([hidden]) .source-card .context .sentence')?.textContent?.length, null, { timeout: 30_000 });
    const context = (await page.locator('#evidence .source-card .context .sentence').first().textContent())!;
    assert.ok(context.includes(quote.text.slice(0, 20)), `the quote's sentence is shown: ${context}`);
    await shot('quotes');
  });

  test('claims and discrepancies, and the source-by-fact matrix', async () => {
    const c = await api('/api/claims?limit=1000');
    const d = await api('/api/discrepancies?limit=1000');
    const m = await api('/api/matrix?limit=300');
    assert.ok(c.total > 0 && d.total > 0, 'the example corpus has claims and discrepancies');
    assert.ok(c.claims.some((x: any) => x.dispute_sources.length > 0), 'some claim is disputed with a source');
    await open('claims');
    assert.equal(await page.locator('article.claim').count(), c.claims.length);
    assert.ok((await page.locator('article.claim .side-dispute ul.refs li').count()) > 0, 'the disputing side shows its sources');
    assert.equal(await page.locator('article.discrepancy').count(), d.discrepancies.length);
    await shot('claims');
    await open('matrix');
    assert.ok(m.facts.length > 0);
    assert.ok(m.facts.some((f: any) => f.disagreement.length > 0), 'some fact is reported differently');
    assert.ok(m.sources.length >= 2);
    assert.equal(await page.locator('table.matrix tbody tr').count(), m.facts.length);
    assert.equal(await page.locator('table.matrix thead th.src').count(), m.sources.length);
    await page.locator('table.matrix td.cell:not(.none)').first().click();
    await page.waitForSelector('#evidence:not([hidden]) .source-card');
    await shot('matrix');
  });

  test('articles and the reader with entities, quotes and events highlighted', async () => {
    const list = await api('/api/articles');
    await open('articles');
    assert.equal(await page.locator('table.articles tbody tr').count(), list.articles.length);
    const rich = list.articles.find((a: any) => a.counts.events && a.counts.quotes && a.counts.entities) ?? list.articles[0];
    await open(`article/${encodeURIComponent(rich.id)}`);
    assert.ok((await page.locator('.reader-text .event').count()) > 0);
    assert.ok((await page.locator('.reader-text .quote').count()) > 0);
    assert.ok((await page.locator('.reader-text .ent').count()) > 0);
    const full = await api(`/api/articles/${encodeURIComponent(rich.id)}`);
    assert.equal((await page.locator('.reader-text').textContent()), full.article.body, 'the reader shows the body exactly');
    await shot('reader');
  });

  test('full-text search', async () => {
    await open('search?q=border');
    const n = await page.locator('ol.hits li').count();
    const r = await api('/api/search?q=border&limit=50');
    assert.ok(r.total > 0);
    assert.equal(n, r.hits.length);
    assert.ok((await page.locator('ol.hits mark').count()) > 0);
    await shot('search');
  });

  test('ingest from the page, with progress; article text is never run as markup', async () => {
    const before = (await api('/api/summary')).counts.articles;
    await open('ingest');
    const text = 'Customs officers at the eastern checkpoint reopened the lorry lane on Sunday, the transport ministry said. ' +
      'A notice pinned at the gate read <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2">, a prank by students.';
    await page.fill('form.paste textarea', text);
    await page.fill('form.paste input[name=title]', 'Checkpoint lane reopens');
    await page.click('form.paste button[type=submit]');
    await page.waitForFunction(() => document.querySelector('form.paste .progress-label')?.textContent === 'Done', null, { timeout: 60_000 });
    assert.equal((await api('/api/summary')).counts.articles, before + 1);
    await shot('ingest');
    await page.locator('form.paste .result a').first().click();
    await page.waitForSelector('.reader-text');
    assert.match((await page.locator('.reader-text').textContent())!, /<script>window\.__pwned = 1<\/script>/);
    assert.equal(await page.locator('.reader-text script, .reader-text img').count(), 0);
    assert.equal(await page.evaluate(() => (window as any).__pwned), undefined);
  });

  test('no request left 127.0.0.1, and no script error', () => {
    assert.deepEqual(outside, []);
    assert.deepEqual(problems, []);
  });
});
