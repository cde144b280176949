// The one ingest entry point: paths (files, directories), "-" for stdin, http(s) URLs.
// Every failure is an item naming the input and the reason; the rest of the batch goes on.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, RawDocument } from '../model.ts';
import { sha256 } from '../text/hash.ts';
import { decode, InputError, maybeGunzip } from './decode.ts';
import { parseJsonArray, parseJsonLines } from './jsonl.ts';
import { mapOrdered } from './ordered.ts';
import { fileId, formatFromName, sniffFormat, type Format } from './sniff.ts';
import { DEFAULT_INGEST, type IngestItem, type IngestOptions } from './types.ts';
import { feedItems, ingestUrl, isHttpUrl } from './url.ts';

export type { IngestItem, IngestOptions } from './types.ts';
export { DEFAULT_INGEST } from './types.ts';

export async function* ingest(inputs: string[], options: Partial<IngestOptions> = {}): AsyncGenerator<IngestItem> {
  const opts = { ...DEFAULT_INGEST, ...options };
  let stdinRead = false;
  for (const input of inputs) {
    if (input === '-') {
      if (stdinRead) yield fail('-', 'standard input was given more than once: read once');
      else yield* ingestStdin(opts);
      stdinRead = true;
    } else if (isHttpUrl(input)) yield* ingestUrl(input, opts);
    else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input))
      yield fail(input, `unsupported URL scheme "${input.split(':')[0]}": only http and https are fetched`);
    else yield* ingestPath(input, opts);
  }
}

function fail(input: string, reason: string, severity: Diagnostic['severity'] = 'error'): IngestItem {
  return { error: { input, severity, reason } };
}

function fsReason(e: unknown, doing = 'cannot read'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `${doing}: ${code ?? (e as Error).message}`;
}

type Entry = { file: string } | { error: Diagnostic };

// Inside a directory (never for a file named on the command line): documentation files are not articles,
// and media, code and office files cannot be. They are skipped; the media and such are counted in one warning.
const DOCUMENTATION = /^(?:readme|license|licence|copying|changelog|contributing|notice|authors)(?:\.[\w.]+)?$/i;
const NOT_ARTICLES = new Set([
  'jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'ico', 'bmp', 'tif', 'tiff', 'avif', 'heic', 'pdf', 'zip', 'tar', 'tgz', '7z', 'rar',
  'mp3', 'mp4', 'm4a', 'wav', 'ogg', 'webm', 'mov', 'avi', 'css', 'js', 'mjs', 'ts', 'map', 'woff', 'woff2', 'ttf', 'otf', 'eot',
  'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'db', 'sqlite', 'sqlite3', 'db-wal', 'db-shm', 'exe', 'bin', 'dll', 'so',
]);

function skippedInDirectory(name: string): 'documentation' | 'not an article' | null {
  if (DOCUMENTATION.test(name)) return 'documentation';
  const ext = /\.([\w-]+)$/.exec(name.toLowerCase().replace(/\.gz$/, ''))?.[1];
  return ext && NOT_ARTICLES.has(ext) ? 'not an article' : null;
}

const failEntry = (input: string, reason: string): Entry => ({ error: { input, severity: 'error', reason } });

/** A path as the list of files it stands for: itself, or a directory's files, recursively, sorted. */
async function expand(p: string, seen: Set<string>, out: Entry[], opts: IngestOptions, top: boolean, skipped: string[] = []): Promise<void> {
  let info;
  try {
    info = await stat(p);
  } catch (e) {
    out.push(failEntry(p, fsReason(e)));
    return;
  }
  if (info.isDirectory()) {
    // A symbolic link back up the tree would otherwise be walked for ever.
    const real = await realpath(p).catch(() => p);
    if (seen.has(real)) {
      if (top) out.push(failEntry(p, 'directory already read'));
      return;
    }
    seen.add(real);
    let entries;
    try {
      entries = await readdir(p, { withFileTypes: true });
    } catch (e) {
      out.push(failEntry(p, fsReason(e, 'cannot read directory')));
      return;
    }
    // Sorted, hidden entries skipped: the same directory always yields the same batch.
    const visible = entries.filter((x) => !x.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of visible) {
      const why = ent.isDirectory() ? null : skippedInDirectory(ent.name);
      if (why === 'not an article') skipped.push(path.join(p, ent.name));
      if (!why) await expand(path.join(p, ent.name), seen, out, opts, false, skipped);
    }
    if (top && skipped.length)
      out.push({ error: { input: p, severity: 'warning',
        reason: `skipped ${skipped.length} file${skipped.length > 1 ? 's' : ''} that cannot be articles: ${skipped.slice(0, 3).map((f) => path.relative(p, f)).join(', ')}${skipped.length > 3 ? ', ...' : ''}` } });
    return;
  }
  if (!info.isFile()) out.push(failEntry(p, 'not a regular file'));
  else if (info.size > opts.maxBytes) out.push(failEntry(p, `file of ${info.size} bytes exceeds the ${opts.maxBytes}-byte limit`));
  else out.push({ file: p });
}

