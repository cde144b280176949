// The date of one event: two reports of the same news cycle placing the same named persons' meeting
// or call on neighbouring days ("Tuesday" in one, "Wednesday (March 4)" in the other), each
// report knowing only its own day.
import type { AnalyzedArticle, Discrepancy, Entity, Event } from '../../model.ts';
import { addValue, dayNumber, disjoint, personKey, type StoryView, type Value } from './shared.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const VERB: Partial<Record<Event['type'], string>> = {
  CONSULT: 'talks', AGREE: 'agreement', REQUEST: 'appeal', SUPPORT: 'support', ACCUSE: 'accusation', THREATEN: 'threat',
  REJECT: 'rejection', AID: 'aid', ASSAULT: 'attack', SANCTION: 'measures', PROTEST: 'protest', COERCE: 'coercion',
};

const SYMMETRIC = new Set<Event['type']>(['CONSULT', 'COOPERATE']);

function personOf(doc: AnalyzedArticle, side: Event['actor']): Entity | null {
  if (side.length !== 1 || !side[0].entityId) return null;
  const e = doc.entities.find((x) => x.id === side[0].entityId);
  return e && e.type === 'PERSON' ? e : null;
}

interface Report { doc: AnalyzedArticle; event: Event; day: number }

function add(values: Value[], r: Report): void {
  addValue(values, `${WEEKDAYS[new Date(r.day * 86400000).getUTCDay()]} ${r.event.date}`, r.doc, r.event.start);
}

/**
 * The values of reports x and y placing the event on following days (y the day after x) in the same news
 * cycle: published within a day of each other, both after the later day. Values and evidence come in the
 * order of a walk over every pair (x, y) adding x then y; each report's addition counts once, so each x
 * reads only the reports of the next day published on a fitting day that are not added yet.
 */
function nextDayPairs(single: Report[]): Value[] {
  const values: Value[] = [];
  const published = single.map((r) => dayNumber(r.doc.article.published) ?? r.day);
  // Reports by day and publication day, in their order; `open` keeps those not added yet.
  const all = new Map<string, number[]>(), open = new Map<string, number[]>();
  single.forEach((r, i) => {
    const k = `${r.day}|${published[i]}`;
    (all.get(k) ?? all.set(k, []).get(k)!).push(i);
    (open.get(k) ?? open.set(k, []).get(k)!).push(i);
  });
  const added = new Uint8Array(single.length);
  single.forEach((x, i) => {
    const px = published[i], day = x.day + 1;
    const keys: string[] = [];
    for (const py of [px - 1, px, px + 1]) if (Math.min(px, py) >= day) keys.push(`${day}|${py}`);
    // x is added with the first y of another report, whether or not that y was added before.
    if (!keys.some((k) => (all.get(k) ?? []).some((j) => single[j].doc !== x.doc))) return;
    if (!added[i]) (add(values, x), (added[i] = 1));
    const ys: number[] = [];
    for (const k of keys) {
      const list = open.get(k);
      if (!list) continue;
      for (const j of list) if (!added[j] && single[j].doc !== x.doc) ys.push(j);
    }
    ys.sort((a, b) => a - b);
    for (const j of ys) if (!added[j]) (add(values, single[j]), (added[j] = 1));
    for (const k of keys) {
      const list = open.get(k);
      if (list) open.set(k, list.filter((j) => !added[j]));
    }
  });
  return values;
}

export function eventDateDiscrepancies(view: StoryView): Discrepancy[] {
  const byKey = new Map<string, { label: string; reports: Report[] }>();
  for (const doc of view.articles) for (const ev of doc.events) {
    const day = dayNumber(ev.date);
    if (day === null || ev.modality === 'planned' || ev.modality === 'negated') continue;
    const a = personOf(doc, ev.actor), r = personOf(doc, ev.recipient);
    if (!a || !r) continue;
    // A meeting or a call is the same event whichever side the report starts from.
    const pair = [personKey(view, a), personKey(view, r)];
    if (SYMMETRIC.has(ev.type)) pair.sort();
    const key = `${ev.type}|${pair.join('|')}`;
    const label = `${a.name}'s ${VERB[ev.type] ?? ev.type.toLowerCase()} with ${r.name}`;
    (byKey.get(key) ?? byKey.set(key, { label, reports: [] }).get(key)!).reports.push({ doc, event: ev, day });
  }
  const out: Discrepancy[] = [];
  for (const { label, reports } of byKey.values()) {
    const days = new Map<string, Set<number>>();
    for (const r of reports) (days.get(r.doc.article.id) ?? days.set(r.doc.article.id, new Set()).get(r.doc.article.id)!).add(r.day);
    // Only reports that give one day for it can contradict each other.
    const single = reports.filter((r) => days.get(r.doc.article.id)!.size === 1);
    const kept = disjoint(nextDayPairs(single));
    if (kept.length >= 2) out.push({ id: '', about: `date of ${label}`, values: kept });
  }
  return out;
}
