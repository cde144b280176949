// Publication date: from metadata when present; else from the text when the text pins a
// day (a dated dateline, a weekday joined to a date: "Thursday (May 8)"); else null with the reason.
import type { DateSource } from '../model.ts';
import { MONTHS, type Dateline } from './dateline.ts';

export interface PublishedGuess {
  /** YYYY-MM-DD when fully known. */
  date: string | null;
  source: DateSource | null;
  note: string;
  /** A month-day the text pins but whose year must come from the story (dateline without year). */
  pendingMonthDay?: { month: number; day: number; weekday: number | null; evidence: string };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = String.raw`(Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)(?:day|sday|nesday|rsday|urday)?\.?`;
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// "Thursday (May 8)", "Thursday, May 8", "Thursday, 8 May", "May 8 (Thursday)"; an optional year.
const PINNED = [
  new RegExp(String.raw`\b${WEEKDAY}\s*[,(]\s*${MONTH}\s+${DAY}(?:,?\s+(\d{4}))?\)?`, 'g'),
  new RegExp(String.raw`\b${WEEKDAY}\s*[,(]\s*${DAY}\s+${MONTH}(?:,?\s+(\d{4}))?\)?`, 'g'),
  new RegExp(String.raw`\b${MONTH}\s+${DAY}(?:,?\s+(\d{4}))?\s*[,(]\s*${WEEKDAY}\b`, 'g'),
];
// "Published: May 9, 2025", "Updated 09 May 2025, 10:02 IST", "2025-05-09".
const STAMP = new RegExp(
  String.raw`^(?:published|posted|updated|last updated|first published)?(?:\s+on)?:?\s*(?:${WEEKDAY},?\s*)?(?:${MONTH}\s+${DAY},?\s+(\d{4})|${DAY}\s+${MONTH},?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))`,
  'i',
);

export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function weekdayIndex(w: string): number {
  const k = w.toLowerCase().slice(0, 3);
  return WEEKDAYS.findIndex((x) => x.startsWith(k));
}

function monthIndex(m: string): number {
  return MONTHS[m.toLowerCase().replace(/\.$/, '')];
}

/** Normalise a metadata date (ISO 8601, RFC 2822, "May 9, 2025") to YYYY-MM-DD. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (isoMatch) {
    const [y, m, d] = isoMatch.slice(1).map(Number);
    // A timestamp with an offset is dated where it was published, not in UTC.
    return validDay(y, m, d) ? iso(y, m, d) : null;
  }
  const stamp = STAMP.exec(v);
  if (stamp) return stampDate(stamp);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const dt = new Date(t);
  return iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

function isDateOnly(line: string, m: RegExpExecArray): boolean {
  const rest = line.trim().slice(m[0].length);
  return /^[\s,]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*[A-Z]{2,4})?\s*$/i.test(rest);
}

function stampDate(m: RegExpExecArray): string | null {
  // groups: 1 weekday, 2 month, 3 day, 4 year | 5 day, 6 month, 7 year | 8 y, 9 m, 10 d
  let y: number, mo: number, d: number;
  if (m[2]) [y, mo, d] = [Number(m[4]), monthIndex(m[2]), Number(m[3])];
  else if (m[6]) [y, mo, d] = [Number(m[7]), monthIndex(m[6]), Number(m[5])];
  else [y, mo, d] = [Number(m[8]), Number(m[9]), Number(m[10])];
  return validDay(y, mo, d) ? iso(y, mo, d) : null;
}

// "Published: 22/09/2023 14:05", "Updated 9.5.2025": a labelled stamp in digits.
const NUMERIC_STAMP = /^(?:published|posted|updated|last updated|first published)(?:\s+on)?:?\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/i;
const MONTH_NAMES = new RegExp(String.raw`\b${MONTH}\b`, 'g');

/**
 * Day and month of a numeric stamp: a number above 12 can only be the day; when both could be either,
 * the month the body names decides, and without one the stamp stays unread.
 */
function numericStamp(line: string, body: string): string | null {
  const m = NUMERIC_STAMP.exec(line);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let dmy: boolean | null = a > 12 ? true : b > 12 ? false : null;
  if (dmy === null && a !== b) {
    const named = new Set([...body.matchAll(MONTH_NAMES)].map((x) => monthIndex(x[1])));
    if (named.has(b) !== named.has(a)) dmy = named.has(b);
  }
  if (dmy === null && a === b) dmy = true;
  if (dmy === null) return null;
  const [d, mo] = dmy ? [a, b] : [b, a];
  return validDay(y, mo, d) ? iso(y, mo, d) : null;
}

/** Years, nearest to the reference year first (earlier years before later ones at equal distance), in which month/day falls on the weekday. */
export function yearsForWeekday(month: number, day: number, weekday: number, refYear: number): number[] {
  const out: number[] = [];
  for (let delta = 0; delta <= 12; delta++) {
    for (const y of delta ? [refYear - delta, refYear + delta] : [refYear]) {
      if (validDay(y, month, day) && new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday) out.push(y);
    }
  }
  return out;
}

interface Pinned {
  month: number;
  day: number;
  year: number | null;
  weekday: number;
  text: string;
  index: number;
}

function findPinned(body: string): Pinned[] {
  const out: Pinned[] = [];
  for (const [k, re] of PINNED.entries()) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(body)); ) {
      const [wd, mo, d, y] = k === 0 ? [m[1], m[2], m[3], m[4]] : k === 1 ? [m[1], m[3], m[2], m[4]] : [m[4], m[1], m[2], m[3]];
      out.push({ month: monthIndex(mo), day: Number(d), year: y ? Number(y) : null, weekday: weekdayIndex(wd), text: m[0], index: m.index });
    }
  }
  return out;
}

