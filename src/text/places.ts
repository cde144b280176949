// Minimal place check for datelines and desk lines: country names and capitals
// from world-countries. The entity layer has the full gazetteer.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

const countries = createRequire(import.meta.url)('world-countries') as Countries;

let known: Set<string> | null = null;

function key(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function placeNames(): Set<string> {
  if (known) return known;
  known = new Set();
  for (const c of countries) {
    known.add(key(c.name.common));
    known.add(key(c.name.official));
    for (const cap of c.capital ?? []) {
      known.add(key(cap));
      // "Washington, D.C." is printed "Washington" and "Washington DC".
      const head = cap.split(',')[0];
      known.add(key(head));
    }
  }
  return known;
}

export function isKnownPlace(name: string): boolean {
  return placeNames().has(key(name));
}
