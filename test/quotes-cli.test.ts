// `sitrep quotes`: the stored quotes as tab-separated lines or JSON.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from './helpers.ts';

const BIN = path.join(ROOT, 'bin', 'sitrep.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

const STORY = `Harbour town braces for storm

The harbour master, Jon Berg, said on Monday that all ferries would stay in port until Wednesday.

"We will not take any risks with passengers this week," Berg told Coast Radio. "The sea is simply too rough."

Two fishing boats were damaged overnight, according to the coast guard.
`;

test('sitrep quotes lists stored quotes with speaker, kind, cue, channel and article; --json and --kind', () => {
  const dir = tempDir();
  const db = path.join(dir, 'q.db');
  writeFileSync(path.join(dir, 'storm.txt'), STORY);
  const analyze = run(['analyze', path.join(dir, 'storm.txt'), '--db', db, '--quiet']);
  assert.equal(analyze.status, 0, analyze.stderr);

  const list = run(['quotes', '--db', db, '--quiet']);
  assert.equal(list.status, 0, list.stderr);
  const rows = list.stdout.trim().split('\n').map((l) => l.split('\t'));
  assert.ok(rows.every((r) => r.length === 7 && r[0] === 'storm'), list.stdout);
  const direct = rows.filter((r) => r[1] === 'direct');
  assert.deepEqual(direct.map((r) => [r[2], r[3], r[4]]), [['Jon Berg', 'told', 'Coast Radio'], ['Jon Berg', 'told', 'Coast Radio']]);
  assert.ok(rows.some((r) => r[1] === 'indirect' && r[2] === 'coast guard' && r[3] === 'according to'), list.stdout);

  const json = run(['quotes', '--db', db, '--json', '--kind', 'indirect']);
  assert.equal(json.status, 0, json.stderr);
  const parsed = JSON.parse(json.stdout);
  assert.ok(parsed.length >= 2 && parsed.every((q: { kind: string }) => q.kind === 'indirect'));
  assert.ok(parsed.some((q: { speaker: string; text: string }) => q.speaker === 'Jon Berg' && /ferries would stay in port/.test(q.text)));

  assert.equal(run(['quotes', '--db', db, '--kind', 'maybe']).status, 2);
  assert.equal(run(['quotes', '--db', db, 'no-such-article']).stdout, '');
});
