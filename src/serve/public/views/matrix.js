// Source-by-fact matrix: rows are facts (events, claims, discrepancies), columns are outlets.
// A filled cell: the outlet reports it; a highlighted row: the outlets disagree (value, date, modality, dispute).
import { get } from '../lib/api.js';
import { add, empty, h } from '../lib/dom.js';
import { showEvidence } from '../lib/evidence.js';
import { plural } from '../lib/format.js';

const STANCE_MARK = { reports: '●', claims: 'claims', disputes: 'disputes', 'claims+disputes': 'both' };

export async function render(root, { filters, query, navigate }) {
  const onlyDisagreements = query.get('disagreements') === 'true';
  const [m, claims, disc] = await Promise.all([
    get('/api/matrix', { from: filters.from, to: filters.to, country: filters.country, limit: 300, ...(onlyDisagreements ? { disagreements: 'true' } : {}) }),
    get('/api/claims', { limit: 1000 }),
    get('/api/discrepancies', { limit: 1000 }),
  ]);
  const claimById = new Map(claims.claims.map((c) => [c.id, c]));
  const discById = new Map(disc.discrepancies.map((d) => [d.id, d]));
  add(root, h('h1', null, 'Sources × facts'),
    h('p', null, h('label', null, h('input', { type: 'checkbox', checked: onlyDisagreements, onchange: (e) => navigate('matrix', [], { disagreements: e.target.checked ? 'true' : '' }) }), ' Only where sources disagree')));
  let sources = m.sources;
  if (filters.source) sources = sources.filter((x) => x.source.toLowerCase() === filters.source.toLowerCase());
  if (!m.facts.length) {
    add(root, empty('No fact matches.'));
    return;
  }
  const open = async (fact, source) => {
    const cell = fact.cells[source];
    const keep = (refs) => refs.filter((r) => cell.articles.includes(r.article));
    if (fact.kind === 'event') {
      const { event } = await get(`/api/events/${encodeURIComponent(fact.id)}`);
      showEvidence(`${source}: ${fact.label}`, [['Date', fact.date ?? 'undated'], ['Modality here', cell.modality], ['Date here', cell.date], ['Disagreement', fact.disagreement.join(', ')]],
        [{ heading: `${source}`, sources: keep(event.sources) }, { heading: 'All sources', sources: event.sources }]);
    } else if (fact.kind === 'claim') {
      const c = claimById.get(fact.id);
      showEvidence(`${source}: ${fact.label}`, [['Status', c?.status], ['Stance of this source', cell.stance]],
        [{ heading: 'Claimed', sources: keep(c?.sources ?? []) }, { heading: 'Disputed', sources: keep(c?.dispute_sources ?? []) }]);
    } else {
      const d = discById.get(fact.id);
      const v = d?.values.find((x) => x.value === cell.value);
      showEvidence(`${source}: ${fact.label}`, [['Value here', cell.value]],
        (d?.values ?? []).map((x) => ({ heading: x.value, sources: x.sources })).sort((a) => (a.heading === v?.value ? -1 : 1)));
    }
  };
  const table = h('table', { class: 'matrix' },
    h('thead', null, h('tr', null, h('th', { class: 'fact' }, 'Fact'), sources.map((x) => h('th', { class: 'src', title: plural(x.articles.length, 'article') }, x.source)))),
    h('tbody', null, m.facts.map((f) => h('tr', { class: [f.kind, f.disagreement.length ? 'disagree' : null], 'data-id': f.id },
      h('th', { class: 'fact', scope: 'row' }, h('span', { class: `badge ${f.kind}` }, f.kind), ' ', f.label, f.date ? h('span', { class: 'muted' }, ` ${f.date}`) : null,
        f.disagreement.length ? h('span', { class: 'disagree-note' }, ` differ: ${f.disagreement.join(', ')}`) : null),
      sources.map((x) => {
        const cell = f.cells[x.source];
        if (!cell) return h('td', { class: 'cell none' }, '');
        const text = cell.value ?? STANCE_MARK[cell.stance] ?? cell.stance;
        const extra = [cell.modality && cell.modality !== 'asserted' ? cell.modality : null, f.disagreement.includes('date') ? cell.date : null].filter(Boolean).join(' ');
        return h('td', { class: ['cell', cell.stance.replace('+', '-')], tabindex: 0, title: `${x.source}: ${cell.stance}${extra ? ` (${extra})` : ''}`,
          onclick: () => open(f, x.source), onkeydown: (e) => e.key === 'Enter' && open(f, x.source) },
        text, extra ? h('small', null, ` ${extra}`) : null);
      })))));
  add(root, h('div', { class: 'matrix-wrap' }, table));
  if (m.total > m.facts.length) add(root, h('p', { class: 'muted' }, `Showing ${m.facts.length} of ${m.total} facts (disagreements and the most widely reported first).`));
}
