// Ingest jobs, run in a worker thread that stays up between jobs (loading the extractors' models once):
// write uploads to a temporary folder, then the same flow as `sitrep analyze` (ingest, clean, extract,
// store), with the story resolved over the whole store.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../model.ts';
import { analyzeIntoStore } from '../pipeline.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { sha256 } from '../text/hash.ts';
import { PIPELINE_VERSION } from '../version.ts';
import type { IngestPayload } from './ingest-payload.ts';
import type { IngestSettings, WorkerMessage } from './ingest-jobs.ts';

const { dbFile, settings } = workerData as { dbFile: string; settings: IngestSettings };
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

/** Pasted texts as documents, with the title, date and outlet the form gave. */
function pastedDocs(p: IngestPayload): RawDocument[] {
  return p.texts.map((t, i) => ({
    source: `pasted text ${i + 1}`,
    kind: 'text',
    id: `paste-${sha256(t.text).slice(0, 12)}`,
    url: t.url ?? null,
    text: t.text,
    meta: { title: t.title ?? null, published: t.published ?? null, outlet: t.outlet ?? null },
  }));
}

async function run(payload: IngestPayload): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-ingest-'));
  let store: SqliteStore | null = null;
  try {
    const files = payload.files.map((f, i) => {
      // Prefix keeps two uploads of the same name apart; the article id is the name without it.
      const sub = path.join(dir, String(i));
      const file = path.join(sub, f.name);
      mkdirp(sub);
      writeFileSync(file, Buffer.from(f.data, f.encoding === 'base64' ? 'base64' : 'utf8'));
      return file;
    });
    post({ type: 'progress', stage: 'fetch', done: 0, total: files.length + payload.urls.length + payload.texts.length });
    store = new SqliteStore(dbFile);
    const run = await analyzeIntoStore([...files, ...payload.urls], store, {
      pipelineVersion: PIPELINE_VERSION,
      docs: pastedDocs(payload),
      ingest: settings,
      onProgress: (stage, done, total) => post({ type: 'progress', stage, done, total }),
    });
    // Temporary paths mean nothing to the user: show the uploaded file's name.
    const diagnostics = run.diagnostics.map((d) => ({ ...d, input: d.input.startsWith(dir) ? path.basename(d.input) : d.input }));
    post({
      type: 'done',
      result: { articles: run.batch, inserted: run.saved.inserted.length, updated: run.saved.updated.length, unchanged: run.saved.unchanged.length },
      diagnostics,
    });
  } catch (e) {
    post({ type: 'failed', error: (e as Error).message });
  } finally {
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function mkdirp(p: string): void {
  mkdirSync(p, { recursive: true });
}

// Jobs arrive one at a time; the parent sends the next only after this one reported.
parentPort!.on('message', (m: { type: 'job'; payload: IngestPayload }) => {
  if (m.type === 'job') void run(m.payload);
});
post({ type: 'ready' });
