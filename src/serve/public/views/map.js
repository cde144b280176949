// Map of located events over offline world geometry (Natural Earth via world-atlas, served by sitrep).
// Countries are shaded by how often they act or are acted on; located events are dots (colour: quad, size: sources).
import { get } from '../lib/api.js';
import { add, empty, h, s } from '../lib/dom.js';
import { showEvent } from '../lib/evidence.js';
import { eventLabel, plural, QUAD_COLOR } from '../lib/format.js';
import { world } from '../lib/world.js';
import { legend, table } from './timeline.js';

function ringPath(ring, k) {
  return ring.map(([lon, lat], i) => `${i ? 'L' : 'M'}${(lon * k).toFixed(2)} ${(-lat).toFixed(2)}`).join('') + 'Z';
}

function geometryPath(g, k) {
  if (!g) return '';
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.map((p) => p.map((r) => ringPath(r, k)).join('')).join('');
}

export async function render(root, { filters, summary }) {
  const [geo, data] = await Promise.all([world(), get('/api/events', { ...filters, level: 'story', located: 'true', limit: 1000 })]);
  add(root, h('h1', null, 'Map of located events'), legend());
  const involvement = new Map(summary.countries.map((c) => [c.country, c.events]));
  const maxInv = Math.max(1, ...involvement.values());
  const events = data.events.filter((e) => e.geo && Number.isFinite(e.geo.lat) && Number.isFinite(e.geo.lon));

  // Fit the view to the located events, else to the countries most involved; the whole world when there is nothing to fit.
  const pts = events.map((e) => [e.geo.lon, e.geo.lat]);
  if (!pts.length)
    for (const [c, n] of involvement) {
      const info = geo.countries[c];
      if (info && n >= maxInv / 10) pts.push([info.lon, info.lat]);
    }
  let [w, so, e, n] = pts.length ? [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))] : [-180, -60, 180, 80];
  const pad = Math.max(3, (e - w) * 0.2, (n - so) * 0.2);
  w = Math.max(-180, w - pad); e = Math.min(180, e + pad); so = Math.max(-85, so - pad); n = Math.min(85, n + pad);
  const k = Math.cos((((n + so) / 2) * Math.PI) / 180); // equirectangular, true to scale at the middle latitude
  const vw = (e - w) * k, vh = n - so;
  const svg = s('svg', { viewBox: `${w * k} ${-n} ${vw} ${vh}`, class: 'chart map', role: 'img', 'aria-label': 'Map', preserveAspectRatio: 'xMidYMid meet' });
  add(svg, s('rect', { x: w * k, y: -n, width: vw, height: vh, fill: '#dfeaf3' }));
  for (const f of geo.features) {
    const inv = involvement.get(f.id) || 0;
    const fill = inv ? `hsl(30 60% ${Math.round(88 - 35 * (inv / maxInv))}%)` : '#f4f1ea';
    add(svg, s('path', { d: geometryPath(f.geometry, k), fill, stroke: '#9aa5b1', 'stroke-width': 0.6, 'vector-effect': 'non-scaling-stroke', class: 'country', 'data-iso': f.id },
      s('title', null, inv ? `${f.properties.name}: ${plural(inv, 'event')}` : f.properties.name)));
  }
  const unit = vw / 200;
  for (const ev of events) {
    const r = unit * (1.2 + 0.8 * Math.sqrt(ev.sources.length));
    add(svg, s('circle', {
      cx: ev.geo.lon * k, cy: -ev.geo.lat, r, fill: QUAD_COLOR[ev.quad] ?? '#888', 'fill-opacity': 0.8, stroke: '#fff', 'stroke-width': 1,
      'vector-effect': 'non-scaling-stroke', class: 'event-dot', tabindex: 0, 'data-id': ev.id,
      onclick: () => showEvent(ev, eventLabel(ev)), onkeydown: (x) => x.key === 'Enter' && showEvent(ev, eventLabel(ev)),
    }, s('title', null, `${ev.location ?? ''} ${ev.date ?? ''} · ${eventLabel(ev)}`)));
  }
  add(root, h('div', { class: 'chart-wrap map-wrap' }, svg));
  add(root, h('p', { class: 'muted' }, 'Shading: how many events a country takes part in. Geometry: Natural Earth (world-atlas), bundled.'));
  if (!events.length) add(root, empty('No event with a known place matches; countries are shaded by involvement.'));
  else add(root, h('h2', null, plural(events.length, 'located event')), table(events));
}
