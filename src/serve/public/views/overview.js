// Overview: what the store holds, at a glance, with the way into each view.
import { add, h } from '../lib/dom.js';
import { QUAD_COLOR, QUAD_LABEL, QUADS } from '../lib/format.js';
import { countryNames } from '../lib/world.js';

export async function render(root, { summary }) {
  const c = summary.counts;
  const names = await countryNames();
  add(root, h('h1', null, 'Situation overview'));
  if (!c.articles) {
    add(root, h('p', { class: 'empty' }, 'The store holds no article yet. ', h('a', { href: '#/ingest' }, 'Add articles'), ' (paste text, upload files or give a URL).'));
    return;
  }
  const tile = (n, label, href) => h('a', { class: 'tile', href }, h('span', { class: 'n' }, String(n)), h('span', { class: 'label' }, label));
  add(root, h('div', { class: 'tiles' },
    tile(c.articles, 'articles', '#/articles'),
    tile(c.story_events, 'events', '#/timeline'),
    tile(c.story_entities || c.entities, 'entities', '#/search'),
    tile(c.quotes, 'quotes', '#/quotes'),
    tile(c.claims, 'claims', '#/claims'),
    tile(c.discrepancies, 'discrepancies', '#/matrix'),
  ));
  const range = (r) => (r.from ? (r.from === r.to ? r.from : `${r.from} – ${r.to}`) : 'unknown');
  add(root, h('dl', { class: 'facts wide' },
    h('dt', null, 'Published'), h('dd', null, range(summary.published)),
    h('dt', null, 'Events dated'), h('dd', null, range(summary.event_dates)),
    h('dt', null, 'Sources'), h('dd', null, summary.sources.map((s) => `${s.source} (${s.articles})`).join(', ')),
    h('dt', null, 'Countries involved'), h('dd', null, summary.countries.slice(0, 12).map((x) => `${names[x.country]?.name ?? x.country} (${x.events})`).join(', ') || '—'),
  ));
  const total = QUADS.reduce((n, q) => n + (summary.quads[q] || 0), 0);
  if (total) {
    const bar = h('div', { class: 'quadbar', role: 'img', 'aria-label': 'Events by quad class' });
    for (const q of QUADS) {
      const n = summary.quads[q] || 0;
      if (!n) continue;
      const seg = h('span', { title: `${QUAD_LABEL[q]}: ${n}`, class: `quad-${q}` }, `${QUAD_LABEL[q]} ${n}`);
      seg.style.flexGrow = String(n);
      seg.style.background = QUAD_COLOR[q];
      add(bar, seg);
    }
    add(root, h('h2', null, 'Events by quad class'), bar);
  }
  if (!summary.story_resolved) add(root, h('p', { class: 'muted' }, 'Events are not merged across articles in this store: each article event is shown on its own.'));
}