export interface PublishedInput {
  suppliedPublished?: string | null;
  dateline: Dateline | null;
  /** Lines removed as furniture or bylines: "Published: ..." stamps live there. */
  furniture: string[];
  body: string;
}

/** What one article says about its own date, before the story supplies missing years. */
export function guessPublished(input: PublishedInput, refYear: number): PublishedGuess {
  const supplied = normalizeDate(input.suppliedPublished);
  if (supplied) return { date: supplied, source: 'metadata', note: 'from the page metadata' };
  if (input.suppliedPublished) {
    // Unparseable metadata is reported, and the text still gets a chance.
  }
  for (const line of input.furniture) {
    const m = STAMP.exec(line.trim());
    // A labelled stamp ("Published: ..."), or a line that is nothing but a date (a masthead date).
    if (m && (/^(published|posted|updated|last updated|first published)/i.test(line.trim()) || isDateOnly(line, m))) {
      const d = stampDate(m);
      if (d) return { date: d, source: 'text', note: `from the printed stamp "${line.trim()}"` };
    }
    const numeric = numericStamp(line.trim(), input.body);
    if (numeric) return { date: numeric, source: 'text', note: `from the printed stamp "${line.trim()}"` };
  }
  const dl = input.dateline;
  if (dl?.month && dl.day) {
    if (dl.year && validDay(dl.year, dl.month, dl.day))
      return { date: iso(dl.year, dl.month, dl.day), source: 'dateline', note: `from the dateline "${dl.text.trim()}"` };
    return {
      date: null, source: null, note: `dateline "${dl.text.trim()}" prints no year`,
      pendingMonthDay: { month: dl.month, day: dl.day, weekday: null, evidence: dl.text.trim() },
    };
  }
  // The latest day the text pins with a weekday: the report was written on or after it.
  const pins = findPinned(input.body);
  let best: { date: string; text: string } | null = null;
  for (const p of pins) {
    let year = p.year;
    if (year == null) year = yearsForWeekday(p.month, p.day, p.weekday, refYear).find((y) => y <= refYear) ?? null;
    if (year == null || !validDay(year, p.month, p.day)) continue;
    if (new Date(Date.UTC(year, p.month - 1, p.day)).getUTCDay() !== p.weekday) continue; // the text contradicts itself
    const date = iso(year, p.month, p.day);
    if (!best || date > best.date) best = { date, text: p.text };
  }
  if (best) return { date: best.date, source: 'text', note: `inferred from "${best.text}" in the text` };
  return { date: null, source: null, note: 'no date in the metadata, the dateline or the text pins the publication day' };
}

/** Years of the story's known dates decide the year of a dateline that prints none. */
export function completeWithStoryYear(guess: PublishedGuess, storyYear: number | null): PublishedGuess {
  const p = guess.pendingMonthDay;
  if (!p || guess.date || storyYear == null || !validDay(storyYear, p.month, p.day)) return guess;
  return {
    date: iso(storyYear, p.month, p.day), source: 'dateline',
    note: `from the dateline "${p.evidence}", year ${storyYear} from the other reports of the story`,
  };
}