async function* ingestPath(p: string, opts: IngestOptions): AsyncGenerator<IngestItem> {
  const entries: Entry[] = [];
  await expand(p, new Set(), entries, opts, true);
  const read = (e: Entry): Promise<{ file: string; bytes: Buffer } | { error: Diagnostic }> =>
    'error' in e
      ? Promise.resolve(e)
      : readFile(e.file).then((bytes) => ({ file: e.file, bytes }), (err) => ({ error: { input: e.file, severity: 'error' as const, reason: fsReason(err) } }));
  for await (const r of mapOrdered(entries, opts.concurrency, read)) {
    if ('error' in r) yield r;
    else yield* fromBytes(r.bytes, r.file, fileId(r.file), formatFromName(r.file), opts);
  }
}

async function* ingestStdin(opts: IngestOptions): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of opts.stdin ?? process.stdin) {
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      size += b.length;
      if (size > opts.maxBytes) {
        yield fail('-', `standard input exceeds the ${opts.maxBytes}-byte limit`);
        return;
      }
      chunks.push(b);
    }
  } catch (e) {
    yield fail('-', `cannot read standard input: ${(e as Error).message}`);
    return;
  }
  const bytes = Buffer.concat(chunks);
  // Content-addressed: the same text piped in twice is the same article.
  yield* fromBytes(bytes, '-', `stdin-${sha256(bytes.toString('latin1')).slice(0, 12)}`, null, opts);
}

async function* fromBytes(bytes: Buffer, source: string, id: string, format: Format | null, opts: IngestOptions): AsyncGenerator<IngestItem> {
  let text: string, warning: string | undefined;
  try {
    ({ text, warning } = decode(maybeGunzip(bytes, opts.maxBytes), { what: source === '-' ? 'standard input' : 'file' }));
  } catch (e) {
    yield fail(source, e instanceof InputError ? e.message : String(e));
    return;
  }
  if (!text.trim()) {
    yield fail(source, `empty ${source === '-' ? 'standard input' : 'file'} (only whitespace)`);
    return;
  }
  const sniffed = sniffFormat(text);
  // Without a .jsonl name, JSON-looking text is tried as one JSON document first, then as JSON Lines.
  const kind = !format && sniffed === 'jsonl' ? 'json' : (format ?? sniffed);
  const warn = warning ? { input: source, severity: 'warning' as const, reason: warning } : undefined;
  if (warn && (kind === 'jsonl' || kind === 'json' || kind === 'feed')) yield { error: warn };
  if (kind === 'jsonl') {
    yield* parseJsonLines(text, source, id);
    return;
  }
  if (kind === 'json') {
    yield* parseJsonArray(text, source, id);
    return;
  }
  if (kind === 'feed') {
    if (sniffed !== 'feed') {
      yield fail(source, `expected an RSS or Atom feed, found ${sniffed === 'html' ? 'an HTML page' : 'no <rss> or <feed> element'}`);
      return;
    }
    yield* feedItems(text, source, opts);
    return;
  }
  const html = kind === 'html' || sniffed === 'html';
  const doc: RawDocument = {
    source, kind: source === '-' ? 'stdin' : html ? 'html' : 'text', id, url: null,
    ...(html ? { html: text } : { text }),
    meta: {},
  };
  yield { doc, warning: warn };
}
