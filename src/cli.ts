// The sitrep command line. Data goes to stdout, logs and progress to stderr.
// Exit codes: 0 all inputs went through; 1 some inputs failed (the rest were processed);
// 2 usage error; 3 nothing could be processed or a fatal error.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeIntoStore } from './pipeline.ts';
import { resolveStory } from './resolve/index.ts';
import { exportJson } from './report/export-json.ts';
import { DEFAULT_DB, openStore, StoreError, type Store } from './store/index.ts';
import { SqliteStore } from './store/sqlite.ts';
import { isLoopback, startServer, type RunningServer } from './serve/server.ts';
import { PIPELINE_VERSION, VERSION } from './version.ts';
import { Progress } from './progress.ts';
import { formatStoryEntities } from './resolve/entities.ts';
import { formatQuoteRows, quoteRows } from './extract/quotes/format.ts';
import { formatClaimsReport } from './report/claims.ts';
import type { Diagnostic } from './model.ts';
import { REPORT_FORMATS, situationReport, type ReportFormat } from './report/situation/index.ts';
import { EXPORT_FORMATS, renderExport, type ExportFormat } from './report/exports/index.ts';

export const EXIT = { OK: 0, PARTIAL: 1, USAGE: 2, FAILED: 3 } as const;
const DEFAULT_PORT = 8765;

