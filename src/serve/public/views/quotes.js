// Quotes by speaker: who said what, where; each quote opens its sentence in the source.
import { get } from '../lib/api.js';
import { add, empty, h } from '../lib/dom.js';
import { showEvidence } from '../lib/evidence.js';
import { plural } from '../lib/format.js';

export async function render(root, { filters, query, navigate }) {
  const speaker = query.get('speaker') || '';
  const base = { source: filters.source, country: filters.country, from: filters.from, to: filters.to };
  const [sp, qs] = await Promise.all([
    get('/api/speakers', { source: filters.source, limit: 1000 }),
    get('/api/quotes', { ...base, ...(speaker ? { speaker } : {}), limit: 1000 }),
  ]);
  add(root, h('h1', null, 'Quotes by speaker'));
  if (!sp.speakers.length) {
    add(root, empty('No quote in the store matches.'));
    return;
  }
  const side = h('ul', { class: 'speakers' },
    h('li', null, h('a', { href: '#', class: !speaker ? 'active' : null, onclick: (e) => (e.preventDefault(), navigate('quotes', [], { speaker: '' })) }, `All speakers (${sp.total})`)),
    sp.speakers.map((x) => h('li', null, h('a', {
      href: '#', class: x.speaker === speaker ? 'active' : null, 'data-speaker': x.speaker,
      onclick: (e) => (e.preventDefault(), navigate('quotes', [], { speaker: x.speaker })),
    }, x.speaker, x.country ? h('span', { class: 'muted' }, ` ${x.country}`) : null, h('span', { class: 'count' }, String(x.quotes))))));
  const groups = new Map();
  for (const q of qs.quotes) {
    const key = q.speaker ?? '(unattributed)';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(q);
  }
  const main = h('div', { class: 'quote-groups' });
  if (!qs.quotes.length) add(main, empty('No quote matches.'));
  for (const [name, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    add(main, h('section', { class: 'speaker-group' },
      h('h2', null, name, h('span', { class: 'muted' }, ` · ${plural(list.length, 'quote')}`)),
      list.map((q) => {
        const src = q.sources[0];
        const open = () => showEvidence(`${name}: ${q.kind} quote`, [['Speaker', q.speaker], ['Kind', q.kind], ['Cue', q.cue], ['Channel', q.channel], ['Date', q.date]],
          [{ heading: 'Source', sources: q.sources }]);
        return h('figure', { class: `quote ${q.kind}`, tabindex: 0, 'data-id': q.id, onclick: open, onkeydown: (e) => e.key === 'Enter' && open() },
          h('blockquote', null, q.kind === 'direct' ? `“${q.text}”` : q.text),
          h('figcaption', null, h('span', { class: `badge ${q.kind}` }, q.kind), ` ${src.outlet}`, src.published ? ` · ${src.published}` : '', q.cue ? ` · ${q.cue}` : ''));
      })));
  }
  if (qs.total > qs.quotes.length) add(main, h('p', { class: 'muted' }, `Showing ${qs.quotes.length} of ${qs.total}.`));
  add(root, h('div', { class: 'two-col' }, h('nav', { class: 'side', 'aria-label': 'Speakers' }, side), main));
}
