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

/** Filters common to article and story events. */
export function eventMatcher(snap: Snapshot, p: Params) {
  const types = setOf(p.type);
  const quads = setOf(p.quad);
  const modalities = setOf(p.modality);
  const countries = setOf(p.country);
  const actor = partyMatcher(p.actor);
  const recipient = partyMatcher(p.recipient);
  const source = sourceMatcher(snap, p.source);
  return (e: { type: PloverType; modality: string; actor: Party[]; recipient: Party[]; date: string | null; geo: unknown }, articles: string[]) => {
    if (types && !types.has(e.type)) return false;
    if (quads && !quads.has(QUAD_OF[e.type])) return false;
    if (modalities && !modalities.has(e.modality)) return false;
    if (!inRange(e.date, p.from, p.to)) return false;
    if (countries && !e.actor.some((x) => x.country && countries.has(x.country)) && !e.recipient.some((x) => x.country && countries.has(x.country))) return false;
    if (actor && !actor(e.actor)) return false;
    if (recipient && !recipient(e.recipient)) return false;
    if (source && !articles.some(source)) return false;
    if (typeof p.article === 'string' && !articles.includes(p.article)) return false;
    if (p.located === true && !e.geo) return false;
    if (p.located === false && e.geo) return false;
    return true;
  };
}

export function filterStoryEvents(snap: Snapshot, p: Params): StoryEvent[] {
  const match = eventMatcher(snap, p);
  return candidates(snap.storyEvents, snap.storyEventIndex, p).filter((e) => match(e, e.articles));
}

/** One page of the items that match, and how many match: no intermediate array of every match. */
export function pageWhere<T>(items: readonly T[], keep: (x: T) => boolean, p: Params): { items: T[]; total: number; limit: number; offset: number } {
  const limit = (p.limit as number) ?? 100;
  const offset = (p.offset as number) ?? 0;
  const out: T[] = [];
  let total = 0;
  for (const x of items) {
    if (!keep(x)) continue;
    if (total >= offset && out.length < limit) out.push(x);
    total++;
  }
  return { items: out, total, limit, offset };
}

export function page<T>(items: T[], p: Params): { items: T[]; total: number; limit: number; offset: number } {
  const limit = (p.limit as number) ?? 100;
  const offset = (p.offset as number) ?? 0;
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

type Indexable = { type: PloverType; actor: Party[]; recipient: Party[]; date: string | null };

/** Positions of events by country (actor or recipient), by type and by source: a filter starts from the shortest list. */
export interface EventIndex {
  byCountry: Map<string, number[]>;
  byType: Map<string, number[]>;
  bySource: Map<string, number[]>;
}

export function buildEventIndex<T extends Indexable>(items: readonly T[], articlesOf: (x: T) => string[], sourceOf: (article: string) => string): EventIndex {
  const byCountry = new Map<string, number[]>(), byType = new Map<string, number[]>(), bySource = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number) => {
    const list = m.get(k);
    if (!list) m.set(k, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  items.forEach((e, i) => {
    push(byType, e.type, i);
    for (const p of e.actor) if (p.country) push(byCountry, p.country, i);
    for (const p of e.recipient) if (p.country) push(byCountry, p.country, i);
    for (const a of articlesOf(e)) push(bySource, sourceOf(a).toLowerCase(), i);
  });
  return { byCountry, byType, bySource };
}

/** Sorted union of position lists. */
function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/**
 * The items a filter can match, in their order: the shortest of the index lists that the filter's
 * country, type, actor/recipient country or source narrows to; every item when none applies.
 * The full matcher still runs on each candidate.
 */
export function candidates<T>(items: readonly T[], index: EventIndex, p: Params): readonly T[] {
  const options: number[][] = [];
  const lists = (m: Map<string, number[]>, keys: Iterable<string>) => union([...keys].map((k) => m.get(k) ?? []));
  const countries = setOf(p.country);
  if (countries) options.push(lists(index.byCountry, countries));
  const types = setOf(p.type);
  if (types) options.push(lists(index.byType, types));
  for (const k of ['actor', 'recipient'] as const) if (typeof p[k] === 'string' && /^[A-Z]{3}$/.test(p[k] as string)) options.push(index.byCountry.get(p[k] as string) ?? []);
  if (typeof p.source === 'string') options.push(index.bySource.get(p.source.toLowerCase()) ?? []);
  if (!options.length) return items;
  const best = options.reduce((a, b) => (b.length < a.length ? b : a));
  return best.map((i) => items[i]);
}
