// Record filters shared by the list routes: dates, parties (actor, recipient, country), types, sources.
import type { Party, PloverType, StoryEvent } from '../model.ts';
import { QUAD_OF } from '../report/escalation.ts';
import type { Params } from './params.ts';
import type { Snapshot } from './snapshot.ts';

/** A record date (YYYY-MM-DD or YYYY-MM) overlaps [from, to]; undated records never match a date filter. */
export function inRange(date: string | null | undefined, from?: unknown, to?: unknown): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (typeof from === 'string' && date < from.slice(0, date.length)) return false;
  if (typeof to === 'string' && date > to.slice(0, date.length)) return false;
  return true;
}

// Case- and accent-insensitive matching; names repeat across records, so each string is folded once.
const folded = new Map<string, string>();
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.size > 500_000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

/** A party filter: an ISO alpha-3 code matches the country, anything else a case-insensitive part of the name. */
export function partyMatcher(q: unknown): ((parties: Party[]) => boolean) | null {
  if (typeof q !== 'string') return null;
  if (/^[A-Z]{3}$/.test(q)) return (ps) => ps.some((p) => p.country === q);
  const needle = fold(q);
  return (ps) => ps.some((p) => fold(p.name).includes(needle) || p.country === q.toUpperCase());
}

export function textMatcher(q: unknown): ((s: string | null | undefined) => boolean) | null {
  if (typeof q !== 'string') return null;
  const needle = fold(q);
  return (s) => !!s && fold(s).includes(needle);
}

/** Outlet filter: matches the article's source label, case-insensitively. */
export function sourceMatcher(snap: Snapshot, q: unknown): ((articleId: string) => boolean) | null {
  if (typeof q !== 'string') return null;
  const needle = q.toLowerCase();
  return (id) => (snap.articleById.get(id)?.sourceLabel ?? id).toLowerCase() === needle;
}

export const setOf = (v: unknown): Set<string> | null => (Array.isArray(v) ? new Set(v as string[]) : typeof v === 'string' ? new Set([v]) : null);

type EventLike = { type: PloverType; modality: string; actor: Party[]; recipient: Party[]; date: string | null; geo: unknown };

/**
 * Filters common to article and story events, as one predicate built from the active checks only
 * (null when no filter is given, so a plain page is a slice).
 */
export function eventMatcher(snap: Snapshot, p: Params): ((e: EventLike, articles: string[] | string) => boolean) | null {
  const checks: ((e: EventLike, articles: string[] | string) => boolean)[] = [];
  const types = setOf(p.type);
  if (types) checks.push((e) => types.has(e.type));
  const quads = setOf(p.quad);
  if (quads) checks.push((e) => quads.has(QUAD_OF[e.type]));
  const modalities = setOf(p.modality);
  if (modalities) checks.push((e) => modalities.has(e.modality));
  if (p.from || p.to) checks.push((e) => inRange(e.date, p.from, p.to));
  const countries = setOf(p.country);
  if (countries) checks.push((e) => e.actor.some((x) => !!x.country && countries.has(x.country)) || e.recipient.some((x) => !!x.country && countries.has(x.country)));
  const actor = partyMatcher(p.actor);
  if (actor) checks.push((e) => actor(e.actor));
  const recipient = partyMatcher(p.recipient);
  if (recipient) checks.push((e) => recipient(e.recipient));
  const source = sourceMatcher(snap, p.source);
  if (source) checks.push((_e, a) => (typeof a === 'string' ? source(a) : a.some(source)));
  const article = p.article;
  if (typeof article === 'string') checks.push((_e, a) => (typeof a === 'string' ? a === article : a.includes(article)));
  if (p.located === true) checks.push((e) => !!e.geo);
  if (p.located === false) checks.push((e) => !e.geo);
  if (!checks.length) return null;
  return (e, a) => {
    for (const c of checks) if (!c(e, a)) return false;
    return true;
  };
}

export function filterStoryEvents(snap: Snapshot, p: Params): readonly StoryEvent[] {
  const match = eventMatcher(snap, p);
  return match ? toArray(candidates(snap.storyEvents, snap.storyEventIndex, p).items).filter((e) => match(e, e.articles)) : snap.storyEvents;
}

/** A sequence to page through without copying it: an array, or positions into one. */
export interface View<T> {
  readonly length: number;
  at(i: number): T | undefined;
}

export function viewOf<T>(items: readonly T[], positions: readonly number[]): View<T> {
  return { length: positions.length, at: (i) => items[positions[i]] };
}

export function toArray<T>(v: View<T>): T[] {
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) out.push(v.at(i)!);
  return out;
}

/** One page of the items that match, and how many match: no intermediate array of every match. */
export function pageWhere<T>(items: View<T>, keep: ((x: T, i: number) => boolean) | null, p: Params): { items: T[]; total: number; limit: number; offset: number } {
  const limit = (p.limit as number) ?? 100;
  const offset = (p.offset as number) ?? 0;
  if (!keep) {
    const out: T[] = [];
    for (let i = offset; i < Math.min(items.length, offset + limit); i++) out.push(items.at(i)!);
    return { items: out, total: items.length, limit, offset };
  }
  const out: T[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const x = items.at(i)!;
    if (!keep(x, i)) continue;
    if (total >= offset && out.length < limit) out.push(x);
    total++;
  }
  return { items: out, total, limit, offset };
}

