// Calendar arithmetic on plain days (no time zones: news dates are calendar days) and the
// TIMEX3 value formats: 2025-05-08, 2025-05, 2025, 202 (decade), 20 (century), 2025-W19,
// 2025-W19-WE, 2025-SU, 2025-Q2, 2025-H1.

export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function dayToUtc(x: Day): Date {
  const t = new Date(Date.UTC(2000, x.m - 1, x.d));
  t.setUTCFullYear(x.y);
  return t;
}

function utcToDay(t: Date): Day {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  const t = dayToUtc({ y, m, d });
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function parseDay(s: string | null | undefined): Day | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

export function addDays(x: Day, n: number): Day {
  const t = dayToUtc(x);
  t.setUTCDate(t.getUTCDate() + n);
  return utcToDay(t);
}

/** Month arithmetic on (year, month), day dropped. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(x: Day): number {
  return dayToUtc(x).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function daysBetween(a: Day, b: Day): number {
  return Math.round((dayToUtc(b).getTime() - dayToUtc(a).getTime()) / 86_400_000);
}

/** ISO 8601 week: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(x: Day): { y: number; w: number } {
  const t = dayToUtc(x);
  const dow = (t.getUTCDay() + 6) % 7; // Monday 0
  t.setUTCDate(t.getUTCDate() - dow + 3); // the Thursday of this week decides the year
  const y = t.getUTCFullYear();
  const jan1 = new Date(Date.UTC(2000, 0, 1));
  jan1.setUTCFullYear(y);
  const w = Math.floor(Math.round((t.getTime() - jan1.getTime()) / 86_400_000) / 7) + 1;
  return { y, w };
}

/** Day of the given weekday relative to x: the latest on or before, the first on or after, or the nearest. */
export function weekdayNear(x: Day, weekday: number, direction: 'before' | 'after' | 'nearest', strict = false): Day {
  const dow = weekdayOf(x);
  let back = (dow - weekday + 7) % 7;
  let ahead = (weekday - dow + 7) % 7;
  if (strict) {
    if (back === 0) back = 7;
    if (ahead === 0) ahead = 7;
  }
  if (direction === 'before') return addDays(x, -back);
  if (direction === 'after') return addDays(x, ahead);
  return ahead < back ? addDays(x, ahead) : addDays(x, -back);
}

export const fmtYear = (y: number) => pad(y, 4);
export const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (x: Day) => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
export const fmtWeek = (x: Day) => {
  const { y, w } = isoWeek(x);
  return `${pad(y, 4)}-W${pad(w)}`;
};
export const fmtClock = (h: number, mi: number) => `${pad(h)}:${pad(mi)}`;

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Season of a month, winter counted in the year its December falls in. */
export function seasonOf(x: { y: number; m: number }): { y: number; s: Season } {
  const m = x.m;
  if (m === 12) return { y: x.y, s: 'WI' };
  if (m <= 2) return { y: x.y - 1, s: 'WI' };
  return { y: x.y, s: m <= 5 ? 'SP' : m <= 8 ? 'SU' : 'FA' };
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASON_ORDER: Season[] = ['SP', 'SU', 'FA', 'WI'];

/** Day of a date value ("2025-05-08", "2025-05-08TEV", "2025-05-08T14:30"), or null for coarser values. */
export function dayOfValue(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(value);
  return m ? m[1] : null;
}

/** Day or month of a date value: what an event date can carry (YYYY-MM-DD or YYYY-MM). */
export function dayOrMonthOfValue(value: string): string | null {
  const m = /^(\d{4}-\d{2}(?:-\d{2})?)(?:T|$)/.exec(value);
  return m ? m[1] : null;
}

// Story comparisons ask for the same dates again and again: kept per date string.
const DAY_NUMBERS = new Map<string, number | null>();

/** Days since 1970-01-01 of a YYYY-MM-DD string, or null for anything coarser or missing. */
export function dayNumber(d: string | null | undefined): number | null {
  if (!d) return null;
  let n = DAY_NUMBERS.get(d);
  if (n === undefined) {
    n = /^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.parse(d + 'T00:00:00Z') / 86400000 : null;
    if (DAY_NUMBERS.size >= 10_000) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(d, n);
  }
  return n;
}
