// The sitrep command line. Data goes to stdout, logs and progress to stderr.
// Exit codes: 0 all inputs went through; 1 some inputs failed (the rest were processed);
// 2 usage error; 3 nothing could be processed or a fatal error.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeIntoStore } from './pipeline.ts';
import { exportJson } from './report/export-json.ts';
import { DEFAULT_DB, openStore, StoreError } from './store/index.ts';
import { PIPELINE_VERSION, VERSION } from './version.ts';
import { Progress } from './progress.ts';
import type { Diagnostic } from './model.ts';

export const EXIT = { OK: 0, PARTIAL: 1, USAGE: 2, FAILED: 3 } as const;

const HELP = `sitrep ${VERSION}: turn news reports about a crisis into a sourced, cross-checked situation report

Usage: sitrep <command> [options]

Commands:
  analyze <inputs...>   read, clean, analyse and store articles; --json FILE writes the export
                        (every article in the store and the story over them)
  search "<query>"      full-text search over stored titles and bodies; prints one hit per line:
                        id, published, title, snippet, id of the article it duplicates (tab-separated)
  help                  this text

Inputs: files (.txt, .html, .jsonl, .json, .rss/.atom/.xml, any of them .gz), directories
(recursive), "-" for standard input, http(s) URLs of pages or RSS/Atom feeds. A feed expands to its
items (summary-only items fetch their page). A URL whose path names a feed (/feed, /rss, .xml ...)
must answer with one.

Options:
  --db PATH             SQLite store (default: ./sitrep.db)
  --json FILE           (analyze) write the export document to FILE ("-" for stdout)
  --limit N             (search) number of hits (default 20)
  --timeout MS          (analyze) HTTP timeout per request (default 15000)
  --max-bytes N         (analyze) largest input accepted (default 20 MiB)
  --max-feed-items N    (analyze) items read from one feed (default 100)
  --quiet               no progress or summary on stderr
  -h, --help            this text
  -v, --version         the version

Exit codes: 0 all inputs went through; 1 some inputs failed, the rest were processed;
2 usage error; 3 nothing could be processed.
`;

class UsageError extends Error {}

function log(quiet: boolean, msg: string): void {
  if (!quiet) process.stderr.write(msg + '\n');
}

function reportDiagnostics(diags: Diagnostic[]): void {
  for (const d of diags) process.stderr.write(`${d.severity}: ${d.input}: ${d.reason}\n`);
}

async function analyzeCommand(inputs: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  if (!inputs.length) throw new UsageError('analyze needs at least one input (a file, a directory, a URL or -)');
  const quiet = !!values.quiet;
  const ingestOpts = {
    ...(values.timeout ? { timeoutMs: positiveInt(values.timeout, '--timeout') } : {}),
    ...(values['max-bytes'] ? { maxBytes: positiveInt(values['max-bytes'], '--max-bytes') } : {}),
    ...(values['max-feed-items'] ? { maxFeedItems: positiveInt(values['max-feed-items'], '--max-feed-items') } : {}),
  };
  const progress = new Progress(quiet);
  const store = openStore(String(values.db ?? DEFAULT_DB));
  try {
    const run = await analyzeIntoStore(inputs, store, {
      ingest: ingestOpts, pipelineVersion: PIPELINE_VERSION, onProgress: (s, d, t) => progress.update(s, d, t),
    });
    progress.done();
    const diags = run.diagnostics;
    reportDiagnostics(diags);
    if (values.json) {
      const doc = JSON.stringify(exportJson(run.analysis), null, 2) + '\n';
      if (values.json === '-') process.stdout.write(doc);
      else writeFileSync(String(values.json), doc);
    }
    const errors = diags.filter((d) => d.severity === 'error').length;
    const warnings = diags.length - errors;
    const { inserted, updated, unchanged } = run.saved;
    log(quiet, `sitrep: ${run.analyzed.length} articles read (${inserted.length} new, ${updated.length} updated, ${unchanged.length} unchanged)` +
      `, ${errors} failed, ${warnings} warnings; the store ${store.location} holds ${await store.countArticles()} articles` +
      `${values.json && values.json !== '-' ? `; export ${values.json}` : ''}`);
    if (!run.analyzed.length) return EXIT.FAILED;
    return errors ? EXIT.PARTIAL : EXIT.OK;
  } finally {
    await store.close();
  }
}

async function searchCommand(args: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  const query = args.join(' ').trim();
  if (!query) throw new UsageError('search needs a query');
  const limit = values.limit ? positiveInt(values.limit, '--limit') : 20;
  const store = openStore(String(values.db ?? DEFAULT_DB), { mustExist: true });
  try {
    const hits = await store.search(query, limit);
    const cell = (v: string | null) => (v ?? '').replace(/\s+/g, ' ');
    for (const h of hits)
      process.stdout.write([h.articleId, h.published, h.title, h.snippet, h.duplicateOf].map(cell).join('\t') + '\n');
    log(!!values.quiet, `${hits.length} hit${hits.length === 1 ? '' : 's'}`);
    return EXIT.OK;
  } finally {
    await store.close();
  }
}

function positiveInt(v: string | boolean | undefined, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} takes a positive integer, got "${v}"`);
  return n;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' }, json: { type: 'string' }, limit: { type: 'string' }, timeout: { type: 'string' },
        'max-bytes': { type: 'string' }, 'max-feed-items': { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    process.stderr.write(`sitrep: ${(e as Error).message}\nRun "sitrep --help" for usage.\n`);
    return EXIT.USAGE;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(VERSION + '\n');
    return EXIT.OK;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(HELP);
    return EXIT.OK;
  }
  if (!command) {
    process.stderr.write(HELP);
    return EXIT.USAGE;
  }
  try {
    switch (command) {
      case 'analyze':
        return await analyzeCommand(rest, values);
      case 'search':
        return await searchCommand(rest, values);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`sitrep: ${e.message}\nRun "sitrep --help" for usage.\n`);
      return EXIT.USAGE;
    }
    if (e instanceof StoreError) {
      process.stderr.write(`sitrep: ${e.message}\n`);
      return EXIT.FAILED;
    }
    process.stderr.write(`sitrep: ${(e as Error).stack ?? e}\n`);
    return EXIT.FAILED;
  }
}
