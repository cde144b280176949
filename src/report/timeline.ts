// The story's timeline: story events in the order they happened. Events with a full date come first by date,
// month-only dates sort at the start of their month, undated events last (by when they were first reported).
import type { StoryEvent } from '../model.ts';

/** Sort key of an event date: "2025-05" sorts before any day of May. */
function dateKey(d: string | null): string {
  return d ?? '\uffff';
}

export function timeline(events: StoryEvent[]): StoryEvent[] {
  return [...events].sort(
    (a, b) =>
      dateKey(a.date).localeCompare(dateKey(b.date)) ||
      dateKey(a.firstReported).localeCompare(dateKey(b.firstReported)) ||
      b.articles.length - a.articles.length ||
      a.id.localeCompare(b.id),
  );
}
