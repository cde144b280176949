// The situation report of a story: one structure (build.ts), two writers (Markdown, HTML).
import type { StoryInput } from '../exports/common.ts';
import { buildSituationReport, type BuildOptions } from './build.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';

export { buildSituationReport } from './build.ts';
export { renderHtml } from './html.ts';
export { renderMarkdown } from './markdown.ts';
export type { SituationReport } from './types.ts';

export const REPORT_FORMATS = ['md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function situationReport(input: StoryInput, format: ReportFormat = 'md', opts: BuildOptions = {}): string {
  const report = buildSituationReport(input, opts);
  return format === 'html' ? renderHtml(report) : renderMarkdown(report);
}
