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
    const values: Value[] = [];
    for (const x of single) for (const y of single) {
      if (x.doc === y.doc || y.day !== x.day + 1) continue;
      // Same news cycle: published within a day of each other, both after the later day.
      const px = dayNumber(x.doc.article.published) ?? x.day, py = dayNumber(y.doc.article.published) ?? y.day;
      if (Math.abs(px - py) > 1 || Math.min(px, py) < y.day) continue;
      for (const r of [x, y]) addValue(values, `${WEEKDAYS[new Date(r.day * 86400000).getUTCDay()]} ${r.event.date}`, r.doc, r.event.start);
    }
    const kept = disjoint(values);
    if (kept.length >= 2) out.push({ id: '', about: `date of ${label}`, values: kept });
  }
  return out;
}
