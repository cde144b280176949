// Escalation curve per country pair: daily sum of PLOVER scores (line) over daily counts per quad class (bars).
import { get } from '../lib/api.js';
import { add, empty, h, s } from '../lib/dom.js';
import { showEvidence } from '../lib/evidence.js';
import { dayNumber, dayString, eventLabel, plural, QUAD_COLOR, QUAD_LABEL, QUADS } from '../lib/format.js';
import { countryNames } from '../lib/world.js';
import { legend } from './timeline.js';

export async function render(root, { filters, query, navigate }) {
  const [data, names] = await Promise.all([get('/api/escalation', filters), countryNames()]);
  const pairName = (p) => p.map((c) => names[c]?.name ?? c).join(' – ');
  add(root, h('h1', null, 'Escalation by country pair'));
  if (!data.series.length) {
    add(root, empty('No event between two countries matches.'));
    return;
  }
  const chosen = data.series.find((x) => x.pair.join('-') === query.get('pair')) ?? data.series[0];
  const select = h('select', { name: 'pair', 'aria-label': 'Country pair', onchange: (e) => navigate('escalation', [], { pair: e.target.value }) },
    data.series.map((x) => h('option', { value: x.pair.join('-'), selected: x === chosen }, `${pairName(x.pair)} (${plural(x.total.count + x.undated, 'event')})`)));
  add(root, h('p', null, h('label', null, 'Pair ', select)), legend());
  add(root, h('h2', null, pairName(chosen.pair)));
  if (chosen.days.length) add(root, chart(chosen));
  else add(root, empty('No dated event for this pair.'));
  if (chosen.undated) add(root, h('p', { class: 'muted' }, `${plural(chosen.undated, 'event')} without a full date left off the curve.`));
  add(root, h('h2', null, 'All pairs'), h('table', { class: 'list pairs' },
    h('thead', null, h('tr', null, ['Pair', 'Events', 'Score sum', ...QUADS.map((q) => QUAD_LABEL[q])].map((t) => h('th', null, t)))),
    h('tbody', null, data.series.map((x) => h('tr', { class: 'clickable', onclick: () => navigate('escalation', [], { pair: x.pair.join('-') }) },
      h('td', null, pairName(x.pair)), h('td', { class: 'num' }, String(x.total.count + x.undated)), h('td', { class: 'num' }, String(x.total.score)),
      QUADS.map((q) => h('td', { class: 'num' }, String(x.total.quad[q])))))),
  ));
}

async function openDay(day, pairLabel) {
  const found = await Promise.all(day.events.map((id) => get(`/api/events/${encodeURIComponent(id)}`).then((r) => r.event)));
  showEvidence(`${pairLabel}, ${day.date}`, [['Score sum', day.score], ['Events', day.count]],
    found.map((e) => ({ heading: `${eventLabel(e)} [${e.score}]`, sources: e.sources })));
}

function chart(series) {
  const width = 1000, left = 60, right = 20, lineTop = 20, lineH = 180, gap = 30, barH = 120;
  const days = series.days.map((d) => dayNumber(d.date));
  let min = Math.min(...days) - 0.5, max = Math.max(...days) + 0.5;
  if (max - min < 6) {
    const mid = (min + max) / 2;
    min = mid - 3;
    max = mid + 3;
  }
  const x = (d) => left + ((d - min) / (max - min)) * (width - left - right);
  const scores = series.days.map((d) => d.score);
  const hi = Math.max(1, ...scores), lo = Math.min(-1, ...scores);
  const y = (v) => lineTop + ((hi - v) / (hi - lo)) * lineH;
  const barTop = lineTop + lineH + gap;
  const maxCount = Math.max(1, ...series.days.map((d) => d.count));
  const bandW = Math.max(4, Math.min(40, ((width - left - right) / (max - min)) * 0.7));
  const height = barTop + barH + 30;
  const label = series.pair.join(' – ');
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart escalation', role: 'img', 'aria-label': `Escalation curve ${label}` });
  add(svg, ...[
    s('text', { x: 4, y: lineTop + lineH / 2, class: 'axis-title' }, 'score'),
    s('line', { x1: left, x2: width - right, y1: y(0), y2: y(0), stroke: '#888', 'stroke-dasharray': '4 3' }),
    y(0) - y(hi) > 14 ? s('text', { x: left - 6, y: y(hi) + 4, 'text-anchor': 'end', class: 'tick' }, String(Math.round(hi * 10) / 10)) : null,
    s('text', { x: left - 6, y: y(0) + 4, 'text-anchor': 'end', class: 'tick' }, '0'),
    y(lo) - y(0) > 14 ? s('text', { x: left - 6, y: y(lo) + 4, 'text-anchor': 'end', class: 'tick' }, String(Math.round(lo * 10) / 10)) : null,
    s('text', { x: 4, y: barTop + barH / 2, class: 'axis-title' }, 'events'),
    s('text', { x: left - 6, y: barTop + 10, 'text-anchor': 'end', class: 'tick' }, String(maxCount)),
  ].filter(Boolean));
  const step = Math.max(1, Math.ceil((max - min) / 12));
  for (let d = Math.ceil(min); d <= max; d += step)
    add(svg, s('text', { x: x(d), y: height - 8, 'text-anchor': 'middle', class: 'tick' }, dayString(d).slice(5)));
  // Stacked bars of counts per quad class.
  for (const d of series.days) {
    let acc = 0;
    const cx = x(dayNumber(d.date));
    const g = s('g', { class: 'day', tabindex: 0, 'data-date': d.date, onclick: () => openDay(d, label), onkeydown: (e) => e.key === 'Enter' && openDay(d, label) },
      s('title', null, `${d.date}: score ${d.score}, ${plural(d.count, 'event')} (${QUADS.filter((q) => d.quad[q]).map((q) => `${QUAD_LABEL[q]} ${d.quad[q]}`).join(', ')})`),
      // The whole day column answers a click, not only its bars and dot (which can sit far apart).
      s('rect', { x: cx - bandW / 2, y: lineTop, width: bandW, height: barTop + barH - lineTop, fill: 'transparent', class: 'day-hit' }));
    for (const q of QUADS) {
      const n = d.quad[q];
      if (!n) continue;
      const hgt = (n / maxCount) * barH;
      add(g, s('rect', { x: cx - bandW / 2, y: barTop + barH - acc - hgt, width: bandW, height: hgt, fill: QUAD_COLOR[q] }));
      acc += hgt;
    }
    add(g, s('circle', { cx, cy: y(d.score), r: 5, fill: d.score < 0 ? '#b2182b' : '#2166ac', class: 'score-dot' }));
    add(svg, g);
  }
  const pts = series.days.map((d) => `${x(dayNumber(d.date))},${y(d.score)}`).join(' ');
  svg.insertBefore(s('polyline', { points: pts, fill: 'none', stroke: '#333', 'stroke-width': 2, class: 'score-line' }), svg.querySelector('g.day'));
  return h('div', { class: 'chart-wrap' }, svg);
}
