import type { Diagnostic, RawDocument } from '../model.ts';

/** What ingest yields: a document, an input that failed, or a warning about a document that still goes through. */
export type IngestItem = { doc: RawDocument; warning?: Diagnostic } | { error: Diagnostic };

export interface IngestOptions {
  /** Largest input accepted, in bytes (files, decompressed files, HTTP bodies). */
  maxBytes: number;
  /** HTTP: timeout per request in ms (connection, headers and body), redirects followed, user agent. */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  /** Items read from one feed; the rest are reported and skipped. */
  maxFeedItems: number;
  /** Files read, or pages fetched, at the same time (results still come in input order). */
  concurrency: number;
  /** Readable stream for "-". */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_INGEST: IngestOptions = {
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  userAgent: 'sitrep/0.1 (news situation reports; +https://github.com/sitrep/sitrep)',
  maxFeedItems: 100,
  concurrency: 8,
};
