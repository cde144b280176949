// The standard exports of a story, by format name: what `sitrep export --format F` writes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exportJson } from '../export-json.ts';
import { acledCsv } from './acled.ts';
import type { StoryInput } from './common.ts';
import { eventsGeoJson } from './geojson.ts';
import { ploverJsonl } from './plover.ts';

export const EXPORT_FORMATS = ['plover', 'acled', 'geojson', 'json', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Fixed clock for reproducible files: coded_date (PLOVER), timestamp (ACLED). */
  now?: Date;
}

export class ExportUnavailable extends Error {}

// The ClaimReview writer belongs to the claims layer; it is loaded only when that module is present.
const CLAIMREVIEW = new URL('../claimreview.ts', import.meta.url);

async function claimReview(input: StoryInput): Promise<unknown> {
  if (!existsSync(fileURLToPath(CLAIMREVIEW))) throw new ExportUnavailable('the claimreview export needs src/report/claimreview.ts, which this build does not have');
  const mod = (await import(CLAIMREVIEW.href)) as Record<string, unknown>;
  type Writer = (story: StoryInput['story'], articles: StoryInput['articles'][number]['article'][]) => unknown;
  const named = mod.claimReviews;
  const fn = (typeof named === 'function' ? named : Object.values(mod).find((v) => typeof v === 'function' && /claimreviews?$/i.test(v.name))) as Writer | undefined;
  if (!fn) throw new ExportUnavailable('src/report/claimreview.ts exports no ClaimReview writer');
  // No claim without a claimant, as in the report.
  const claims = input.story.claims.filter((c) => c.claimant?.name?.trim());
  return fn({ ...input.story, claims }, input.articles.map((d) => d.article));
}

/** The export document as text, newline-terminated. */
export async function renderExport(format: ExportFormat, input: StoryInput, opts: ExportOptions = {}): Promise<string> {
  const now = opts.now ?? new Date();
  switch (format) {
    case 'plover':
      return ploverJsonl(input, { codedDate: now.toISOString().slice(0, 10) });
    case 'acled':
      return acledCsv(input, { timestamp: Math.floor(now.getTime() / 1000) });
    case 'geojson':
      return JSON.stringify(eventsGeoJson(input), null, 2) + '\n';
    case 'json':
      return JSON.stringify(exportJson(input), null, 2) + '\n';
    case 'claimreview':
      return JSON.stringify(await claimReview(input), null, 2) + '\n';
  }
}
