// The command line as a user runs it: `node bin/sitrep.js ...` in a child process.
// Data on stdout, messages on stderr, exit codes 0 ok / 1 some failed / 2 usage / 3 nothing processed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, tempDir } from './helpers.ts';
import { FLOOD_TEXT, FRENCH_TEXT, htmlPage, TRADE_PARAGRAPHS, TRADE_TEXT, write } from './ingest-fixtures.ts';

const BIN = path.join(ROOT, 'bin', 'sitrep.js');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process (the loopback server below must keep answering). */
function sitrep(args: string[], opts: { cwd?: string; input?: string } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

const errorLines = (stderr: string) => stderr.split('\n').filter((l) => /^(error|warning): /.test(l));

test('an empty file, a binary file and a good article: the good one comes out, the others are reported, exit 1', async () => {
  const dir = tempDir();
  const empty = write(dir, 'empty.txt', '');
  const binary = write(dir, 'scan.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00]));
  const good = write(dir, 'kestrava-flood.txt', FLOOD_TEXT);
  const out = path.join(dir, 'export.json');
  const db = path.join(dir, 'store.db');
  const r = await sitrep(['analyze', empty, binary, good, '--db', db, '--json', out]);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stdout, '', 'nothing but data on stdout, and the export went to a file');
  assert.deepEqual(errorLines(r.stderr), [
    `error: ${empty}: empty file (0 bytes)`,
    `error: ${binary}: binary content, not text (an image, a PDF or an archive?)`,
  ]);
  assert.match(r.stderr, /1 articles read \(1 new, 0 updated, 0 unchanged\), 2 failed/);
  const exported = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(exported.articles.map((a: { id: string }) => a.id), ['kestrava-flood']);
  const [a] = exported.articles;
  assert.match(a.body, /^KESTRAVA, March 3 - Emergency crews/);
  assert.equal(a.language, 'en');
  assert.equal(a.duplicate_of, null);
  assert.ok(exported.story && Array.isArray(exported.story.events));

  // The same batch again: nothing new, nothing duplicated, the same export.
  const again = await sitrep(['analyze', empty, binary, good, '--db', db, '--json', out + '.2']);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /1 articles read \(0 new, 0 updated, 1 unchanged\).*holds 1 articles/);
  assert.deepEqual(JSON.parse(readFileSync(out + '.2', 'utf8')), exported);

  // Search over the store: tab-separated hits on stdout.
  const s = await sitrep(['search', 'helicopters', '--db', db]);
  assert.equal(s.code, 0);
  const [id, , , snippet, dup] = s.stdout.replace(/\n$/, '').split('\t');
  assert.deepEqual([id, dup], ['kestrava-flood', '']);
  assert.match(snippet, /\[helicopters\]/);
  assert.match(s.stderr, /1 hit/);
});

test('nothing processed: exit 3; warnings alone do not fail a run', async () => {
  const dir = tempDir();
  const db = path.join(dir, 's.db');
  const none = await sitrep(['analyze', write(dir, 'blank.txt', '\n\n'), path.join(dir, 'absent.txt'), '--db', db]);
  assert.equal(none.code, 3);
  assert.deepEqual(errorLines(none.stderr), [`error: ${dir}/blank.txt: empty file (only whitespace)`, `error: ${dir}/absent.txt: no such file or directory`]);
  const fr = await sitrep(['analyze', write(dir, 'nouvelles.txt', FRENCH_TEXT), '--db', db, '--json', '-']);
  assert.equal(fr.code, 0, fr.stderr);
  assert.match(fr.stderr, /warning: .*nouvelles\.txt: not English \(detected: fr\)/);
  assert.equal(JSON.parse(fr.stdout).articles[0].language, 'fr', 'stdout holds exactly the export');
});

