// The date of an event: asked of the temporal layer for the trigger's span; when it has no answer,
// the nearest calendar timex of the sentence.
import type { AnalyzedArticle, Sentence } from '../../model.ts';
import { dateForSpan } from '../../time/index.ts';

const CALENDAR = /^\d{4}-\d{2}(?:-\d{2})?/;

export function eventDate(doc: AnalyzedArticle, s: Sentence, start: number, end: number): string | null {
  const d = dateForSpan(doc, start, end);
  if (d) return d;
  let best: string | null = null;
  let bestDist = Infinity;
  for (const t of doc.timexes) {
    if (t.end <= s.start || t.start >= s.end || t.type !== 'DATE') continue;
    const m = CALENDAR.exec(t.value);
    if (!m) continue;
    const dist = t.end <= start ? start - t.end : t.start >= end ? t.start - end : 0;
    if (dist < bestDist) { bestDist = dist; best = m[0]; }
  }
  return best;
}
