// PLOVER scores (-10 most conflictual .. +10 most cooperative), base per type and per mode,
// as tabled in shared/ontology/PLOVER.md.
import type { PloverType, QuadClass } from '../../model.ts';

const BASE: Record<PloverType, number> = {
  AGREE: 2.5, CONSULT: 2.5, SUPPORT: 5, CONCEDE: 4.5, COOPERATE: 9.5, AID: 10, RETREAT: 6.5,
  REQUEST: 0, ACCUSE: -2, REJECT: -2, THREATEN: -3.5,
  SANCTION: -6, PROTEST: -5, MOBILIZE: -5.5, COERCE: -7, ASSAULT: -9,
};

const BY_MODE: Partial<Record<PloverType, Record<string, number>>> = {
  CONSULT: { visit: 4, 'third-party': 1, multilateral: 4, phone: 1.5 },
  RETREAT: { withdraw: 8, release: 6.5, disarm: 10, ceasefire: 7.5, access: 6.5, resign: 4.5 },
  REQUEST: { assist: 0.5, change: -1, yield: -1, meet: 0 },
  ACCUSE: { disapprove: -2, investigate: -3.5, allege: -3.5 },
  REJECT: { assist: -1.5 },
  THREATEN: { restrict: -3, territory: -4 },
  SANCTION: { expel: -5.5 },
  PROTEST: { riot: -7 },
  MOBILIZE: { troops: -6.5, weapons: -6.5, police: -5.5, militia: -6 },
  ASSAULT: { aerial: -9.5, drone: -9.5, 'heavy-weapons': -9.5, explosives: -9, firearms: -9 },
};

export function ploverScore(type: PloverType, mode: string | null): number {
  return (mode != null ? BY_MODE[type]?.[mode] : undefined) ?? BASE[type];
}

export function quadClass(type: PloverType): QuadClass {
  if (['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE'].includes(type)) return 'verbal-cooperation';
  if (['COOPERATE', 'AID', 'RETREAT'].includes(type)) return 'material-cooperation';
  if (['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN'].includes(type)) return 'verbal-conflict';
  return 'material-conflict';
}

// The same classes as quadClass, as set look-ups (read for every trigger).
const VERBAL = new Set<string>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);
const COOPERATIVE = new Set<string>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
export const isMaterial = (t: PloverType) => !VERBAL.has(t);
export const isConflict = (t: PloverType) => !COOPERATIVE.has(t);