export function page<T>(items: readonly T[], p: Params): { items: T[]; total: number; limit: number; offset: number } {
  const limit = (p.limit as number) ?? 100;
  const offset = (p.offset as number) ?? 0;
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

type Indexable = { type: PloverType; actor: Party[]; recipient: Party[]; date: string | null };

/** Positions of events by country (actor or recipient, either and each), by type and by source: a filter starts from the shortest list. */
export interface EventIndex {
  byCountry: Map<string, number[]>;
  byType: Map<string, number[]>;
  bySource: Map<string, number[]>;
  /** Countries of the actors only, and of the recipients only. */
  byActor: Map<string, number[]>;
  byRecipient: Map<string, number[]>;
}

export function buildEventIndex<T extends Indexable>(items: readonly T[], articlesOf: (x: T) => string[], sourceOf: (article: string) => string): EventIndex {
  const byCountry = new Map<string, number[]>(), byType = new Map<string, number[]>(), bySource = new Map<string, number[]>();
  const byActor = new Map<string, number[]>(), byRecipient = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number) => {
    const list = m.get(k);
    if (!list) m.set(k, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  items.forEach((e, i) => {
    push(byType, e.type, i);
    for (const p of e.actor) if (p.country) (push(byCountry, p.country, i), push(byActor, p.country, i));
    for (const p of e.recipient) if (p.country) (push(byCountry, p.country, i), push(byRecipient, p.country, i));
    for (const a of articlesOf(e)) push(bySource, sourceOf(a).toLowerCase(), i);
  });
  return { byCountry, byType, bySource, byActor, byRecipient };
}

/** Sorted union of sorted position lists, merged pairwise in linear time. */
export function union(lists: number[][]): number[] {
  if (!lists.length) return [];
  let acc = lists[0];
  for (let k = 1; k < lists.length; k++) {
    const b = lists[k], out: number[] = [];
    let i = 0, j = 0;
    while (i < acc.length || j < b.length) {
      const x = i < acc.length ? acc[i] : Infinity, y = j < b.length ? b[j] : Infinity;
      if (x === y) (out.push(x), i++, j++);
      else if (x < y) (out.push(x), i++);
      else (out.push(y), j++);
    }
    acc = out;
  }
  return acc;
}

/** Positions of items under each of their keys (types, countries ...), in item order. */
export function positions<T>(items: readonly T[], keys: (x: T) => Iterable<string | null | undefined>): Map<string, number[]> {
  const m = new Map<string, number[]>();
  items.forEach((x, i) => {
    for (const k of keys(x)) {
      if (!k) continue;
      const list = m.get(k);
      if (!list) m.set(k, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return m;
}

/** First position whose date key is >= v (items sorted by date, undated last). */
function lowerBound(items: readonly { date: string | null }[], v: string): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid].date ?? '\uffff') < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Filters an index answers exactly on its own: with one of them alone, no record needs checking. */
const INDEX_EXACT = new Set(['country', 'type', 'source']);

/** The query parameters that filter (not paging or level). */
export function activeFilters(p: Params): string[] {
  return Object.keys(p).filter((k) => p[k] !== undefined && k !== 'limit' && k !== 'offset' && k !== 'level');
}

/**
 * The items a filter can match, in their order: the smallest of what the filter's dates (items are sorted by
 * date), country, type, actor/recipient country or source narrow to; every item when none applies.
 * exact: the index alone answers the filter, so the matcher need not run.
 */
export function candidates<T extends { date: string | null }>(items: readonly T[], index: EventIndex, p: Params): { items: View<T>; exact: boolean } {
  const options: { size: number; take: () => View<T> }[] = [];
  const byList = (list: number[]) => options.push({ size: list.length, take: () => viewOf(items, list) });
  const lists = (m: Map<string, number[]>, keys: Iterable<string>) => union([...keys].map((k) => m.get(k) ?? []));
  const countries = setOf(p.country);
  if (countries) byList(lists(index.byCountry, countries));
  const types = setOf(p.type);
  if (types) byList(lists(index.byType, types));
  const code = (k: 'actor' | 'recipient') => typeof p[k] === 'string' && /^[A-Z]{3}$/.test(p[k] as string);
  if (code('actor')) byList(index.byActor.get(p.actor as string) ?? []);
  if (code('recipient')) byList(index.byRecipient.get(p.recipient as string) ?? []);
  if (typeof p.source === 'string') byList(index.bySource.get(p.source.toLowerCase()) ?? []);
  if (typeof p.from === 'string' || typeof p.to === 'string') {
    // A month-only date ("2025-05") sorts before the days of its month and overlaps any range inside it.
    const lo = typeof p.from === 'string' ? lowerBound(items, p.from.slice(0, 7)) : 0;
    const hi = Math.max(lo, typeof p.to === 'string' ? lowerBound(items, `${p.to}\u0000`) : lowerBound(items, '\uffff'));
    options.push({ size: hi - lo, take: () => ({ length: hi - lo, at: (i) => items[lo + i] }) });
  }
  if (!options.length) return { items, exact: false };
  const active = activeFilters(p);
  const exact = active.length === 1 && (INDEX_EXACT.has(active[0]) || ((active[0] === 'actor' || active[0] === 'recipient') && code(active[0])));
  return { items: options.reduce((a, b) => (b.size < a.size ? b : a)).take(), exact };
}
