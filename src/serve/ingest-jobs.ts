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
  | { type: 'ready' }
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
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }

  private worker: Worker | null = null;
  private current: Job | null = null;

  /** The worker, started on the first job and kept for the next ones; a crashed worker is replaced. */
  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./ingest-worker.mjs', import.meta.url), { workerData: { dbFile: this.dbFile, settings: this.settings } });
    worker.unref();
    worker.on('message', (m: WorkerMessage) => {
      const job = this.current;
      if (!job || m.type === 'ready') return;
      if (m.type === 'progress') Object.assign(job, { stage: m.stage, done: m.done, total: m.total });
      else if (m.type === 'done') {
        job.result = m.result;
        job.diagnostics = m.diagnostics;
        this.finish(job, 'done');
      } else this.finish(job, 'failed', m.error);
    });
    const lost = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      if (this.current) this.finish(this.current, 'failed', why);
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`ingest worker exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private finish(job: Job, status: JobStatus, error: string | null = null): void {
    if (this.current !== job) return;
    job.status = status;
    job.error = error;
    job.finished = new Date().toISOString();
    this.current = null;
    this.running = null;
    this.onFinished(job);
    this.next();
  }

  private next(): void {
    if (this.running || this.closed) return;
    const item = this.queue.shift();
    if (!item) return;
    const { job, payload } = item;
    job.status = 'running';
    job.started = new Date().toISOString();
    this.current = job;
    this.running = this.ensureWorker();
    this.running.postMessage({ type: 'job', payload });
  }
}