test('usage: --help and --version on stdout; usage errors exit 2 on stderr', async () => {
  const help = await sitrep(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: sitrep <command>/);
  assert.match(help.stdout, /Exit codes: 0/);
  assert.equal((await sitrep(['help'])).code, 0);
  const v = await sitrep(['--version']);
  assert.deepEqual([v.code, v.stdout.trim()], [0, pkg.version]);
  for (const args of [[], ['analyze'], ['frobnicate'], ['analyze', 'x.txt', '--bogus'], ['analyze', 'x.txt', '--timeout', 'soon'], ['search']]) {
    const r = await sitrep(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '', args.join(' '));
    assert.ok(r.stderr.length > 0);
  }
  const missing = await sitrep(['search', 'anything', '--db', path.join(tempDir(), 'none.db')]);
  assert.equal(missing.code, 3);
  assert.match(missing.stderr, /no store there/);
});

test('stdin, JSON Lines with a malformed line, and the default store in the working directory', async () => {
  const dir = tempDir();
  const jsonl = write(dir, 'wire.jsonl', [
    JSON.stringify({ id: 'w-1', title: 'Ports cut fees', outlet: 'Example Wire', published: '2025-03-07', text: TRADE_TEXT }),
    '{"id": "w-2", "text": ',
  ].join('\n'));
  const r = await sitrep(['analyze', '-', jsonl, '--json', '-'], { cwd: dir, input: FLOOD_TEXT });
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(errorLines(r.stderr).map((l) => l.replace(/: malformed JSON.*/, '')), [`error: ${jsonl}:2`]);
  const exported = JSON.parse(r.stdout);
  assert.deepEqual(exported.articles.map((a: { id: string }) => a.id.replace(/[0-9a-f]{12}$/, '…')), ['stdin-…', 'w-1']);
  assert.deepEqual([exported.articles[1].title, exported.articles[1].outlet, exported.articles[1].published], ['Ports cut fees', 'Example Wire', '2025-03-07']);
  assert.match(r.stderr, /the store sitrep\.db holds 2 articles/);
  const s = await sitrep(['search', 'port fees', '--limit', '1'], { cwd: dir });
  assert.equal(s.stdout.split('\t')[0], 'w-1');
});

test('URLs: a page, a feed, a dead link; one message for the failure, exit 1', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(htmlPage('Ports cut grain fees', TRADE_PARAGRAPHS));
    } else if (req.url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>Loopback News</title><item><title>Teaser</title><link>/story</link>
        <description>Ports cut fees.</description></item></channel></rss>`);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const dir = tempDir();
    const r = await sitrep(['analyze', `${base}/feed`, `${base}/gone`, '--db', path.join(dir, 's.db'), '--json', '-', '--timeout', '5000']);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(errorLines(r.stderr), [`error: ${base}/gone: HTTP 404 Not Found`]);
    const [a] = JSON.parse(r.stdout).articles;
    assert.equal(a.url, `${base}/story`);
    assert.equal(a.outlet, 'Loopback News');
    assert.equal(a.title, 'Teaser', "the feed's title is supplied metadata");
    assert.match(a.body, /The trade ministers of three coastal states/);
  } finally {
    server.close();
  }
});

test('progress is drawn on a terminal only, throttled, and cleared at the end', async () => {
  const { Progress } = await import('../src/progress.ts');
  const written: string[] = [];
  const tty = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  const p = new Progress(false, tty);
  p.update('read', 1, 0);
  for (let i = 1; i <= 1000; i++) p.update('clean', i, 1000);
  p.done();
  assert.match(written[0], /read +1$/);
  assert.ok(written.length < 10, `throttled: ${written.length} writes`);
  assert.ok(written.some((w) => w.includes('1000/1000')), 'the last count is always drawn');
  assert.equal(written.at(-1), '\r\x1b[K');
  const piped: string[] = [];
  const quietP = new Progress(false, { isTTY: false, write: (s: string) => piped.push(s) } as unknown as NodeJS.WriteStream);
  quietP.update('clean', 5, 10);
  quietP.done();
  assert.deepEqual(piped, []);
});
