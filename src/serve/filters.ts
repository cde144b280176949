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

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

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
  return snap.storyEvents.filter((e) => match(e, e.articles));
}

export function page<T>(items: T[], p: Params): { items: T[]; total: number; limit: number; offset: number } {
  const limit = (p.limit as number) ?? 100;
  const offset = (p.offset as number) ?? 0;
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}