const HELP = `sitrep ${VERSION}: turn news reports about a crisis into a sourced, cross-checked situation report

Usage: sitrep <command> [options]

Commands:
  analyze <inputs...>   read, clean, analyse and store articles; --json FILE writes the export
                        (every article in the store and the story over them)
  serve [inputs...]     analyse the inputs (if any) into the store, then serve the dashboard and the
                        JSON API (/api/openapi.json) at http://127.0.0.1:8765/ until Ctrl-C
  entities              list the story's entities from the store, one per line: type, name, country,
                        roles, aliases, articles (tab-separated); --json prints them as JSON,
                        --type PERSON|ORG|GPE|LOC|FAC keeps one type
  quotes [article...]   list stored quotes, one per line: article, kind, speaker, cue, channel, date,
                        text (tab-separated); --json prints them as JSON, --kind direct|indirect
  claims                the story's claims with status (disputed, denied, unconfirmed, corroborated),
                        claimant, disputers and every source sentence, then the discrepancies between
                        reports (each value with its articles); --json prints {claims, discrepancies}
  report                the situation report of the stored story (key facts, timeline, who said what,
                        disputed claims, outlet discrepancies, escalation, what is unknown), every
                        statement linked to its sentences; --format md|html (default md), --out FILE
  export                the stored story in a standard format: --format plover (PLOVER JSON Lines),
                        acled (ACLED-style CSV), geojson (located events), json (the analyze export
                        document), claimreview (schema.org ClaimReview); --out FILE
  search "<query>"      full-text search over stored titles and bodies; prints one hit per line:
                        id, published, title, snippet, id of the article it duplicates (tab-separated)
  help                  this text

Inputs: files (.txt, .html, .jsonl, .json, .rss/.atom/.xml, any of them .gz), directories
(recursive), "-" for standard input, http(s) URLs of pages or RSS/Atom feeds. A feed expands to its
items (summary-only items fetch their page). A URL whose path names a feed (/feed, /rss, .xml ...)
must answer with one.

Options:
  --db PATH             SQLite store (default: ./sitrep.db)
  --json FILE           (analyze) write the export document of this run's inputs to FILE ("-" for
                        stdout); the whole store: sitrep export --format json
  --limit N             (search) number of hits (default 20)
  --format F            (report) md or html; (export) plover, acled, geojson, json or claimreview
  --out FILE            (report, export) write to FILE instead of standard output
  --host ADDR           (serve) address to listen on (default 127.0.0.1: this machine only)
  --port N              (serve) port (default 8765; 0 picks a free one)
  --timeout MS          (analyze, serve) HTTP timeout per request (default 15000)
  --max-bytes N         (analyze, serve) largest input accepted (default 20 MiB)
  --max-feed-items N    (analyze, serve) items read from one feed (default 100)
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

type Values = Record<string, string | boolean | undefined>;

function ingestOptions(values: Values) {
  return {
    ...(values.timeout ? { timeoutMs: positiveInt(values.timeout, '--timeout') } : {}),
    ...(values['max-bytes'] ? { maxBytes: positiveInt(values['max-bytes'], '--max-bytes') } : {}),
    ...(values['max-feed-items'] ? { maxFeedItems: positiveInt(values['max-feed-items'], '--max-feed-items') } : {}),
  };
}

/** The part analyze and serve share: inputs into the store, a progress bar and the diagnostics on stderr. */
async function analyzeInputsIntoStore(inputs: string[], store: Store, values: Values) {
  const progress = new Progress(!!values.quiet);
  const run = await analyzeIntoStore(inputs, store, {
    ingest: ingestOptions(values), pipelineVersion: PIPELINE_VERSION, onProgress: (s, d, t) => progress.update(s, d, t),
  });
  progress.done();
  reportDiagnostics(run.diagnostics);
  const errors = run.diagnostics.filter((d) => d.severity === 'error').length;
  const { inserted, updated, unchanged } = run.saved;
  const summary = `${run.analyzed.length} articles read (${inserted.length} new, ${updated.length} updated, ${unchanged.length} unchanged)` +
    `, ${errors} failed, ${run.diagnostics.length - errors} warnings; the store ${store.location} holds ${await store.countArticles()} articles`;
  return { run, errors, summary };
}

async function analyzeCommand(inputs: string[], values: Values): Promise<number> {
  if (!inputs.length) throw new UsageError('analyze needs at least one input (a file, a directory, a URL or -)');
  const quiet = !!values.quiet;
  const store = openStore(String(values.db ?? DEFAULT_DB));
  try {
    const { run, errors, summary } = await analyzeInputsIntoStore(inputs, store, values);
    if (values.json) {
      // The export describes the inputs of this run, whatever else the store holds (other runs, other
      // stories); `sitrep export --format json` writes the whole store.
      const sameSet = run.analysis.articles.length === run.analyzed.length;
      const story = sameSet ? run.analysis.story : resolveStory(run.analyzed);
      const doc = JSON.stringify(exportJson({ articles: run.analyzed, story }), null, 2) + '\n';
      if (values.json === '-') process.stdout.write(doc);
      else writeFileSync(String(values.json), doc);
    }
    log(quiet, `sitrep: ${summary}${values.json && values.json !== '-' ? `; export ${values.json}` : ''}`);
    if (!run.analyzed.length) return EXIT.FAILED;
    return errors ? EXIT.PARTIAL : EXIT.OK;
  } finally {
    await store.close();
  }
}

/** Analyses the inputs (if any) into the store, then serves the API and the dashboard until SIGINT/SIGTERM. */
async function serveCommand(inputs: string[], values: Values): Promise<number> {
  const quiet = !!values.quiet;
  const host = String(values.host ?? '127.0.0.1');
  const port = values.port === undefined ? DEFAULT_PORT : portNumber(values.port);
  const store = openStore(String(values.db ?? DEFAULT_DB));
  let running: RunningServer | null = null;
  try {
    if (!(store instanceof SqliteStore)) throw new UsageError('serve needs a SQLite store (--db FILE)');
    if (inputs.length) {
      const { run, summary } = await analyzeInputsIntoStore(inputs, store, values);
      log(quiet, `sitrep: ${summary}`);
      if (!run.analyzed.length) log(quiet, 'sitrep: warning: no input could be read; serving what the store holds');
    }
    running = await startServer({ store, host, port, ingest: ingestOptions(values), log: (m) => log(quiet, `sitrep: ${m}`) });
    if (!isLoopback(host)) log(false, `sitrep: warning: listening on ${host}, not loopback: anyone who reaches it can read the store and add articles`);
    process.stdout.write(`${running.url}\n`);
    log(quiet, `sitrep: serving ${store.location} at ${running.url} (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    return EXIT.OK;
  } finally {
    await running?.close();
    await store.close();
  }
}

