// Ingest of local inputs: files, directories, JSON Lines, stdin, and every kind of bad input.
import assert from 'node:assert/strict';
import { chmodSync, symlinkSync } from 'node:fs';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { collect, cleanBatch } from '../src/pipeline.ts';
import { urlId } from '../src/text/hash.ts';
import { tempDir } from './helpers.ts';
import { FLOOD_PARAGRAPHS, FLOOD_TEXT, FRENCH_TEXT, htmlPage, TRADE_TEXT, write } from './ingest-fixtures.ts';

const reasonsOf = (diags: { input: string; reason: string }[]) => Object.fromEntries(diags.map((d) => [d.input, d.reason]));

test('plain text and HTML files: id is the file name without extension', async () => {
  const dir = tempDir();
  const txt = write(dir, 'flood-report.txt', FLOOD_TEXT);
  const html = write(dir, 'trade.deal.html', htmlPage('Ports cut grain fees', TRADE_TEXT.split('\n\n')));
  const gz = write(dir, 'packed.txt.gz', gzipSync(TRADE_TEXT));
  const { docs, diagnostics } = await collect([txt, html, gz]);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(docs.map((d) => [d.id, d.kind]), [['flood-report', 'text'], ['trade.deal', 'html'], ['packed', 'text']]);
  assert.equal(docs[0].text, FLOOD_TEXT);
  assert.match(docs[1].html!, /<article>/);
  assert.equal(docs[2].text, TRADE_TEXT);
});

test('directories are read recursively, sorted, hidden files skipped, symlink loops cut', async () => {
  const dir = tempDir();
  write(dir, 'b/second.txt', TRADE_TEXT);
  write(dir, 'a.txt', FLOOD_TEXT);
  write(dir, '.hidden.txt', 'not read');
  symlinkSync(dir, `${dir}/b/loop`);
  const { docs, diagnostics } = await collect([dir]);
  assert.deepEqual(docs.map((d) => d.id), ['a', 'second']);
  assert.deepEqual(diagnostics, []);
});

