// Turns a recognised expression into its TIMEX3 type and value, given the document's anchor,
// the tense of its clause and the dates mentioned before it.
import type { Timex, TimexType } from '../model.ts';
import {
  addDays, addMonths, daysBetween, fmtDay, fmtMonth, fmtWeek, fmtYear, isValidDay, quarterOf,
  seasonOf, weekdayNear, weekdayOf, SEASON_ORDER, type Day, type Season,
} from './calendar.ts';
import type { Recognised, Spec } from './spec.ts';
import type { Tense } from './tense.ts';
import { yearsForWeekday } from '../text/published.ts';

export interface Anchor {
  day: Day | null;
  kind: 'publication' | 'inferred-publication' | 'none';
  /**
   * True when the anchor only estimates the publication date: a weekday or a date without a year
   * then takes the occurrence nearest the estimate, since the tense cannot tell which side it is on.
   */
  estimated: boolean;
  /** The estimate is a date the article itself prints: it was written on or after it. */
  lowerBound?: boolean;
  /** Days the article prints (with the estimate's year): a weekday near the estimate is one of them when it agrees. */
  printed?: Day[];
}

/** Dates mentioned so far, at each granularity, for expressions told relative to them ("a day later"). */
export interface Narrative {
  day?: { value: Day; index: number };
  month?: { y: number; m: number; index: number };
  year?: { y: number; index: number };
}

export interface Resolved {
  type: TimexType;
  value: string;
  mod?: string;
  anchor: Timex['anchor'];
  anchorIndex?: number;
}

// A date written in the past tense may still be a little ahead (a deadline being reported), and
// one written in the future a little behind: beyond this margin the tense picks the year.
const GRACE_DAYS = 31;

/** Year of a month(-day) written without one. */
export function chooseYear(m: number, d: number | undefined, anchor: Day, tense: Tense, estimated: boolean): number {
  const years = [anchor.y - 1, anchor.y, anchor.y + 1].filter((y) => d == null || isValidDay(y, m, d));
  const diff = (y: number) => (d == null ? ((y * 12 + m) - (anchor.y * 12 + anchor.m)) * 30.5 : daysBetween(anchor, { y, m, d }));
  const direction = estimated || tense === 'present' ? null : tense;
  if (direction === 'past') {
    const ok = years.filter((y) => diff(y) <= GRACE_DAYS);
    if (ok.length) return Math.max(...ok);
  } else if (direction === 'future') {
    const ok = years.filter((y) => diff(y) >= -GRACE_DAYS);
    if (ok.length) return Math.min(...ok);
  }
  return years.reduce((best, y) => (Math.abs(diff(y)) < Math.abs(diff(best)) ? y : best), anchor.y);
}

function seasonIndex(y: number, s: Season): number {
  return y * 4 + SEASON_ORDER.indexOf(s);
}

function fromSeasonIndex(i: number): string {
  return `${fmtYear(Math.floor(i / 4))}-${SEASON_ORDER[((i % 4) + 4) % 4]}`;
}

export interface ResolveInput {
  rec: Recognised;
  anchor: Anchor;
  tense: Tense;
  narrative: Narrative;
  /** Day of the sentence, for clock times ("at 10 a.m."). */
  sentenceDay?: { value: Day; index: number };
}

export function resolve(input: ResolveInput): Resolved {
  const { rec } = input;
  const out = resolveSpec(rec.spec, input);
  if (rec.part && out.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$|^XXXX-WXX-\d$|^XXXX-XX-XX$/.test(out.value)) {
    out.type = 'TIME';
    out.value = `${out.value}T${rec.part}`;
  }
  if (rec.mod) out.mod = rec.mod;
  return out;
}

function anchorKind(a: Anchor): Resolved['anchor'] {
  return a.kind === 'none' ? 'none' : a.kind;
}

