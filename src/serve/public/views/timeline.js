// Timeline of story events: one row per quad class, colour by quad class, size by number of sources.
import { get } from '../lib/api.js';
import { add, empty, h, s } from '../lib/dom.js';
import { showEvent } from '../lib/evidence.js';
import { dayNumber, dayString, eventLabel, plural, QUAD_COLOR, QUAD_LABEL, QUADS } from '../lib/format.js';

const radius = (e) => 4 + 3 * Math.sqrt(e.sources.length);

export function legend() {
  return h('div', { class: 'legend' },
    QUADS.map((q) => h('span', { class: 'key' }, swatch(QUAD_COLOR[q]), QUAD_LABEL[q])),
    h('span', { class: 'key' }, 'Size: number of sources'));
}

function swatch(color) {
  const el = h('i', { class: 'swatch' });
  el.style.background = color;
  return el;
}

export async function render(root, { filters }) {
  const data = await get('/api/timeline', { ...filters, limit: 1000 });
  add(root, h('h1', null, 'Timeline'), legend());
  const events = data.events;
  if (!events.length) {
    add(root, empty('No event matches.'));
    return;
  }
  // Only events with a full date go on the axis; month-only and undated ones are in the table below.
  const dated = events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date ?? ''));
  if (dated.length) add(root, chart(dated));
  add(root, h('h2', null, plural(data.total, 'event')), table(events));
  if (data.total > events.length) add(root, h('p', { class: 'muted' }, `The first ${events.length} are shown; narrow the dates or filters to see the rest.`));
}

function chart(events) {
  const width = 1000, laneH = 70, top = 24, left = 150, right = 20;
  const days = events.map((e) => dayNumber(e.date));
  let min = Math.min(...days) - 0.5, max = Math.max(...days) + 0.5;
  if (max - min < 4) {
    const mid = (min + max) / 2;
    min = mid - 2;
    max = mid + 2;
  }
  const x = (d) => left + ((d - min) / (max - min)) * (width - left - right);
  const height = top + laneH * QUADS.length + 30;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart timeline', role: 'img', 'aria-label': 'Timeline of events' });
  QUADS.forEach((q, i) => {
    const y = top + i * laneH;
    add(svg, 
      s('rect', { x: left, y, width: width - left - right, height: laneH, fill: i % 2 ? '#fafafa' : '#f2f4f7' }),
      s('text', { x: left - 8, y: y + laneH / 2 + 4, 'text-anchor': 'end', class: 'lane-label' }, QUAD_LABEL[q]),
    );
  });
  // Day ticks: at most ~12 labels.
  const step = Math.max(1, Math.ceil((max - min) / 12));
  for (let d = Math.ceil(min); d <= max; d += step) {
    add(svg, 
      s('line', { x1: x(d), x2: x(d), y1: top, y2: top + laneH * QUADS.length, stroke: '#d8dde3' }),
      s('text', { x: x(d), y: height - 10, 'text-anchor': 'middle', class: 'tick' }, dayString(d).slice(5)),
    );
  }
  // Events of one day and lane stack upwards so they do not hide each other.
  const stacks = new Map();
  for (const e of events) {
    const lane = QUADS.indexOf(e.quad);
    const d = dayNumber(e.date);
    const key = `${lane}|${d}`;
    const k = stacks.get(key) ?? 0;
    stacks.set(key, k + 1);
    const cy = top + lane * laneH + laneH - 12 - (k % 4) * 16;
    const cx = x(d) + Math.floor(k / 4) * 10;
    const c = s('circle', {
      cx, cy, r: radius(e), fill: QUAD_COLOR[e.quad] ?? '#888', 'fill-opacity': 0.8, stroke: '#fff', class: 'event-dot',
      tabindex: 0, 'data-id': e.id, onclick: () => showEvent(e, eventLabel(e)),
      onkeydown: (ev) => ev.key === 'Enter' && showEvent(e, eventLabel(e)),
    }, s('title', null, `${e.date} · ${eventLabel(e)} · ${plural(e.sources.length, 'source')}`));
    add(svg, c);
  }
  return h('div', { class: 'chart-wrap' }, svg);
}

export function table(events) {
  return h('table', { class: 'list events' },
    h('thead', null, h('tr', null, ['Date', 'Event', 'Modality', 'Score', 'Sources'].map((t) => h('th', null, t)))),
    h('tbody', null, events.map((e) => {
      const dot = h('i', { class: 'swatch' });
      dot.style.background = QUAD_COLOR[e.quad] ?? '#888';
      return h('tr', { class: 'clickable', 'data-id': e.id, tabindex: 0, onclick: () => showEvent(e, eventLabel(e)), onkeydown: (ev) => ev.key === 'Enter' && showEvent(e, eventLabel(e)) },
        h('td', { class: 'date' }, e.date ?? 'undated'),
        h('td', null, dot, eventLabel(e)),
        h('td', null, e.modality),
        h('td', { class: 'num' }, String(e.score)),
        h('td', { class: 'num' }, String(e.sources.length)));
    })));
}
