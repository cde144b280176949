import type { Diagnostic, RawDocument } from '../model.ts';

/** What ingest yields: a document, an input that failed, or a warning about a document that still goes through. */
export type IngestItem = { doc: RawDocument; warning?: Diagnostic } | { error: Diagnostic };

export interface IngestOptions {
  /** Largest input accepted, in bytes (files, decompressed files, HTTP bodies). */
  maxBytes: number;
  /** HTTP: timeout per request in ms, redirects followed, user agent. */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  /** Readable stream for "-". */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_INGEST: IngestOptions = {
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  userAgent: 'sitrep/0.1 (+https://github.com/sitrep; news situation reports)',
};