function resolveSpec(spec: Spec, input: ResolveInput): Resolved {
  const { anchor, tense, narrative } = input;
  const a = anchor.day;
  switch (spec.k) {
    case 'lit':
      return { type: spec.type, value: spec.value, anchor: 'absolute' };
    case 'year':
      return { type: 'DATE', value: fmtYear(spec.y), anchor: 'absolute' };
    case 'date': {
      if (spec.y != null) return { type: 'DATE', value: spec.d ? fmtDay({ y: spec.y, m: spec.m, d: spec.d }) : fmtMonth(spec.y, spec.m), anchor: 'absolute' };
      const ref = a ?? (narrative.year ? { y: narrative.year.y, m: 6, d: 15 } : null);
      if (!ref) return { type: 'DATE', value: spec.d ? `XXXX-${String(spec.m).padStart(2, '0')}-${String(spec.d).padStart(2, '0')}` : `XXXX-${String(spec.m).padStart(2, '0')}`, anchor: 'none' };
      let y: number;
      if (spec.rel != null && !spec.d) {
        // "last June": the latest June before the reference month; "next June" the first after it.
        if (spec.rel === 0) y = ref.y;
        else if (spec.rel < 0) y = spec.m < ref.m ? ref.y : ref.y - 1;
        else y = spec.m > ref.m ? ref.y : ref.y + 1;
      } else if (spec.d && spec.weekday != null && spec.weekday >= 0) {
        // A weekday joined to the date picks the year in which they agree, among dates near the
        // reference (writers name the weekday of recent and coming days); else the date wins.
        const d = spec.d;
        const fits = yearsForWeekday(spec.m, d, spec.weekday, ref.y).filter((c) => Math.abs(daysBetween(ref, { y: c, m: spec.m, d })) <= 183);
        y = fits.length ? fits[0] : chooseYear(spec.m, d, ref, tense, anchor.estimated);
      } else y = chooseYear(spec.m, spec.d, ref, tense, anchor.estimated);
      return { type: 'DATE', value: spec.d ? fmtDay({ y, m: spec.m, d: spec.d }) : fmtMonth(y, spec.m), anchor: a ? anchorKind(anchor) : 'timex', anchorIndex: a ? undefined : narrative.year?.index };
    }
    case 'weekday': {
      const fromRef = spec.from === 'ref' && narrative.day;
      const base = fromRef ? narrative.day!.value : a;
      if (!base) return { type: 'DATE', value: `XXXX-WXX-${spec.wd || 7}`, anchor: 'none' };
      let day: Day;
      if (spec.rel === 'last') day = weekdayNear(base, spec.wd, 'before', true);
      else if (spec.rel === 'next') day = weekdayNear(base, spec.wd, 'after', true);
      else if (spec.rel === 'this') day = addDays(base, ((spec.wd + 6) % 7) - ((weekdayOf(base) + 6) % 7));
      else if (tense === 'future') day = weekdayNear(base, spec.wd, 'after');
      else if (!anchor.estimated || fromRef) day = weekdayNear(base, spec.wd, 'before');
      else day = estimatedWeekday(anchor, base, spec.wd, tense);
      return { type: 'DATE', value: fmtDay(day), ...(fromRef ? { anchor: 'timex', anchorIndex: narrative.day!.index } : { anchor: anchorKind(anchor) }) };
    }
    case 'rel':
      return resolveRelative(spec, input);
    case 'weekend': {
      if (!a) return { type: 'DATE', value: 'XXXX-WXX-WE', anchor: 'none' };
      const dir = tense === 'future' ? 'after' : tense === 'past' ? 'before' : 'nearest';
      const sat = weekdayNear(a, 6, dir === 'before' && weekdayOf(a) === 0 ? 'before' : dir);
      return { type: 'DATE', value: `${fmtWeek(sat)}-WE`, anchor: anchorKind(anchor) };
    }
    case 'overnight': {
      if (!a) return { type: 'TIME', value: 'XXXX-XX-XXTNI', anchor: 'none' };
      // A report's "overnight" in the past is the night leading into its day.
      const night = tense === 'future' || tense === 'present' ? a : addDays(a, -1);
      return { type: 'TIME', value: `${fmtDay(night)}TNI`, anchor: anchorKind(anchor) };
    }
    case 'season': {
      if (spec.y != null) return { type: 'DATE', value: `${fmtYear(spec.y)}-${spec.s}`, anchor: 'absolute' };
      if (!a) return { type: 'DATE', value: `XXXX-${spec.s}`, anchor: 'none' };
      const cur = seasonOf(a);
      const curI = seasonIndex(cur.y, cur.s);
      const options = [-1, 0, 1].map((k) => seasonIndex(cur.y + k, spec.s));
      let pick: number;
      if (spec.rel === -1) pick = Math.max(...options.filter((i) => i < curI));
      else if (spec.rel === 1) pick = Math.min(...options.filter((i) => i > curI));
      else if (spec.rel === 0) pick = seasonIndex(spec.s === 'WI' && a.m <= 2 ? a.y - 1 : a.y, spec.s);
      else if (tense === 'past') pick = Math.max(...options.filter((i) => i <= curI));
      else if (tense === 'future') pick = Math.min(...options.filter((i) => i >= curI));
      else pick = options.reduce((b, i) => (Math.abs(i - curI) < Math.abs(b - curI) ? i : b));
      return { type: 'DATE', value: fromSeasonIndex(pick), anchor: anchorKind(anchor) };
    }
    case 'part': {
      const label = spec.unit === 'Q' ? `Q${spec.n}` : `H${spec.n}`;
      if (spec.y != null) return { type: 'DATE', value: `${fmtYear(spec.y)}-${label}`, anchor: 'absolute' };
      if (!a) return { type: 'DATE', value: `XXXX-${label}`, anchor: 'none' };
      let y = a.y + (spec.yRel ?? 0);
      if (spec.yRel == null) {
        const cur = spec.unit === 'Q' ? quarterOf(a.m) : a.m <= 6 ? 1 : 2;
        if (tense === 'past' && spec.n > cur) y--;
        else if (tense === 'future' && spec.n < cur) y++;
      }
      return { type: 'DATE', value: `${fmtYear(y)}-${label}`, anchor: anchorKind(anchor) };
    }
    case 'clock': {
      const clock = `${String(spec.h).padStart(2, '0')}:${String(spec.mi).padStart(2, '0')}`;
      if (spec.on) {
        const on = resolveSpec(spec.on, input);
        if (/^\d{4}-\d{2}-\d{2}$/.test(on.value)) return { ...on, type: 'TIME', value: `${on.value}T${clock}` };
      }
      const day = input.sentenceDay;
      if (day) return { type: 'TIME', value: `${fmtDay(day.value)}T${clock}`, anchor: 'timex', anchorIndex: day.index };
      if (a) return { type: 'TIME', value: `${fmtDay(a)}T${clock}`, anchor: anchorKind(anchor) };
      return { type: 'TIME', value: `XXXX-XX-XXT${clock}`, anchor: 'none' };
    }
  }
}

