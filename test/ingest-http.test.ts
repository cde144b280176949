// http(s) ingest against a local server on loopback: pages, feeds, redirects, errors, limits.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { analyzeInputs, collect } from '../src/pipeline.ts';
import { DEFAULT_INGEST } from '../src/ingest/index.ts';
import { urlId } from '../src/text/hash.ts';
import { FLOOD_PARAGRAPHS, htmlPage, TRADE_PARAGRAPHS } from './ingest-fixtures.ts';

let server: Server;
let base = '';
const seenAgents: string[] = [];
const held: ServerResponse[] = [];

const rssItem = (fields: string) => `<item>${fields}</item>`;
const rss = (title: string, items: string[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title>${items.join('')}</channel></rss>`;
const cdata = (paragraphs: string[]) => `<![CDATA[${paragraphs.map((p) => `<p>${p}</p>`).join('')}]]>`;

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/page': (req, res) => send(res, 200, 'text/html; charset=utf-8', htmlPage('River floods town', FLOOD_PARAGRAPHS)),
  '/story/2': (req, res) => send(res, 200, 'text/html', htmlPage('Ports cut grain fees', TRADE_PARAGRAPHS)),
  '/plain': (req, res) => send(res, 200, 'text/plain', TRADE_PARAGRAPHS.join('\n\n')),
  '/deep/redirect': (req, res) => redirect(res, '../page'),
  '/redirect-file': (req, res) => redirect(res, 'file:///etc/passwd'),
  '/loop': (req, res) => redirect(res, '/loop'),
  '/missing': (req, res) => send(res, 404, 'text/html', '<h1>Not here</h1>'),
  '/error': (req, res) => send(res, 503, 'text/plain', 'down'),
  '/slow': (req, res) => void held.push(res),
  '/slow-body': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>The first part arrives, the rest never does');
    held.push(res);
  },
  '/big': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 20; i++) res.write('word '.repeat(200));
    res.end();
  },
  '/big-declared': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '900000' });
    res.write('x');
    held.push(res);
  },
  '/image': (req, res) => send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
  '/empty': (req, res) => send(res, 200, 'text/html', ''),
  '/news/feed.rss': (req, res) =>
    send(res, 200, 'application/rss+xml', rss('Example Wire', [
      rssItem(`<title>River floods town</title><link>https://wire.example/flood</link><pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate><content:encoded>${cdata(FLOOD_PARAGRAPHS)}</content:encoded>`),
      rssItem(`<title>Ports cut grain fees</title><link>/story/2?utm_source=rss</link><description>Three states cut port fees &amp;amp; more.</description>`),
      rssItem(`<title>A teaser whose page is gone</title><link>${base}/missing</link><description>&lt;p&gt;Officials in the harbour city said the new fees would be reviewed at the end of the year, after the first shipments.&lt;/p&gt;</description>`),
      rssItem(`<title>Nothing at all</title>`),
    ])),
  '/atom': (req, res) =>
    send(res, 200, 'application/atom+xml', `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
      <entry><title type="html">Ports &amp;amp; fees</title><id>tag:atom.example,2025:1</id><link rel="alternate" href="https://atom.example/ports"/>
      <updated>2025-03-07T10:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${TRADE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></content></entry></feed>`),
  '/many.rss': (req, res) =>
    send(res, 200, 'application/rss+xml', rss('Busy Wire', Array.from({ length: 7 }, (_, i) =>
      rssItem(`<title>Item ${i}</title><guid>busy-${i}</guid><content:encoded>${cdata([`Item number ${i} reports that ${FLOOD_PARAGRAPHS[i]}`])}</content:encoded>`)))),
  '/world/rss': (req, res) => send(res, 200, 'text/html', htmlPage('Our feeds', ['Choose a feed from the list below to follow our coverage.'])),
  '/declared': (req, res) => send(res, 200, 'application/rss+xml', htmlPage('Oops', ['This server calls a page a feed.'])),
  '/declared-text': (req, res) => send(res, 200, 'application/atom+xml', 'Service temporarily unavailable, try again later.'),
  '/sitemap': (req, res) => send(res, 200, 'application/xml', '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>'),
  '/feed-of-feeds.rss': (req, res) =>
    send(res, 200, 'application/rss+xml', rss('Loops', [rssItem(`<title>Another feed</title><link>${base}/many.rss</link><description>See this.</description>`)])),
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location });
  res.end();
}

