// `sitrep serve <seeds> --port 0`: analyses the seeds into the store, prints the URL, serves the page and
// the seeds' events over loopback, and stops cleanly on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, SEEDS, tempDir } from './helpers.ts';

test('sitrep serve ../shared/corpus/seeds: the page and the seeds\' events', async () => {
  const db = path.join(tempDir(), 'serve.db');
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'sitrep.js'), 'serve', SEEDS, '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        const line = out.split('\n')[0];
        if (out.includes('\n')) resolve(line.trim());
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      setTimeout(() => reject(new Error(`no URL after 60 s: ${stderr}`)), 60_000).unref();
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/, 'loopback by default');
    assert.match(stderr, /5 articles read \(5 new/);

    const page = await fetch(url);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<script type="module" src="\/app\.js">/);
    assert.doesNotMatch(html, /https?:\/\//, 'no external reference in the page');

    const seedIds = readdirSync(SEEDS).map((f) => f.replace(/\.txt$/, '')).sort();
    const articles = (await (await fetch(`${url}api/articles`)).json()) as any;
    assert.deepEqual(articles.articles.map((a: any) => a.id).sort(), seedIds);
    const res = (await (await fetch(`${url}api/events?limit=1000`)).json()) as any;
    assert.ok(Array.isArray(res.events));
    assert.ok(res.events.length > 0, 'the seeds have events');
    assert.equal(res.total, res.events.length);
    const bodies = new Map<string, string>();
    for (const id of new Set<string>(res.events.map((e: any) => e.articleId))) {
      assert.ok(seedIds.includes(id), id);
      bodies.set(id, ((await (await fetch(`${url}api/articles/${id}`)).json()) as any).article.body);
    }
    for (const e of res.events) {
      assert.ok(bodies.get(e.articleId)!.includes(e.evidence), `evidence of ${e.id} is a sentence of its article`);
      assert.ok(e.sources.some((s: any) => s.article === e.articleId));
    }
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await exited, 0, stderr);
});
