// Shared test utilities: paths to ../shared and a runner for its scorer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ROOT, SHARED } from '../bench/paths.ts';

export { ROOT, SHARED };
export const SEEDS = path.join(SHARED, 'corpus', 'seeds');
export const GOLD = path.join(SHARED, 'gold', 'seeds');
export const SCORER = path.join(SHARED, 'eval', 'score.mjs');

export function tempDir(prefix = 'sitrep-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Runs ../shared/eval/score.mjs on a prediction document and returns its JSON summary. */
export function score(pred: unknown, mode: string[] = ['--gold', GOLD]): any {
  const file = path.join(tempDir(), 'pred.json');
  writeFileSync(file, JSON.stringify(pred));
  return JSON.parse(execFileSync(process.execPath, [SCORER, ...mode, '--pred', file, '--json'], { encoding: 'utf8' }));
}
