// What a recognised expression means before it is anchored: the recognisers produce a Spec,
// the normaliser turns it into a TIMEX3 value given the anchor, the tense and the last date.
import type { TimexType } from '../model.ts';
import type { DayPart, Unit } from './lexicon.ts';
import type { Season } from './calendar.ts';

/** Where a relative expression counts from: the document's reference date, or the date last mentioned. */
export type From = 'dct' | 'ref';

export type Spec =
  /** Calendar pieces as written; a missing year is chosen from the anchor and the tense. */
  | { k: 'date'; y?: number; m: number; d?: number; weekday?: number; rel?: -1 | 0 | 1 }
  | { k: 'year'; y: number }
  /** A weekday, optionally "last"/"next"/"this". */
  | { k: 'weekday'; wd: number; rel: 'last' | 'next' | 'this' | null; from?: From }
  /** The period of `unit` containing the reference, moved by n units: yesterday, last week, two years ago, a day earlier. */
  | { k: 'rel'; unit: Unit | 'weekend'; n: number; from: From }
  /** The weekend nearest the anchor in the tense's direction ("over the weekend"). */
  | { k: 'weekend' }
  /** "overnight": the night before the report when told in the past, the coming one otherwise. */
  | { k: 'overnight' }
  | { k: 'season'; s: Season; y?: number; rel?: -1 | 0 | 1 }
  /** Quarter (q 1-4) or half (h 1-2) of a year; year chosen from the anchor and tense when missing. */
  | { k: 'part'; unit: 'Q' | 'H'; n: number; y?: number; yRel?: number }
  /** A clock time on the day of the sentence (or of an attached date). */
  | { k: 'clock'; h: number; mi: number; on?: Spec }
  /** A value that needs no anchor: durations, sets, PRESENT_REF, decades, FY2013. */
  | { k: 'lit'; type: TimexType; value: string };

export interface Recognised {
  start: number;
  end: number;
  spec: Spec;
  /** Part of the day (Thursday evening -> TEV): makes the expression a TIME. */
  part?: DayPart;
  mod?: string;
  /** Name of the rule that matched, for debugging and tests. */
  rule: string;
  /** Rank among rules when two candidates have the same extent (lower wins). */
  rank: number;
}
