import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export const VERSION: string = pkg.version;
/** Stored with each article: a new version re-analyses articles whose text did not change. */
export const PIPELINE_VERSION = `${VERSION}+1`;
