// ACLED-style CSV: one row per story event, with ACLED's column names where a column fits
// (event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1,
// assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, civilian_targeting, iso3, country, location,
// latitude, longitude, geo_precision, source, notes, fatalities, timestamp), then sitrep's own columns.
//
// Decisions, because news text is not ACLED's coded data:
// - PLOVER types map to ACLED types: ASSAULT by mode (aerial/drone: Explosions/Remote violence - Air/drone
//   strike; heavy weapons: Shelling/artillery/missile attack; explosives: Remote explosive/landmine/IED;
//   civilians as recipient, abduction, sexual violence: Violence against civilians; else Battles - Armed
//   clash); PROTEST: Protests, riots: Riots; every other type: Strategic developments.
// - fatalities: ACLED writes 0 when no figure is reported. We leave the cell EMPTY when the sources give no
//   figure and say so in fatalities_note: an empty cell is not a reported absence of deaths. When sources
//   differ, the lowest figure is used (ACLED's conservative rule) and each figure is listed in the note; a
//   sentence giving several figures counts only the one next to the event's place (see fatalities.ts).
// - an event without a date keeps an empty event_date (none is invented); a month-only date is written as
//   the month's first day with time_precision 3 (ACLED: "month").
// - text from articles that a spreadsheet would read as a formula (=, +, @, a tab) gets a leading
//   apostrophe, as OWASP recommends for CSV injection.
import type { Party, StoryEvent } from '../../model.ts';
import { countryByIso3 } from '../../extract/gazetteer/countries.ts';
import { articleIndex, evidencedEvents, partyNames, sourceLabel, type StoryInput } from './common.ts';
import { csvTable, type Cell } from './csv.ts';
import { eventFatalities, type EventFatalities } from './fatalities.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'civilian_targeting',
  'iso3', 'country', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities', 'timestamp',
  // sitrep's columns
  'fatalities_note', 'plover_type', 'plover_mode', 'modality', 'sitrep_event_id', 'articles', 'sentences',
] as const;

const CIVILIANS = /\b(?:civilians?|villagers?|residents?|people|worshippers?|pilgrims?|tourists?|students?|children|women|famil(?:y|ies)|farmers?|passengers?|refugees?)\b/i;
const STATE_FORCE = /\b(?:army|armed forces|forces|troops|military|air force|navy|police|soldiers?|government|ministry|state)\b/i;

export interface AcledType {
  disorder_type: 'Political violence' | 'Demonstrations' | 'Strategic developments';
  event_type: string;
  sub_event_type: string;
}

const isCivilian = (ps: Party[]) => ps.length > 0 && ps.every((p) => CIVILIANS.test(p.name));

/** ACLED's event and sub-event type for a PLOVER event. */
export function acledType(e: Pick<StoryEvent, 'type' | 'mode' | 'actor' | 'recipient'>): AcledType {
  const pv = (event_type: string, sub_event_type: string): AcledType => ({ disorder_type: 'Political violence', event_type, sub_event_type });
  const sd = (sub_event_type: string): AcledType => ({ disorder_type: 'Strategic developments', event_type: 'Strategic developments', sub_event_type });
  switch (e.type) {
    case 'ASSAULT':
      switch (e.mode) {
        case 'aerial': case 'drone': return pv('Explosions/Remote violence', 'Air/drone strike');
        case 'heavy-weapons': return pv('Explosions/Remote violence', 'Shelling/artillery/missile attack');
        case 'explosives': return pv('Explosions/Remote violence', 'Remote explosive/landmine/IED');
        case 'suicide-attack': return pv('Explosions/Remote violence', 'Suicide bomb');
        case 'unconventional': return pv('Explosions/Remote violence', 'Chemical weapon');
        case 'abduct': return pv('Violence against civilians', 'Abduction/forced disappearance');
        case 'sexual': return pv('Violence against civilians', 'Sexual violence');
        case 'crowd-control': return { disorder_type: 'Demonstrations', event_type: 'Protests', sub_event_type: 'Excessive force against protesters' };
        case 'destroy': return sd('Looting/property destruction');
      }
      if (isCivilian(e.recipient)) return pv('Violence against civilians', 'Attack');
      return pv('Battles', 'Armed clash');
    case 'PROTEST':
      return e.mode === 'riot'
        ? { disorder_type: 'Demonstrations', event_type: 'Riots', sub_event_type: 'Violent demonstration' }
        : { disorder_type: 'Demonstrations', event_type: 'Protests', sub_event_type: 'Peaceful protest' };
    case 'COERCE':
      return sd(e.mode === 'arrest' ? 'Arrests' : 'Other');
    case 'AGREE': case 'CONCEDE':
      return sd(/cease|truce/i.test(e.mode ?? '') ? 'Agreement' : 'Other');
    case 'RETREAT':
      return sd(e.mode === 'ceasefire' ? 'Agreement' : e.mode === 'withdraw' ? 'Non-violent transfer of territory' : 'Other');
    case 'MOBILIZE':
      return sd('Change to group/activity');
    default:
      return sd('Other');
  }
}