before(async () => {
  server = createServer((req, res) => {
    seenAgents.push(String(req.headers['user-agent']));
    const route = routes[new URL(req.url!, 'http://x').pathname];
    if (route) route(req, res);
    else send(res, 404, 'text/plain', 'no route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const r of held) r.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const fast = { timeoutMs: 400, maxBytes: 3000 };

test('a page: one document, id from its URL, our user agent sent', async () => {
  const { docs, diagnostics } = await collect([`${base}/page#top`]);
  assert.deepEqual(diagnostics, []);
  assert.equal(docs.length, 1);
  assert.equal(docs[0].kind, 'url');
  assert.equal(docs[0].id, urlId(`${base}/page`), 'fragment ignored in the id');
  assert.equal(docs[0].url, `${base}/page#top`);
  assert.match(docs[0].html!, /Emergency crews/);
  assert.ok(seenAgents.includes(DEFAULT_INGEST.userAgent));
  const plain = await collect([`${base}/plain`]);
  assert.equal(plain.docs[0].text, TRADE_PARAGRAPHS.join('\n\n'));
});

test('redirects: relative ones followed (the id stays the asked URL); non-http targets and loops refused', async () => {
  const { docs, diagnostics } = await collect([`${base}/deep/redirect`, `${base}/redirect-file`, `${base}/loop`]);
  assert.deepEqual(docs.map((d) => [d.id, d.url]), [[urlId(`${base}/deep/redirect`), `${base}/page`]]);
  assert.deepEqual(diagnostics.map((d) => [d.input, d.severity]), [[`${base}/redirect-file`, 'error'], [`${base}/loop`, 'error']]);
  assert.match(diagnostics[0].reason, /redirected to a file: URL .*only http and https/);
  assert.match(diagnostics[1].reason, /more than 5 redirects/);
});

test('HTTP errors, timeouts, size caps, binary and empty answers: one message each, the batch goes on', async () => {
  const dead = createServer();
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
  const deadUrl = `http://127.0.0.1:${(dead.address() as AddressInfo).port}/gone`;
  await new Promise((resolve) => dead.close(resolve));
  const urls = ['/missing', '/error', '/slow', '/slow-body', '/big', '/big-declared', '/image', '/empty'].map((p) => base + p);
  const started = Date.now();
  const { docs, diagnostics } = await collect([...urls, deadUrl, `${base}/page`], fast);
  assert.ok(Date.now() - started < 5000, 'timeouts are bounded');
  assert.deepEqual(docs.map((d) => d.url), [`${base}/page`]);
  const reason = Object.fromEntries(diagnostics.map((d) => [d.input.replace(base, ''), d.reason]));
  assert.deepEqual(Object.keys(reason), ['/missing', '/error', '/slow', '/slow-body', '/big', '/big-declared', '/image', '/empty', deadUrl]);
  assert.equal(reason['/missing'], 'HTTP 404 Not Found');
  assert.equal(reason['/error'], 'HTTP 503 Service Unavailable');
  assert.equal(reason['/slow'], 'timed out after 400 ms');
  assert.equal(reason['/slow-body'], 'timed out after 400 ms');
  assert.equal(reason['/big'], 'response exceeds the 3000-byte limit');
  assert.equal(reason['/big-declared'], 'response of 900000 bytes exceeds the 3000-byte limit');
  assert.equal(reason['/image'], 'not a page or a feed (content-type image/png)');
  assert.equal(reason['/empty'], 'empty response (0 bytes)');
  assert.equal(reason[deadUrl], 'cannot connect: connection refused');
});

test('an RSS feed expands to its items: full content read, summaries fetch their page or fall back', async () => {
  const feedUrl = `${base}/news/feed.rss`;
  const { docs, diagnostics } = await collect([feedUrl]);
  assert.deepEqual(docs.map((d) => d.kind), ['feed-item', 'feed-item', 'feed-item']);
  const [full, fetched, fallback] = docs;
  // Full content: read from the feed, no request for the (remote) link.
  assert.equal(full.url, 'https://wire.example/flood');
  assert.equal(full.id, urlId('https://wire.example/flood'));
  assert.deepEqual(full.meta, { title: 'River floods town', published: 'Mon, 03 Mar 2025 09:00:00 GMT', outlet: 'Example Wire', byline: null });
  assert.match(full.html!, /<p>KESTRAVA, March 3 - Emergency crews in the river town/);
  // Summary only, relative link: resolved against the feed URL and fetched; the id ignores tracking parameters.
  assert.equal(fetched.url, `${base}/story/2?utm_source=rss`);
  assert.equal(fetched.id, urlId(`${base}/story/2`));
  assert.match(fetched.html!, /The trade ministers of three coastal states/);
  assert.equal(fetched.meta.title, 'Ports cut grain fees');
  // Summary only, page gone: the summary is read, with a warning.
  assert.match(fallback.html!, /<p>Officials in the harbour city/);
  const byInput = Object.fromEntries(diagnostics.map((d) => [d.input, d]));
  assert.equal(byInput[`${base}/missing`].severity, 'warning');
  assert.match(byInput[`${base}/missing`].reason, /linked page failed \(HTTP 404 Not Found\): the feed's summary was read instead/);
  // No content, no link: an error naming the feed item.
  assert.equal(byInput[`${feedUrl}#Nothing at all`].severity, 'error');
  assert.match(byInput[`${feedUrl}#Nothing at all`].reason, /no content and no link/);
});

test('an Atom feed with xhtml content; HTML titles made plain', async () => {
  const { docs, diagnostics } = await collect([`${base}/atom`]);
  assert.deepEqual(diagnostics, []);
  assert.equal(docs.length, 1);
  assert.deepEqual(docs[0].meta, { title: 'Ports & fees', published: '2025-03-07T10:00:00Z', outlet: 'Atom Desk', byline: null });
  assert.equal(docs[0].url, 'https://atom.example/ports');
  assert.match(docs[0].html!, /<p>The trade ministers/);
});

test('per-feed item cap: the first items are read, the rest reported', async () => {
  const { docs, diagnostics } = await collect([`${base}/many.rss`], { maxFeedItems: 5 });
  assert.equal(docs.length, 5);
  assert.deepEqual(docs.map((d) => d.meta.title), ['Item 0', 'Item 1', 'Item 2', 'Item 3', 'Item 4']);
  assert.deepEqual(diagnostics.map((d) => [d.severity, d.reason]), [['warning', 'feed has 7 items: the first 5 were read']]);
});

test('feed or page: a URL naming a feed, or declared as one, must be a feed', async () => {
  const inputs = ['/world/rss', '/declared', '/declared-text', '/sitemap', '/feed-of-feeds.rss'].map((p) => base + p);
  const { docs, diagnostics } = await collect(inputs);
  assert.equal(docs.length, 0);
  const reason = Object.fromEntries(diagnostics.map((d) => [d.input.replace(base, ''), d.reason]));
  assert.equal(reason['/world/rss'], 'expected a feed, got an HTML page');
  assert.equal(reason['/declared'], 'declared a feed (application/rss+xml) but is an HTML page');
  assert.equal(reason['/declared-text'], 'declared a feed (application/atom+xml) but is plain text');
  assert.equal(reason['/sitemap'], 'XML that is not RSS or Atom: neither a page nor a feed');
  assert.equal(reason['/many.rss'], 'feed item links to another feed, not to an article');
});

test('through the pipeline: a feed and a page become cleaned articles', async () => {
  const analysis = await analyzeInputs([`${base}/atom`, `${base}/page`]);
  assert.deepEqual(analysis.diagnostics, []);
  const [atom, page] = analysis.articles.map((d) => d.article);
  assert.equal(atom.title, 'Ports & fees');
  assert.equal(atom.outlet, 'Atom Desk');
  assert.equal(atom.published, '2025-03-07');
  assert.match(atom.body, /The trade ministers of three coastal states/);
  assert.match(page.body, /Emergency crews in the river town/);
  assert.doesNotMatch(page.body, /Copyright The Example Gazette/);
});
