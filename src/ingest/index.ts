// The one ingest entry point: paths (files, directories), "-" for stdin, http(s) URLs.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RawDocument } from '../model.ts';
import { sha256 } from '../text/hash.ts';
import { decode, InputError, maybeGunzip } from './decode.ts';
import { parseJsonArray, parseJsonLines } from './jsonl.ts';
import { fileId, formatFromName, sniffFormat, type Format } from './sniff.ts';
import { DEFAULT_INGEST, type IngestItem, type IngestOptions } from './types.ts';
import { feedItems, ingestUrl, isHttpUrl } from './url.ts';

export type { IngestItem, IngestOptions } from './types.ts';
export { DEFAULT_INGEST } from './types.ts';

export async function* ingest(inputs: string[], options: Partial<IngestOptions> = {}): AsyncGenerator<IngestItem> {
  const opts = { ...DEFAULT_INGEST, ...options };
  for (const input of inputs) {
    if (input === '-') yield* ingestStdin(opts);
    else if (isHttpUrl(input)) yield* ingestUrl(input, opts);
    else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input))
      yield { error: { input, severity: 'error', reason: `unsupported URL scheme "${input.split(':')[0]}": only http and https are fetched` } };
    else yield* ingestPath(input, opts);
  }
}

async function* ingestPath(p: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let info;
  try {
    info = await stat(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { error: { input: p, severity: 'error', reason: code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : String((e as Error).message) } };
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = await readdir(p, { withFileTypes: true });
    } catch (e) {
      yield { error: { input: p, severity: 'error', reason: `cannot read directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } };
      return;
    }
    // Sorted, hidden entries skipped: the same directory always yields the same batch.
    for (const ent of entries.filter((x) => !x.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name)))
      yield* ingestPath(path.join(p, ent.name), opts);
    return;
  }
  if (!info.isFile()) {
    yield { error: { input: p, severity: 'error', reason: 'not a regular file' } };
    return;
  }
  if (info.size > opts.maxBytes) {
    yield { error: { input: p, severity: 'error', reason: `file of ${info.size} bytes exceeds the ${opts.maxBytes}-byte limit` } };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { error: { input: p, severity: 'error', reason: code === 'EACCES' ? 'permission denied' : `cannot read: ${code ?? (e as Error).message}` } };
    return;
  }
  yield* fromBytes(bytes, p, fileId(p), formatFromName(p), opts);
}

async function* ingestStdin(opts: IngestOptions): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of opts.stdin ?? process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > opts.maxBytes) {
      yield { error: { input: '-', severity: 'error', reason: `standard input exceeds the ${opts.maxBytes}-byte limit` } };
      return;
    }
    chunks.push(b);
  }
  const bytes = Buffer.concat(chunks);
  yield* fromBytes(bytes, '-', `stdin-${sha256(bytes.toString('latin1')).slice(0, 12)}`, null, opts);
}

async function* fromBytes(bytes: Buffer, source: string, id: string, format: Format | null, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let text: string, warning: string | undefined;
  try {
    ({ text, warning } = decode(maybeGunzip(bytes, opts.maxBytes)));
  } catch (e) {
    yield { error: { input: source, severity: 'error', reason: e instanceof InputError ? e.message : String(e) } };
    return;
  }
  if (!text.trim()) {
    yield { error: { input: source, severity: 'error', reason: 'empty file (only whitespace)' } };
    return;
  }
  const kind = format ?? sniffFormat(text);
  const warn = warning ? { input: source, severity: 'warning' as const, reason: warning } : undefined;
  if (kind === 'jsonl') {
    yield* parseJsonLines(text, source, id);
    return;
  }
  if (kind === 'json') {
    yield* parseJsonArray(text, source, id);
    return;
  }
  if (kind === 'feed') {
    if (sniffFormat(text) !== 'feed') {
      yield { error: { input: source, severity: 'error', reason: 'expected an RSS or Atom feed, found no <rss> or <feed> element' } };
      return;
    }
    yield* feedItems(text, source, opts);
    return;
  }
  const html = kind === 'html' || (kind === 'text' && sniffFormat(text) === 'html');
  const doc: RawDocument = {
    source, kind: source === '-' ? 'stdin' : html ? 'html' : 'text', id, url: null,
    ...(html ? { html: text } : { text }),
    meta: {},
  };
  yield { doc, warning: warn };
}
