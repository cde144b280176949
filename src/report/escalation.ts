// Escalation curves: per country pair and day, the sum of PLOVER scores and the count of events per quad class
// (../shared/ontology/PLOVER.md). Story events are used, so an event reported by five outlets counts once.
import type { PloverType, QuadClass, StoryEvent } from '../model.ts';

export const QUAD_CLASSES: readonly QuadClass[] = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];

export const QUAD_OF: Record<PloverType, QuadClass> = {
  AGREE: 'verbal-cooperation', CONSULT: 'verbal-cooperation', SUPPORT: 'verbal-cooperation', CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation', AID: 'material-cooperation', RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict', ACCUSE: 'verbal-conflict', REJECT: 'verbal-conflict', THREATEN: 'verbal-conflict',
  SANCTION: 'material-conflict', PROTEST: 'material-conflict', MOBILIZE: 'material-conflict', COERCE: 'material-conflict', ASSAULT: 'material-conflict',
};

export type QuadCounts = Record<QuadClass, number>;

export interface EscalationDay {
  date: string;
  /** Sum of the PLOVER scores of the day's events between the pair. */
  score: number;
  count: number;
  quad: QuadCounts;
  /** Ids of the day's events, the first MAX_DAY_EVENTS of them (count has them all). */
  events: string[];
}

export const MAX_DAY_EVENTS = 50;

export interface EscalationSeries {
  /** The two countries, ISO alpha-3, in alphabetical order (the dyad is undirected). */
  pair: [string, string];
  days: EscalationDay[];
  total: { score: number; count: number; quad: QuadCounts };
  /** Events between the pair with no full date, left off the curve. */
  undated: number;
}

const emptyQuad = (): QuadCounts => ({ 'verbal-cooperation': 0, 'material-cooperation': 0, 'verbal-conflict': 0, 'material-conflict': 0 });

/** The undirected country pairs of an event: every actor country with every recipient country (reciprocal events: actors with each other). */
export function countryPairs(e: Pick<StoryEvent, 'actor' | 'recipient'>): [string, string][] {
  // The common case, one country on each side, without building sets.
  if (e.actor.length === 1 && e.recipient.length === 1) {
    const a = e.actor[0].country, r = e.recipient[0].country;
    return a && r && a !== r ? [a < r ? [a, r] : [r, a]] : [];
  }
  const actors = [...new Set(e.actor.map((p) => p.country).filter((c): c is string => !!c))];
  const recipients = [...new Set(e.recipient.map((p) => p.country).filter((c): c is string => !!c))];
  const keys = new Set<string>();
  const add = (a: string, b: string) => {
    if (a !== b) keys.add(a < b ? `${a}-${b}` : `${b}-${a}`);
  };
  if (recipients.length) for (const a of actors) for (const r of recipients) add(a, r);
  else for (const a of actors) for (const b of actors) add(a, b);
  return [...keys].map((k) => k.split('-') as [string, string]);
}

export function escalation(events: readonly StoryEvent[]): EscalationSeries[] {
  const series = new Map<string, { pair: [string, string]; days: Map<string, EscalationDay>; undated: number }>();
  for (const e of events) {
    const quad = QUAD_OF[e.type];
    for (const pair of countryPairs(e)) {
      const key = `${pair[0]}-${pair[1]}`;
      let s = series.get(key);
      if (!s) series.set(key, (s = { pair, days: new Map(), undated: 0 }));
      if (!e.date || !/^\d{4}-\d{2}-\d{2}$/.test(e.date)) {
        s.undated++;
        continue;
      }
      let d = s.days.get(e.date);
      if (!d) s.days.set(e.date, (d = { date: e.date, score: 0, count: 0, quad: emptyQuad(), events: [] }));
      d.score += e.score;
      d.count++;
      if (quad) d.quad[quad]++;
      if (d.events.length < MAX_DAY_EVENTS) d.events.push(e.id);
    }
  }
  const out: EscalationSeries[] = [];
  for (const s of series.values()) {
    const days = [...s.days.values()].sort((a, b) => a.date.localeCompare(b.date));
    const total = { score: 0, count: 0, quad: emptyQuad() };
    for (const d of days) {
      d.score = Math.round(d.score * 100) / 100;
      total.score += d.score;
      total.count += d.count;
      for (const q of QUAD_CLASSES) total.quad[q] += d.quad[q];
    }
    total.score = Math.round(total.score * 100) / 100;
    out.push({ pair: s.pair, days, total, undated: s.undated });
  }
  // Busiest pairs first.
  return out.sort((a, b) => b.total.count + b.undated - (a.total.count + a.undated) || a.pair.join().localeCompare(b.pair.join()));
}
