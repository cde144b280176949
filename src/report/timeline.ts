// The story's timeline: story events in the order they happened. Events with a full date come first by date,
// month-only dates sort at the start of their month, undated events last (by when they were first reported).
import type { StoryEvent } from '../model.ts';

/** Sort key of an event date: "2025-05" sorts before any day of May. */
function dateKey(d: string | null): string {
  return d ?? '\uffff';
}

const cmp = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

export function timeline(events: StoryEvent[]): StoryEvent[] {
  return [...events].sort(
    (a, b) =>
      cmp(dateKey(a.date), dateKey(b.date)) ||
      cmp(dateKey(a.firstReported), dateKey(b.firstReported)) ||
      b.articles.length - a.articles.length ||
      cmp(a.id, b.id),
  );
}
