// The date a document's relative expressions count from: its publication date; when unknown,
// the latest fully specified date the article prints; else the latest publication date of the
// story it came with. The last two only estimate the day, and are recorded as inferred: the
// article's own latest date is one it was written on or after (a lower bound), the story's is not.
import type { StoryContext } from '../extract/index.ts';
import { compareDays, parseDay, type Day } from './calendar.ts';
import { chooseYear, type Anchor } from './normalise.ts';
import type { Recognised } from './spec.ts';

/** Month-days the article prints without a year, placed in the year nearest the estimate. */
function printedDays(found: Recognised[], estimate: Day): Day[] {
  const out: Day[] = [];
  for (const r of found) {
    const s = r.spec;
    if (s.k === 'date' && s.y == null && s.d != null && s.rel == null) out.push({ y: chooseYear(s.m, s.d, estimate, null, true), m: s.m, d: s.d });
  }
  return out;
}

export function documentAnchor(published: string | null, found: Recognised[], ctx?: StoryContext): Anchor {
  const day = parseDay(published);
  if (day) return { day, kind: 'publication', estimated: false };
  let latest: Day | null = null;
  for (const r of found) {
    const s = r.spec;
    if (s.k === 'date' && s.y != null && s.d != null) {
      const d = { y: s.y, m: s.m, d: s.d };
      if (!latest || compareDays(d, latest) > 0) latest = d;
    }
  }
  if (latest) return { day: latest, kind: 'inferred-publication', estimated: true, lowerBound: true };
  const story = parseDay(ctx?.latestPublished ?? null);
  if (story) return { day: story, kind: 'inferred-publication', estimated: true, printed: printedDays(found, story) };
  return { day: null, kind: 'none', estimated: true };
}
