// One event per distinct happening per article: a call or strike the text mentions twice is coded once.
import type { Event, Party } from '../../model.ts';
import { isMaterial } from './score.ts';

/** Same party: the same person where both are people, else the same state, else the same name. */
export function sameParty(a: Party, b: Party, isPerson: (p: Party) => boolean, strictPeople = false): boolean {
  if (isPerson(a) && isPerson(b)) return a.entityId === b.entityId;
  // A meeting with a named person and one with a state are told apart.
  if (strictPeople && isPerson(a) !== isPerson(b)) return false;
  if (a.country && b.country) return a.country === b.country;
  if (a.entityId && b.entityId) return a.entityId === b.entityId;
  return a.name.toLowerCase() === b.name.toLowerCase();
}

export function samePartySet(a: Party[], b: Party[], isPerson: (p: Party) => boolean, strictPeople = false): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => sameParty(x, y, isPerson, strictPeople))) && b.every((y) => a.some((x) => sameParty(x, y, isPerson, strictPeople)));
}

/** Dates that can name the same happening: equal, one unknown, or a day inside the other's month. */
export function datesCompatible(a: string | null, b: string | null, loose: boolean): boolean {
  if (!a || !b) return true;
  if (a === b) return true;
  if (!loose) return false;
  return (a.length === 7 && b.startsWith(a)) || (b.length === 7 && a.startsWith(b));
}

function mergeInto(keep: Event, drop: Event): void {
  if (!keep.date || (drop.date && drop.date.length > keep.date.length)) keep.date = drop.date;
  keep.mode ??= drop.mode;
  keep.location ??= drop.location;
  keep.geo ??= drop.geo;
  // A happening reported as fact anywhere in the article is asserted.
  if (drop.modality === 'asserted' && (keep.modality === 'claimed')) keep.modality = 'asserted';
}

/** Merge events of one article that describe the same happening. Keeps the first mention's evidence. */
// Material acts other than attacks are told apart by what was done: closing a border, suspending a
// treaty and revoking visas are three sanctions even on one day.
const BY_ACT = new Set(['SANCTION', 'COERCE', 'AID', 'RETREAT', 'MOBILIZE', 'COOPERATE', 'PROTEST']);
const actOf = (e: Event) => e.trigger.toLowerCase().replace(/(ing|ed|es|s|e)$/, '');

export function dedupeArticleEvents(events: Event[], isPerson: (p: Party) => boolean = () => false): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const twin = out.find((o) =>
      o.type === e.type &&
      (!BY_ACT.has(e.type) || actOf(o) === actOf(e)) &&
      // Two calls named in one sentence with one partner ("met X ... in a visit") are one call.
      samePartySet(o.actor, e.actor, isPerson, e.type !== 'ASSAULT') && samePartySet(o.recipient, e.recipient, isPerson, e.type === 'CONSULT' && o.sentenceIndex !== e.sentenceIndex) &&
      datesCompatible(o.date, e.date, Math.abs(o.sentenceIndex - e.sentenceIndex) <= 2) &&
      (!o.mode || !e.mode || o.mode === e.mode) &&
      (o.modality === e.modality || o.modality === 'asserted' || e.modality === 'asserted') &&
      // Two requests in one sentence with different asks are two requests.
      !(o.sentenceIndex === e.sentenceIndex && o.trigger === e.trigger && o.start !== e.start));
    if (twin) mergeInto(twin, e);
    else out.push(e);
  }
  return out;
}
