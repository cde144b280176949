// The standard exports of a story, by format name: what `sitrep export --format F` writes.
import { claimReviews } from '../claimreview.ts';
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

/** The export document as text, newline-terminated. */
export function renderExport(format: ExportFormat, input: StoryInput, opts: ExportOptions = {}): string {
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
    case 'claimreview': {
      // The claims layer's writer; no claim without a claimant, as in the report.
      const claims = input.story.claims.filter((c) => c.claimant?.name?.trim());
      return JSON.stringify(claimReviews({ ...input.story, claims }, input.articles.map((d) => d.article)), null, 2) + '\n';
    }
  }
}
