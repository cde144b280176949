// Actor network: who acts on whom. Node size: events the party takes part in; edge width: number of events
// from actor to recipient; edge colour: their summed PLOVER score (red conflict, blue cooperation).
import { get } from '../lib/api.js';
import { add, empty, h, s } from '../lib/dom.js';
import { showEvidence } from '../lib/evidence.js';
import { eventLabel, hashColor, plural, scoreColor } from '../lib/format.js';

const MAX_NODES = 60;

/** Fruchterman-Reingold layout, deterministic: nodes start on a circle; repulsion k²/d, attraction d²/k, cooling. */
function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const margin = 70;
  nodes.forEach((d, i) => {
    const a = (2 * Math.PI * i) / n;
    d.x = width / 2 + (width / 4) * Math.cos(a);
    d.y = height / 2 + (height / 4) * Math.sin(a);
  });
  const byId = new Map(nodes.map((d) => [d.id, d]));
  const links = edges.map((e) => [byId.get(e.source), byId.get(e.target)]).filter(([a, b]) => a && b);
  const k = Math.sqrt(((width - 2 * margin) * (height - 2 * margin)) / Math.max(1, n)) * 0.75;
  const steps = 300;
  for (let it = 0; it < steps; it++) {
    const temp = (width / 10) * (1 - it / steps) + 1;
    for (const d of nodes) (d.vx = 0), (d.vy = 0);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / d / d;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    for (const [a, b] of links) {
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = d / k;
      a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
    }
    for (const d of nodes) {
      // A little gravity keeps parties without links on the page.
      d.vx += (width / 2 - d.x) * 0.05;
      d.vy += (height / 2 - d.y) * 0.05;
      const m = Math.max(Math.hypot(d.vx, d.vy), 0.01);
      const step = Math.min(m, temp);
      d.x = Math.min(width - margin, Math.max(margin, d.x + (d.vx / m) * step));
      d.y = Math.min(height - 30, Math.max(30, d.y + (d.vy / m) * step));
    }
  }
}

async function openEvents(title, ids, facts) {
  const found = await Promise.all(ids.slice(0, 30).map((id) => get(`/api/events/${encodeURIComponent(id)}`).then((r) => r.event)));
  showEvidence(title, facts, found.map((e) => ({ heading: `${e.date ?? 'undated'} · ${eventLabel(e)}`, sources: e.sources })));
}

export async function render(root, { filters }) {
  const data = await get('/api/network', filters);
  add(root, h('h1', null, 'Actor network'));
  if (!data.edges.length) {
    add(root, empty('No event with both an actor and a recipient matches.'));
    return;
  }
  const keep = new Set(data.nodes.filter((d) => d.out + d.in > 0).slice(0, MAX_NODES).map((d) => d.id));
  const nodes = data.nodes.filter((d) => keep.has(d.id)).map((d) => ({ ...d }));
  const edges = data.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const width = 1000, height = 560;
  layout(nodes, edges, width, height);
  const byId = new Map(nodes.map((d) => [d.id, d]));
  const maxW = Math.max(...edges.map((e) => e.weight));
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart network', role: 'img', 'aria-label': 'Actor network' },
    s('defs', null, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
      s('path', { d: 'M0 0L10 5L0 10z', fill: '#666' }))));
  const r = (d) => 6 + 3 * Math.sqrt(d.events);
  for (const e of edges) {
    const a = byId.get(e.source), b = byId.get(e.target);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy));
    // Bend edges a little so a -> b and b -> a stay apart.
    const mx = (a.x + b.x) / 2 - (dy / d) * 18, my = (a.y + b.y) / 2 + (dx / d) * 18;
    const ex = b.x - (dx / d) * (r(b) + 2), ey = b.y - (dy / d) * (r(b) + 2);
    const types = Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(', ');
    const title = `${a.name} → ${b.name}`;
    add(svg, s('path', {
      d: `M${a.x} ${a.y}Q${mx} ${my} ${ex} ${ey}`, fill: 'none', stroke: scoreColor(e.score / e.weight), 'stroke-width': 1.5 + 5 * (e.weight / maxW),
      'marker-end': 'url(#arrow)', class: 'edge', tabindex: 0, 'data-source': e.source, 'data-target': e.target,
      onclick: () => openEvents(title, e.events, [['Events', e.weight], ['Score sum', e.score], ['Types', types]]),
      onkeydown: (ev) => ev.key === 'Enter' && openEvents(title, e.events, [['Events', e.weight], ['Score sum', e.score], ['Types', types]]),
    }, s('title', null, `${title}: ${plural(e.weight, 'event')} (${types}), score ${e.score}`)));
  }
  for (const d of nodes) {
    const g = s('g', { class: 'node', transform: `translate(${d.x} ${d.y})`, 'data-id': d.id },
      s('circle', { r: r(d), fill: d.country ? hashColor(d.country) : '#777', stroke: '#fff', 'stroke-width': 1.5 }),
      s('text', { y: r(d) + 13, 'text-anchor': 'middle', class: 'node-label' }, d.name),
      s('title', null, `${d.name}${d.country ? ` (${d.country})` : ''}: ${plural(d.events, 'event')}, acts ${d.out}, acted on ${d.in}`));
    add(svg, g);
  }
  add(root, h('div', { class: 'chart-wrap' }, svg));
  if (data.nodes.length > nodes.length) add(root, h('p', { class: 'muted' }, `The ${MAX_NODES} most active of ${data.nodes.length} parties are drawn.`));
  add(root, h('h2', null, 'Strongest links'), h('table', { class: 'list edges' },
    h('thead', null, h('tr', null, ['Actor', 'Recipient', 'Events', 'Score sum', 'Types'].map((t) => h('th', null, t)))),
    h('tbody', null, data.edges.slice(0, 40).map((e) => {
      const a = data.nodes.find((x) => x.id === e.source), b = data.nodes.find((x) => x.id === e.target);
      const title = `${a.name} → ${b.name}`;
      return h('tr', { class: 'clickable', onclick: () => openEvents(title, e.events, [['Events', e.weight], ['Score sum', e.score]]) },
        h('td', null, a.name), h('td', null, b.name), h('td', { class: 'num' }, String(e.weight)), h('td', { class: 'num' }, String(e.score)),
        h('td', null, Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(', ')));
    }))));
}
