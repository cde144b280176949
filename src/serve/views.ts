// Derived pictures the dashboard draws: actor network, quotes by speaker, the source-by-fact matrix, the summary.
import type { Party, StoryEvent } from '../model.ts';
import { QUAD_OF } from '../report/escalation.ts';
import { inRange, setOf } from './filters.ts';
import type { Params } from './params.ts';
import { memo, type Snapshot } from './snapshot.ts';

const partyKeys = new Map<string, Map<string | null, string>>();
/** Node id of a party: its name (lower case) and country; cached, the same parties recur in thousands of events. */
function partyKey(p: Party): string {
  let byCountry = partyKeys.get(p.name);
  if (!byCountry) partyKeys.set(p.name, (byCountry = new Map()));
  let key = byCountry.get(p.country);
  if (key === undefined) {
    if (partyKeys.size > 200_000) partyKeys.clear();
    byCountry.set(p.country, (key = `${p.name.toLowerCase()}|${p.country ?? ''}`));
  }
  return key;
}

export interface NetworkNode {
  id: string;
  name: string;
  country: string | null;
  /** Events the party takes part in, as actor or recipient. */
  events: number;
  out: number;
  in: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Number of events from source to target. */
  weight: number;
  /** Sum of their PLOVER scores. */
  score: number;
  types: Record<string, number>;
  events: string[];
}

/** Who acts on whom: one node per party, one directed edge per actor -> recipient, weighted by events. */
export function actorNetwork(events: readonly StoryEvent[]): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const node = (p: Party) => {
    const id = partyKey(p);
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { id, name: p.name, country: p.country, events: 0, out: 0, in: 0 }));
    return n;
  };
  for (const e of events) {
    const involved = new Set<NetworkNode>();
    for (const a of e.actor) involved.add(node(a));
    for (const r of e.recipient) involved.add(node(r));
    for (const n of involved) n.events++;
    for (const a of e.actor)
      for (const r of e.recipient) {
        const s = node(a), t = node(r);
        if (s === t) continue;
        const key = `${s.id}>${t.id}`;
        let edge = edges.get(key);
        if (!edge) edges.set(key, (edge = { source: s.id, target: t.id, weight: 0, score: 0, types: {}, events: [] }));
        edge.weight++;
        edge.score = Math.round((edge.score + e.score) * 100) / 100;
        edge.types[e.type] = (edge.types[e.type] ?? 0) + 1;
        if (edge.events.length < 100) edge.events.push(e.id);
        s.out++;
        t.in++;
      }
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name)),
    edges: [...edges.values()].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source)),
  };
}

export interface SpeakerRow {
  speaker: string;
  entity: string | null;
  country: string | null;
  quotes: number;
  direct: number;
  indirect: number;
  sources: string[];
}

export function speakers(snap: Snapshot, quotes = snap.quotes): SpeakerRow[] {
  const entityById = snap.entityById;
  const rows = new Map<string, SpeakerRow & { srcSet: Set<string> }>();
  for (const q of quotes) {
    const name = q.speaker ?? '(unattributed)';
    const key = name.toLowerCase();
    const ent = q.speakerEntityId ? entityById.get(q.speakerEntityId) : undefined;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { speaker: name, entity: ent?.id ?? null, country: ent?.country ?? null, quotes: 0, direct: 0, indirect: 0, sources: [], srcSet: new Set() }));
    r.quotes++;
    if (q.kind === 'direct') r.direct++;
    else r.indirect++;
    if (!r.country && ent?.country) r.country = ent.country;
    r.srcSet.add(snap.articleById.get(q.articleId)?.sourceLabel ?? q.articleId);
  }
  return [...rows.values()]
    .map(({ srcSet, ...r }) => ({ ...r, sources: [...srcSet].sort() }))
    .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
}

export interface MatrixCell {
  articles: string[];
  /** reports | claims | disputes | a value the source gives (discrepancies) */
  stance: string;
  value?: string;
  modality?: string;
  date?: string | null;
}

export interface MatrixFact {
  id: string;
  kind: 'event' | 'claim' | 'discrepancy';
  label: string;
  date: string | null;
  /** Countries of the parties (events, claims), for filtering. */
  countries: string[];
  /** Fields on which the sources differ. */
  disagreement: string[];
  cells: Record<string, MatrixCell>;
}

function partyList(ps: Party[]): string {
  return ps.map((p) => p.name).join(' & ') || '—';
}

export function eventLabel(e: Pick<StoryEvent, 'type' | 'actor' | 'recipient' | 'mode'>): string {
  return `${partyList(e.actor)} ${e.type}${e.mode ? ` (${e.mode})` : ''}${e.recipient.length ? ` ${partyList(e.recipient)}` : ''}`;
}