function portNumber(v: string | boolean | undefined): number {
  if (!/^\d{1,5}$/.test(String(v)) || Number(v) > 65535) throw new UsageError(`--port takes a port number 0-65535 (0: any free port), got "${v}"`);
  return Number(v);
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

async function entitiesCommand(values: Record<string, string | boolean | undefined>): Promise<number> {
  const store = openStore(String(values.db ?? DEFAULT_DB), { mustExist: true });
  try {
    const entities = (await store.loadStory()).entities;
    const type = typeof values.type === 'string' ? values.type : undefined;
    if (values.json !== undefined) {
      const list = entities.filter((e) => !type || e.type === type.toUpperCase());
      process.stdout.write(JSON.stringify(list, null, 2) + '\n');
    } else if (entities.length) process.stdout.write(formatStoryEntities(entities, type) + '\n');
    log(!!values.quiet, `${entities.length} story entities`);
    return EXIT.OK;
  } finally {
    await store.close();
  }
}

async function quotesCommand(articles: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  const kind = values.kind === undefined ? undefined : String(values.kind);
  if (kind !== undefined && kind !== 'direct' && kind !== 'indirect') throw new UsageError(`--kind takes direct or indirect, got "${kind}"`);
  const store = openStore(String(values.db ?? DEFAULT_DB), { mustExist: true });
  try {
    const rows = quoteRows(await store.loadAnalyzed(), { articles, kind });
    if (values.json !== undefined) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    else if (rows.length) process.stdout.write(formatQuoteRows(rows) + '\n');
    log(!!values.quiet, `${rows.length} quote${rows.length === 1 ? '' : 's'}`);
    return EXIT.OK;
  } finally {
    await store.close();
  }
}

async function claimsCommand(values: Values): Promise<number> {
  const store = openStore(String(values.db ?? DEFAULT_DB), { mustExist: true });
  try {
    const { claims, discrepancies } = await store.loadStory();
    if (values.json !== undefined) process.stdout.write(JSON.stringify({ claims, discrepancies }, null, 2) + '\n');
    else process.stdout.write(formatClaimsReport(claims, discrepancies, await store.listArticles()) + '\n');
    log(!!values.quiet, `${claims.length} claim${claims.length === 1 ? '' : 's'}, ${discrepancies.length} discrepanc${discrepancies.length === 1 ? 'y' : 'ies'}`);
    return EXIT.OK;
  } finally {
    await store.close();
  }
}

/** Writes a document to --out FILE, else to standard output. */
function writeOutput(doc: string, values: Values): void {
  if (values.out && values.out !== '-') writeFileSync(String(values.out), doc);
  else process.stdout.write(doc);
}

async function reportCommand(values: Values): Promise<number> {
  const format = String(values.format ?? 'md');
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${REPORT_FORMATS.join(' or ')}, got "${format}"`);
  const store = openStore(String(values.db ?? DEFAULT_DB), { mustExist: true });
  try {
    const input = { articles: await store.loadAnalyzed(), story: await store.loadStory() };
    writeOutput(situationReport(input, format as ReportFormat), values);
    log(!!values.quiet, `sitrep: report of ${input.articles.length} articles, ${input.story.events.length} story events, ${input.story.claims.length} claims${values.out && values.out !== '-' ? ` written to ${values.out}` : ''}`);
    return EXIT.OK;
  } finally {
    await store.close();
  }
}

async function exportCommand(values: Values): Promise<number> {
  const format = values.format === undefined ? undefined : String(values.format);
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}${format ? `, got "${format}"` : ''}`);
  const store = openStore(String(values.db ?? DEFAULT_DB), { mustExist: true });
  try {
    const input = { articles: await store.loadAnalyzed(), story: await store.loadStory() };
    writeOutput(renderExport(format as ExportFormat, input), values);
    log(!!values.quiet, `sitrep: ${format} export of ${input.story.events.length} story events${values.out && values.out !== '-' ? ` written to ${values.out}` : ''}`);
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
  // "sitrep entities --json": a bare --json means standard output.
  if (argv[0] === 'entities' || argv[0] === 'quotes' || argv[0] === 'claims') argv = argv.flatMap((a, i) => (a === '--json' && (i + 1 >= argv.length || argv[i + 1].startsWith('--')) ? [a, '-'] : [a]));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' }, json: { type: 'string' }, limit: { type: 'string' }, timeout: { type: 'string' },
        type: { type: 'string' }, kind: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'max-bytes': { type: 'string' }, 'max-feed-items': { type: 'string' }, quiet: { type: 'boolean' }, host: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' },
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
      case 'entities':
        return await entitiesCommand(values);
      case 'quotes':
        return await quotesCommand(rest, values);
      case 'claims':
        return await claimsCommand(values);
      case 'report':
        return await reportCommand(values);
      case 'export':
        return await exportCommand(values);
      case 'serve':
        return await serveCommand(rest, values);
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