test('inside a directory, documentation is skipped silently and media files with one warning; named files are always read', async () => {
  const dir = tempDir();
  write(dir, 'README.md', '# About this folder\n\nThese are the reports we collected during the week of the floods.');
  write(dir, 'LICENSE', 'Permission is hereby granted to anyone who reads this notice to do anything at all.');
  write(dir, 'report.txt', FLOOD_TEXT);
  write(dir, 'img/photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  write(dir, 'img/chart.PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  write(dir, 'notes.md', 'Markdown that is not a README is read as text, like any other text file in the folder.');
  const { docs, diagnostics } = await collect([dir]);
  assert.deepEqual(docs.map((d) => d.id), ['notes', 'report']);
  assert.deepEqual(diagnostics.map((d) => [d.input, d.severity, d.reason]), [[dir, 'warning', 'skipped 2 files that cannot be articles: img/chart.PNG, img/photo.jpg']]);
  const named = await collect([`${dir}/README.md`, `${dir}/img/photo.jpg`]);
  assert.deepEqual(named.docs.map((d) => d.id), ['README']);
  assert.match(named.diagnostics[0].reason, /binary/);
});

test('bad files each give one message naming the file and the reason; the rest go through', async () => {
  const dir = tempDir();
  const good = write(dir, 'good.txt', FLOOD_TEXT);
  const empty = write(dir, 'empty.txt', '');
  const blank = write(dir, 'blank.txt', ' \n\n \t\n');
  const binary = write(dir, 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const pdf = write(dir, 'doc.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'));
  const big = write(dir, 'big.txt', 'word '.repeat(800));
  const missing = `${dir}/nope.txt`;
  const badGzip = write(dir, 'broken.txt.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]));
  const bomb = write(dir, 'bomb.txt.gz', gzipSync(Buffer.alloc(100_000, 'a')));
  const { docs, diagnostics } = await collect([empty, blank, binary, pdf, good, big, missing, badGzip, bomb, 'ftp://example.org/x'], { maxBytes: 3000 });
  assert.deepEqual(docs.map((d) => d.id), ['good']);
  const r = reasonsOf(diagnostics);
  assert.equal(diagnostics.length, 9);
  assert.ok(diagnostics.every((d) => d.severity === 'error'));
  assert.match(r[empty], /empty file/);
  assert.match(r[blank], /empty file \(only whitespace\)/);
  assert.match(r[binary], /binary/);
  assert.match(r[pdf], /binary/);
  assert.match(r[big], /exceeds the 3000-byte limit/);
  assert.match(r[missing], /no such file/);
  assert.match(r[badGzip], /corrupt gzip/);
  assert.match(r[bomb], /larger than 3000 bytes once decompressed/);
  assert.match(r['ftp://example.org/x'], /unsupported URL scheme "ftp"/);
});

test('an unreadable file is reported, not fatal', { skip: process.getuid?.() === 0 ? 'root reads everything' : false }, async () => {
  const dir = tempDir();
  const locked = write(dir, 'locked.txt', FLOOD_TEXT);
  chmodSync(locked, 0o000);
  const { docs, diagnostics } = await collect([locked, write(dir, 'ok.txt', TRADE_TEXT)]);
  assert.deepEqual(docs.map((d) => d.id), ['ok']);
  assert.match(reasonsOf(diagnostics)[locked], /permission denied/);
});

test('encodings: UTF-8 with BOM, UTF-16, a declared charset, and undeclared Windows-1252 with a warning', async () => {
  const dir = tempDir();
  const text = 'The minister of café affairs, Zoë Müller, said “no comment” today in the capital city.';
  const bom = write(dir, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  const utf16 = write(dir, 'utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const latin = write(dir, 'latin.txt', Buffer.from(text.replace(/[“”]/g, '"'), 'latin1'));
  const declared = write(dir, 'declared.html', Buffer.concat([
    Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>'), Buffer.from('Zoë Müller spoke.', 'latin1'), Buffer.from('</p></body></html>'),
  ]));
  const { docs, diagnostics } = await collect([bom, utf16, latin, declared]);
  assert.equal(docs[0].text, text);
  assert.equal(docs[1].text, text);
  assert.equal(docs[2].text, text.replace(/[“”]/g, '"'));
  assert.match(docs[3].html!, /Zoë Müller spoke/);
  assert.deepEqual(diagnostics.map((d) => [d.input, d.severity, d.articleId]), [[latin, 'warning', 'latin']]);
  assert.match(diagnostics[0].reason, /not valid UTF-8: read as Windows-1252/);
});

test('JSON Lines: given ids, URL hashes, line ids; malformed lines reported with their line number', async () => {
  const dir = tempDir();
  const lines = [
    JSON.stringify({ id: 'wire-17', title: 'Flood', published: '2025-03-03', outlet: 'Example Wire', text: FLOOD_TEXT }),
    '',
    '{"id": "broken", "text": "unterminated',
    JSON.stringify({ url: 'https://example.org/trade?utm_source=x', html: `<p>${TRADE_TEXT}</p>` }),
    JSON.stringify({ id: 42, text: 'A short numbered item about the port fees agreement and its review.' }),
    JSON.stringify({ title: 'no body' }),
    JSON.stringify({ text: 'An item with neither id nor URL, identified by its line in the file.' }),
    JSON.stringify(['not', 'an', 'object']),
  ];
  const file = write(dir, 'batch.jsonl', lines.join('\r\n'));
  const { docs, diagnostics } = await collect([file]);
  assert.deepEqual(docs.map((d) => d.id), ['wire-17', urlId('https://example.org/trade?utm_source=x'), '42', 'batch-7']);
  assert.deepEqual(docs[0].meta, { title: 'Flood', published: '2025-03-03', outlet: 'Example Wire', byline: null, language: null });
  assert.equal(docs[0].source, `${file}:1`);
  assert.ok(docs[1].html && !docs[1].text);
  assert.deepEqual(diagnostics.map((d) => d.input), [`${file}:3`, `${file}:6`, `${file}:8`]);
  assert.match(diagnostics[0].reason, /malformed JSON/);
  assert.match(diagnostics[1].reason, /neither "text" nor "html"/);
  assert.match(diagnostics[2].reason, /not a JSON object/);
});

test('JSON: an array, {articles: [...]}, a single record, and JSON Lines in a .json file', async () => {
  const dir = tempDir();
  const arr = write(dir, 'arr.json', JSON.stringify([{ id: 'x1', text: FLOOD_TEXT }, { id: 'x2', text: TRADE_TEXT }], null, 2));
  const obj = write(dir, 'obj.json', JSON.stringify({ articles: [{ id: 'y1', text: TRADE_TEXT }] }));
  const one = write(dir, 'one.json', JSON.stringify({ id: 'z1', text: FLOOD_TEXT }, null, 2));
  const lines = write(dir, 'lines.json', [{ id: 'w1', text: 'a' }, { id: 'w2', text: 'b' }].map((r) => JSON.stringify(r)).join('\n'));
  const bad = write(dir, 'bad.json', '{"articles": 3}');
  const { docs, diagnostics } = await collect([arr, obj, one, lines, bad]);
  assert.deepEqual(docs.map((d) => d.id), ['x1', 'x2', 'y1', 'z1', 'w1', 'w2']);
  assert.deepEqual(diagnostics.map((d) => d.input), [bad]);
});

test('stdin: text and JSON Lines; a content-derived id; "-" read once', async () => {
  const { docs, diagnostics } = await collect(['-', '-'], { stdin: Readable.from([Buffer.from(FLOOD_TEXT)]) });
  assert.equal(docs.length, 1);
  assert.equal(docs[0].kind, 'stdin');
  assert.match(docs[0].id, /^stdin-[0-9a-f]{12}$/);
  assert.deepEqual(diagnostics.map((d) => d.input), ['-']);
  const again = await collect(['-'], { stdin: Readable.from([Buffer.from(FLOOD_TEXT)]) });
  assert.equal(again.docs[0].id, docs[0].id, 'same text, same id');
  const records = [{ id: 'piped', text: TRADE_TEXT }, { id: 'piped-2', text: FLOOD_TEXT }].map((r) => JSON.stringify(r) + '\n');
  const jsonl = await collect(['-'], { stdin: Readable.from(records) });
  assert.deepEqual(jsonl.docs.map((d) => [d.id, d.source]), [['piped', '-:1'], ['piped-2', '-:2']]);
  const one = await collect(['-'], { stdin: Readable.from([records[0]]) });
  assert.deepEqual(one.docs.map((d) => [d.id, d.source]), [['piped', '-']]);
  const empty = await collect(['-'], { stdin: Readable.from([]) });
  assert.match(empty.diagnostics[0].reason, /empty standard input/);
});

test('feeds from files: a .xml that is not a feed is an error naming the file', async () => {
  const dir = tempDir();
  const notFeed = write(dir, 'sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></urlset>');
  const html = write(dir, 'page.rss', htmlPage('A page', ['Not a feed at all, but a page with a paragraph.']));
  const feed = write(dir, 'local.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
    <item><title>Flood</title><guid>local-1</guid><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[${FLOOD_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>
    </channel></rss>`);
  const { docs, diagnostics } = await collect([notFeed, html, feed]);
  assert.deepEqual(reasonsOf(diagnostics), {
    [notFeed]: 'expected an RSS or Atom feed, found no <rss> or <feed> element',
    [html]: 'expected an RSS or Atom feed, found an HTML page',
  });
  assert.equal(docs.length, 1);
  assert.equal(docs[0].kind, 'feed-item');
  assert.equal(docs[0].meta.outlet, 'Local Wire');
  assert.match(docs[0].html!, /Emergency crews in the river town/);
});

test('non-English text is detected and marked, not analysed, and does not stop the batch', async () => {
  const dir = tempDir();
  const { docs } = await collect([write(dir, 'fr.txt', FRENCH_TEXT), write(dir, 'en.txt', FLOOD_TEXT)]);
  const { articles, diagnostics } = cleanBatch(docs);
  assert.deepEqual(articles.map((a) => [a.id, a.language]), [['fr', 'fr'], ['en', 'en']]);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].severity, 'warning');
  assert.match(diagnostics[0].reason, /not English \(detected: fr\)/);
});
