// World geometry for the offline map: world-atlas (Natural Earth) TopoJSON turned into GeoJSON once, coordinates
// rounded to 0.01 degree, each country tagged with its ISO alpha-3 code and centre (world-countries).
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Countries } from 'world-countries';

const require = createRequire(import.meta.url);

let cached: Buffer | null = null;

const round = (v: unknown): unknown => (typeof v === 'number' ? Math.round(v * 100) / 100 : Array.isArray(v) ? v.map(round) : v);

export function worldGeoJson(): Buffer {
  if (cached) return cached;
  const topo = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = require('world-countries') as Countries;
  const byNumeric = new Map(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));
  const fc = feature(topo, topo.objects.countries);
  const features = fc.features.map((f) => {
    const c = byNumeric.get(String(f.id ?? ''));
    return {
      type: 'Feature',
      id: c?.cca3 ?? String(f.id ?? ''),
      properties: { name: c?.name.common ?? f.properties?.name ?? '', iso3: c?.cca3 ?? null },
      geometry: { type: f.geometry.type, coordinates: round((f.geometry as { coordinates: unknown }).coordinates) },
    };
  });
  // Names and centres of every country, also those too small to have a shape at this scale.
  const names = Object.fromEntries(countries.map((c) => [c.cca3, { name: c.name.common, lat: c.latlng[0], lon: c.latlng[1] }]));
  cached = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features, countries: names }));
  return cached;
}
