// A compact on-disk copy of the place index, so that later runs skip parsing GeoNames (about 3 s
// of CPU) and open it in a few tens of milliseconds: one text file with the places, the sorted
// lookup keys (searched by bisection, nothing parsed up front) and the admin-1 divisions.
// Written under node_modules/.cache/sitrep on first use; any failure just means no cache.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Place, PlaceKind } from './places.ts';

export interface PlaceIndex {
  named(key: string): Place[];
  admin1(code: string): Place | null;
}

const MAGIC = 'sitrep-places 1';

export function writePlaceCache(file: string, byKey: Map<string, Place[]>, admin1: Map<string, Place>): void {
  const index = new Map<Place, number>();
  const placeLines: string[] = [];
  const id = (p: Place) => {
    let i = index.get(p);
    if (i === undefined) {
      i = placeLines.length;
      index.set(p, i);
      placeLines.push([p.geonameId ?? '', p.name, p.lat, p.lon, p.country, p.admin1, p.population, p.kind].join('\t'));
    }
    return i;
  };
  const keys = [...byKey.keys()].sort();
  const keyLines = keys.map((k) => `${k}\t${byKey.get(k)!.map(id).join(',')}`);
  const adminLines = [...admin1].map(([code, p]) => `${code}\t${id(p)}`);
  const text = [MAGIC, String(placeLines.length), ...placeLines, '#K', ...keyLines, '#A', ...adminLines].join('\n') + '\n';
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function lineStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let i = from;
  while (i < to) {
    out.push(i);
    const nl = text.indexOf('\n', i);
    i = nl < 0 ? to : nl + 1;
  }
  return out;
}

export function readPlaceCache(file: string): PlaceIndex | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  if (!text.startsWith(MAGIC + '\n')) return null;
  const countEnd = text.indexOf('\n', MAGIC.length + 1);
  const count = Number(text.slice(MAGIC.length + 1, countEnd));
  const keysAt = text.indexOf('\n#K\n');
  const adminAt = text.indexOf('\n#A\n');
  if (!(count >= 0) || keysAt < 0 || adminAt < keysAt) return null;
  const places = lineStarts(text, countEnd + 1, keysAt + 1);
  const keys = lineStarts(text, keysAt + 4, adminAt + 1);
  if (places.length !== count) return null;
  const decoded = new Map<number, Place>();
  const place = (i: number): Place => {
    let p = decoded.get(i);
    if (!p) {
      const end = text.indexOf('\n', places[i]);
      const f = text.slice(places[i], end).split('\t');
      p = {
        geonameId: f[0] ? Number(f[0]) : null, name: f[1], lat: Number(f[2]), lon: Number(f[3]), country: f[4], admin1: f[5],
        population: Number(f[6]), kind: f[7] as PlaceKind,
      };
      decoded.set(i, p);
    }
    return p;
  };
  const keyAt = (i: number) => text.slice(keys[i], text.indexOf('\t', keys[i]));
  const admin1 = new Map<string, number>();
  for (const start of lineStarts(text, adminAt + 4, text.length)) {
    const line = text.slice(start, text.indexOf('\n', start));
    const [code, i] = line.split('\t');
    if (code) admin1.set(code, Number(i));
  }
  return {
    named(key: string): Place[] {
      let lo = 0;
      let hi = keys.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const k = keyAt(mid);
        if (k === key) {
          const start = keys[mid] + k.length + 1;
          return text.slice(start, text.indexOf('\n', start)).split(',').map((s) => place(Number(s)));
        }
        if (k < key) lo = mid + 1;
        else hi = mid - 1;
      }
      return [];
    },
    admin1(code: string): Place | null {
      const i = admin1.get(code);
      return i === undefined ? null : place(i);
    },
  };
}