/** Every fact with its cells, sorted (disagreements first, then the most widely reported): built once per snapshot. */
function allFacts(snap: Snapshot): MatrixFact[] {
  const label = (a: string) => snap.articleById.get(a)?.sourceLabel ?? a;
  const facts: MatrixFact[] = [];
  const cell = (cells: Record<string, MatrixCell>, article: string, stance: string, extra: Partial<MatrixCell> = {}) => {
    const key = label(article);
    const c = (cells[key] ??= { articles: [], stance, ...extra });
    if (!c.articles.includes(article)) c.articles.push(article);
  };
  const countriesOf = (ps: Party[]) => [...new Set(ps.map((x) => x.country).filter((c): c is string => !!c))];

  for (const d of snap.story.discrepancies) {
    const cells: Record<string, MatrixCell> = {};
    for (const v of d.values) for (const a of v.articles) cell(cells, a, 'value', { value: v.value });
    facts.push({ id: d.id, kind: 'discrepancy', label: d.about, date: null, countries: [], disagreement: ['value'], cells });
  }
  for (const c of snap.story.claims) {
    const cells: Record<string, MatrixCell> = {};
    for (const a of c.articles) cell(cells, a, 'claims');
    for (const v of c.disputeEvidence ?? []) {
      const k = label(v.articleId);
      if (cells[k] && cells[k].stance === 'claims') cells[k].stance = 'claims+disputes';
      else cell(cells, v.articleId, 'disputes');
    }
    const disputed = c.status === 'disputed' || c.status === 'denied';
    facts.push({
      id: c.id, kind: 'claim', label: `${c.claimant.name}: ${c.text}`, date: null, countries: countriesOf([c.claimant, ...c.disputedBy]),
      disagreement: disputed ? ['status'] : [], cells,
    });
  }
  for (const e of snap.storyEvents) {
    const cells: Record<string, MatrixCell> = {};
    for (const m of e.members) {
      const ev = snap.eventById.get(m);
      if (!ev) continue;
      const key = label(ev.articleId);
      const prev = cells[key];
      if (!prev) cells[key] = { articles: [ev.articleId], stance: 'reports', modality: ev.modality, date: ev.date };
      else if (!prev.articles.includes(ev.articleId)) prev.articles.push(ev.articleId);
    }
    for (const a of e.articles) if (!cells[label(a)]) cell(cells, a, 'reports');
    const disagreement: string[] = [];
    const values = Object.values(cells);
    if (new Set(values.map((c) => c.modality).filter(Boolean)).size > 1) disagreement.push('modality');
    if (new Set(values.map((c) => c.date).filter(Boolean)).size > 1) disagreement.push('date');
    facts.push({ id: e.id, kind: 'event', label: eventLabel(e), date: e.date, countries: countriesOf([...e.actor, ...e.recipient]), disagreement, cells });
  }
  const width = new Map(facts.map((f) => [f, Object.keys(f.cells).length]));
  return facts.sort((a, b) => (b.disagreement.length ? 1 : 0) - (a.disagreement.length ? 1 : 0) || width.get(b)! - width.get(a)! ||
    (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Which outlet reports what, and where outlets disagree. Columns are sources (outlets, else articles). */
export function sourceMatrix(snap: Snapshot, p: Params) {
  const kinds = setOf(p.kind);
  const countries = setOf(p.country);
  const facts = memo(snap, 'matrix', () => allFacts(snap)).filter((f) =>
    (!kinds || kinds.has(f.kind)) && (!countries || f.countries.some((c) => countries.has(c))) &&
    (f.kind !== 'event' || inRange(f.date, p.from, p.to)) && (p.disagreements !== true || f.disagreement.length > 0));
  const sources = memo(snap, 'matrix-sources', () => {
    const bySource = new Map<string, { source: string; articles: string[] }>();
    for (const a of snap.articles) {
      const s = bySource.get(a.sourceLabel) ?? { source: a.sourceLabel, articles: [] };
      s.articles.push(a.id);
      bySource.set(a.sourceLabel, s);
    }
    return [...bySource.values()];
  });
  return { sources, facts };
}

export function summary(snap: Snapshot) {
  const sources = new Map<string, number>();
  for (const a of snap.articles) sources.set(a.sourceLabel, (sources.get(a.sourceLabel) ?? 0) + 1);
  const countries = new Map<string, number>();
  const types: Record<string, number> = {};
  const quads: Record<string, number> = {};
  let minDate: string | null = null, maxDate: string | null = null;
  for (const e of snap.storyEvents) {
    types[e.type] = (types[e.type] ?? 0) + 1;
    const q = QUAD_OF[e.type];
    if (q) quads[q] = (quads[q] ?? 0) + 1;
    for (const p of [...e.actor, ...e.recipient]) if (p.country) countries.set(p.country, (countries.get(p.country) ?? 0) + 1);
    if (e.date) {
      if (!minDate || e.date < minDate) minDate = e.date;
      if (!maxDate || e.date > maxDate) maxDate = e.date;
    }
  }
  const published = snap.articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  return {
    counts: {
      articles: snap.articles.length, entities: snap.count('entities'), story_entities: snap.storyCount('entity'), quotes: snap.count('quotes'),
      events: snap.count('events'), story_events: snap.storyEvents.length, claims: snap.storyCount('claim'), discrepancies: snap.storyCount('discrepancy'),
    },
    story_resolved: snap.storyResolved,
    published: { from: published[0] ?? null, to: published.at(-1) ?? null },
    event_dates: { from: minDate, to: maxDate },
    sources: [...sources].map(([source, articles]) => ({ source, articles })).sort((a, b) => b.articles - a.articles || a.source.localeCompare(b.source)),
    countries: [...countries].map(([country, events]) => ({ country, events })).sort((a, b) => b.events - a.events || a.country.localeCompare(b.country)),
    types, quads,
    loaded_at: snap.loadedAt,
  };
}
