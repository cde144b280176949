// Ingest jobs: each POST /api/ingest becomes a job, run one at a time in a worker thread that opens its own
// connection to the store, so the API keeps answering (and reporting progress) while articles are analysed.
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../model.ts';
import type { IngestPayload } from './ingest-payload.ts';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobResult {
  articles: string[];
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface Job {
  id: string;
  status: JobStatus;
  created: string;
  started: string | null;
  finished: string | null;
  items: { texts: number; files: number; urls: number };
  /** The stage running now (fetch, clean, extract, store, resolve) and its count. */
  stage: string | null;
  done: number;
  total: number;
  result: JobResult | null;
  diagnostics: Diagnostic[];
  error: string | null;
}

export interface IngestSettings {
  maxBytes?: number;
  timeoutMs?: number;
}

/** Messages from the worker. */
export type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'done'; result: JobResult; diagnostics: Diagnostic[] }
  | { type: 'failed'; error: string };

const KEEP = 100;

export class IngestJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: { job: Job; payload: IngestPayload }[] = [];
  private running: Worker | null = null;
  private closed = false;

  constructor(
    private readonly dbFile: string,
    private readonly settings: IngestSettings = {},
    private readonly onFinished: (job: Job) => void = () => {},
  ) {}

  submit(payload: IngestPayload): Job {
    const job: Job = {
      id: randomUUID(), status: 'queued', created: new Date().toISOString(), started: null, finished: null,
      items: { texts: payload.texts.length, files: payload.files.length, urls: payload.urls.length },
      stage: null, done: 0, total: 0, result: null, diagnostics: [], error: null,
    };
    this.jobs.set(job.id, job);
    // Keep the latest jobs only.
    for (const id of this.jobs.keys()) if (this.jobs.size > KEEP && this.jobs.get(id)!.finished) this.jobs.delete(id);
    this.queue.push({ job, payload });
    this.next();
    return job;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  list(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  /** Resolves when no job is queued or running. */
  async idle(): Promise<void> {
    while (this.running || this.queue.length) await new Promise((r) => setTimeout(r, 20));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await this.running?.terminate();
  }

  private next(): void {
    if (this.running || this.closed) return;
    const item = this.queue.shift();
    if (!item) return;
    const { job, payload } = item;
    job.status = 'running';
    job.started = new Date().toISOString();
    const worker = new Worker(new URL('./ingest-worker.mjs', import.meta.url), {
      workerData: { dbFile: this.dbFile, payload, settings: this.settings },
    });
    this.running = worker;
    let settled = false;
    const finish = (status: JobStatus, error: string | null = null) => {
      if (settled) return;
      settled = true;
      job.status = status;
      job.error = error;
      job.finished = new Date().toISOString();
      this.running = null;
      this.onFinished(job);
      this.next();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') Object.assign(job, { stage: m.stage, done: m.done, total: m.total });
      else if (m.type === 'done') {
        job.result = m.result;
        job.diagnostics = m.diagnostics;
        finish('done');
      } else finish('failed', m.error);
    });
    worker.on('error', (e) => finish('failed', e.message));
    worker.on('exit', (code) => finish('failed', `ingest worker exited with code ${code}`));
  }
}
