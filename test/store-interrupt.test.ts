// An interrupted run leaves the store consistent: a child process running the real pipeline is killed
// (SIGKILL, no cleanup) while its batch is half written; the store must hold exactly what it held before,
// and a rerun must store every article once.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { SqliteStore } from '../src/store/sqlite.ts';
import { ROOT, tempDir } from './helpers.ts';
import { FLOOD_PARAGRAPHS, TRADE_PARAGRAPHS, write } from './ingest-fixtures.ts';

const CHILD = `
import { writeSync } from 'node:fs';
import { analyzeIntoStore } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/pipeline.ts')).href)};
import { SqliteStore } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/store/sqlite.ts')).href)};
const [db, stopAt, ...inputs] = process.argv.slice(2);
const store = new SqliteStore(db);
const run = await analyzeIntoStore(inputs, store, {
  pipelineVersion: 'interrupt-test',
  onProgress: (stage, done) => {
    if (stage === 'store' && done === Number(stopAt)) {
      writeSync(1, 'inside the transaction\\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30000);
    }
  },
});
store.close();
const { inserted, updated, unchanged } = run.saved;
writeSync(1, JSON.stringify({ inserted, updated, unchanged }) + '\\n');
`;

function articles(dir: string, from: number, to: number): string {
  const paragraphs = [...FLOOD_PARAGRAPHS, ...TRADE_PARAGRAPHS];
  for (let i = from; i < to; i++) {
    const picked = [0, 1, 2, 3].map((k) => paragraphs[(i * 7 + k * 3) % paragraphs.length]);
    write(dir, `report-${String(i).padStart(4, '0')}.txt`,
      `Report ${i} on the week's events\n\nCorrespondent number ${i} filed this account from desk ${i % 13}.\n\n${picked.join('\n\n')}\n`);
  }
  return dir;
}

function runChild(script: string, args: string[], killWhenInside: boolean): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b) => {
      out += b;
      if (killWhenInside && out.includes('inside the transaction')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

function snapshot(db: string) {
  const store = new SqliteStore(db);
  try {
    assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
    store.db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
    const rows = store.db.prepare('SELECT id, content_hash FROM articles ORDER BY id').all();
    const dupes = store.db.prepare('SELECT count(*) - count(DISTINCT content_hash) AS n FROM articles').get() as { n: number };
    return { rows, dupes: dupes.n, hits: store.search('Kestrava', 1000).length };
  } finally {
    store.close();
  }
}

test('a run killed in the middle of saving leaves the store as it was; the rerun stores everything once', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const script = write(dir, 'child.mts', CHILD);
  const db = path.join(dir, 'store.db');
  const first = articles(path.join(dir, 'first'), 0, 40);
  const second = articles(path.join(dir, 'second'), 40, 240);

  const ok = await runChild(script, [db, '-1', first], false);
  assert.equal(ok.code, 0, ok.out);
  const before = snapshot(db);
  assert.equal(before.rows.length, 40);

  const killed = await runChild(script, [db, '120', first, second], true);
  assert.equal(killed.signal, 'SIGKILL', 'the child died inside the transaction');
  assert.match(killed.out, /inside the transaction/);
  assert.deepEqual(snapshot(db), before, 'nothing half-written: the store holds what the last finished run left');

  const rerun = await runChild(script, [db, '-1', first, second], false);
  assert.equal(rerun.code, 0);
  const saved = JSON.parse(rerun.out.trim().split('\n').at(-1)!);
  assert.equal(saved.inserted.length, 200);
  assert.equal(saved.unchanged.length, 40);
  const after = snapshot(db);
  assert.equal(after.rows.length, 240);
  assert.equal(after.dupes, 0);

  const again = await runChild(script, [db, '-1', first, second], false);
  assert.deepEqual(JSON.parse(again.out.trim().split('\n').at(-1)!).inserted, []);
  assert.deepEqual(snapshot(db), after, 'a third run changes nothing');
});
