// Where the project and ../shared are. The real path of ../shared: score.mjs runs its main() only when
// invoked by its own path, so a symlinked ../shared must be resolved before calling it.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedPath = path.resolve(ROOT, '..', 'shared');
export const SHARED = existsSync(sharedPath) ? realpathSync(sharedPath) : sharedPath;