/**
 * A weekday counted from an estimated publication date, the tense not future. Writers name the
 * weekday of a date they also print: a printed date on that weekday within a week of the estimate
 * is the day meant. A past weekday falls before a date the article prints (it was written after it);
 * else the estimate may be early or late, and the nearest occurrence is the best guess.
 */
function estimatedWeekday(anchor: Anchor, base: Day, wd: number, tense: Tense): Day {
  const agreeing = anchor.printed?.find((p) => weekdayOf(p) === wd % 7 && Math.abs(daysBetween(base, p)) <= 7);
  if (agreeing) return agreeing;
  if (anchor.lowerBound && tense === 'past') return weekdayNear(base, wd, 'before');
  return weekdayNear(base, wd, 'nearest');
}

function resolveRelative(spec: Extract<Spec, { k: 'rel' }>, input: ResolveInput): Resolved {
  const { anchor, narrative } = input;
  const unit = spec.unit;
  // Counting from the date last mentioned, at a granularity that can carry the unit.
  let base: Day | null = anchor.day;
  let viaRef: number | undefined;
  if (spec.from === 'ref') {
    if (['day', 'week', 'weekend', 'fortnight', 'hour', 'minute', 'second'].includes(unit)) {
      if (narrative.day) [base, viaRef] = [narrative.day.value, narrative.day.index];
    } else if (unit === 'month' || unit === 'quarter') {
      const r = narrative.month ?? (narrative.day ? { ...narrative.day.value, index: narrative.day.index } : undefined);
      if (r) [base, viaRef] = [{ y: r.y, m: r.m, d: 1 }, r.index];
    } else {
      const r = narrative.year ?? narrative.month ?? (narrative.day ? { y: narrative.day.value.y, index: narrative.day.index } : undefined);
      if (r) [base, viaRef] = [{ y: r.y, m: 1, d: 1 }, r.index];
    }
  }
  const kind: Pick<Resolved, 'anchor' | 'anchorIndex'> = viaRef != null ? { anchor: 'timex', anchorIndex: viaRef } : { anchor: anchorKind(anchor) };
  if (!base) {
    const unknown: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', year: 'XXXX', quarter: 'XXXX-QX', decade: 'XXX', century: 'XX' };
    return { type: 'DATE', value: unknown[unit] ?? 'XXXX-XX-XX', anchor: 'none' };
  }
  const n = spec.n;
  switch (unit) {
    case 'day':
    case 'hour':
    case 'minute':
    case 'second':
      return { type: 'DATE', value: fmtDay(unit === 'day' ? addDays(base, n) : base), ...kind };
    case 'week':
      return { type: 'DATE', value: fmtWeek(addDays(base, 7 * n)), ...kind };
    case 'fortnight':
      return { type: 'DATE', value: fmtWeek(addDays(base, 14 * n)), ...kind };
    case 'weekend':
      return { type: 'DATE', value: `${fmtWeek(addDays(base, 7 * n))}-WE`, ...kind };
    case 'month': {
      const x = addMonths(base.y, base.m, n);
      return { type: 'DATE', value: fmtMonth(x.y, x.m), ...kind };
    }
    case 'quarter': {
      const q = base.y * 4 + quarterOf(base.m) - 1 + n;
      return { type: 'DATE', value: `${fmtYear(Math.floor(q / 4))}-Q${(q % 4) + 1}`, ...kind };
    }
    case 'year':
      return { type: 'DATE', value: fmtYear(base.y + n), ...kind };
    case 'decade':
      return { type: 'DATE', value: String(Math.floor(base.y / 10) + n).padStart(3, '0'), ...kind };
    case 'century':
      return { type: 'DATE', value: String(Math.floor(base.y / 100) + n).padStart(2, '0'), ...kind };
    case 'millennium':
      return { type: 'DATE', value: String(Math.floor(base.y / 1000) + n), ...kind };
  }
}

/** Records a resolved date as the narrative's latest mention at each granularity it carries. */
export function advanceNarrative(narrative: Narrative, value: string, index: number): void {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T)/.exec(value);
  if (!m) return;
  const y = Number(m[1]);
  narrative.year = { y, index };
  if (m[2]) narrative.month = { y, m: Number(m[2]), index };
  if (m[3]) narrative.day = { value: { y, m: Number(m[2]), d: Number(m[3]) }, index };
}