/** ACLED actor category, where the text makes it plain; else empty. */
function interOf(ps: Party[], e: Pick<StoryEvent, 'type'>, side: 1 | 2): string {
  if (!ps.length) return '';
  if (isCivilian(ps)) return 'Civilians';
  if (e.type === 'PROTEST' && side === 1) return 'Protesters';
  if (ps.every((p) => p.country && (STATE_FORCE.test(p.name) || countryByIso3(p.country)?.name.toLowerCase() === p.name.toLowerCase()))) return 'State forces';
  return '';
}

function safeText(s: string | null | undefined): string | null {
  if (s == null) return null;
  return /^[=+@\t\r]|^-(?!\d)/.test(s) ? `'${s}` : s;
}

function eventDate(date: string | null): { event_date: string | null; year: number | null; time_precision: number | null } {
  if (!date) return { event_date: null, year: null, time_precision: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { event_date: date, year: Number(date.slice(0, 4)), time_precision: 1 };
  if (/^\d{4}-\d{2}$/.test(date)) return { event_date: `${date}-01`, year: Number(date.slice(0, 4)), time_precision: 3 };
  return { event_date: null, year: /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null, time_precision: null };
}

/** ACLED precision: 1 the place itself, 3 only a region or a country. */
function geoPrecision(e: StoryEvent, regionNames: Set<string>): number | null {
  if (!e.geo) return null;
  if (e.location && (regionNames.has(e.location.toLowerCase()) || countryByIso3(e.geo.country ?? '')?.name.toLowerCase() === e.location.toLowerCase())) return 3;
  return 1;
}

function fatalitiesNote(f: EventFatalities, modality: string): string {
  const parts: string[] = [];
  if (f.figures.length) parts.push(`reported: ${f.figures.map((x) => `"${x.text}" (${x.article})`).join('; ')}${f.figures.length > 1 ? '; the lowest is used' : ''}`);
  for (const a of f.ambiguous) parts.push(`not tied to this event: ${a.map((x) => `"${x.text}"`).join(', ')} (${a[0].article})`);
  if (!f.figures.length) parts.unshift('unknown: no figure in the sources for this event');
  if (f.figures.length && modality !== 'asserted') parts.push(`${modality} by its source`);
  return parts.join('; ');
}

export interface AcledOptions {
  /** Unix time written in the timestamp column (default: now). */
  timestamp?: number;
}

export function acledRows(input: StoryInput, opts: AcledOptions = {}): Cell[][] {
  const byId = articleIndex(input);
  const stamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const regions = new Set(input.story.entities.filter((x) => x.type === 'LOC').map((x) => x.name.toLowerCase()));
  const perCountry = new Map<string, number>();
  return evidencedEvents(input.story).map((e) => {
    const t = acledType(e);
    const iso3 = e.geo?.country ?? null;
    const n = (perCountry.get(iso3 ?? '') ?? 0) + 1;
    perCountry.set(iso3 ?? '', n);
    const fat = e.type === 'ASSAULT' ? eventFatalities(e.evidence, e.location) : null;
    const fatalities = fat?.count ?? null;
    const note = fat ? fatalitiesNote(fat, e.modality) : '';
    const outlets = [...new Set(e.articles.map((id) => { const a = byId.get(id); return a ? sourceLabel(a) : id; }))];
    const [first, ...assocA] = e.actor;
    const [target, ...assocR] = e.recipient;
    const d = eventDate(e.date);
    const row: Record<(typeof ACLED_COLUMNS)[number], Cell> = {
      event_id_cnty: `${iso3 ?? 'XXX'}${n}`,
      ...d,
      ...t,
      actor1: safeText(first?.name),
      assoc_actor_1: safeText(partyNames(assocA)),
      inter1: interOf(e.actor, e, 1),
      actor2: safeText(target?.name),
      assoc_actor_2: safeText(partyNames(assocR)),
      inter2: interOf(e.recipient, e, 2),
      civilian_targeting: t.event_type === 'Violence against civilians' ? 'Civilian targeting' : '',
      iso3,
      country: iso3 ? (countryByIso3(iso3)?.name ?? iso3) : null,
      location: safeText(e.location),
      latitude: e.geo ? e.geo.lat : null,
      longitude: e.geo ? e.geo.lon : null,
      geo_precision: geoPrecision(e, regions),
      source: safeText(outlets.join('; ')),
      notes: safeText(e.evidence[0].text),
      fatalities,
      timestamp: stamp,
      fatalities_note: note,
      plover_type: e.type,
      plover_mode: e.mode,
      modality: e.modality,
      sitrep_event_id: e.id,
      articles: e.articles.join(';'),
      sentences: e.evidence.map((v) => `${v.articleId}:${v.sentenceIndex}`).join(';'),
    };
    return ACLED_COLUMNS.map((c) => row[c]);
  });
}

export function acledCsv(input: StoryInput, opts: AcledOptions = {}): string {
  return csvTable([...ACLED_COLUMNS], acledRows(input, opts));
}
