// Disputed claims with both sides and their sources; then the facts the articles report differently.
import { get } from '../lib/api.js';
import { add, empty, h } from '../lib/dom.js';
import { showEvidence } from '../lib/evidence.js';
import { parties, plural } from '../lib/format.js';

const STATUS_ORDER = { disputed: 0, denied: 1, unconfirmed: 2, corroborated: 3 };

function sourceList(refs) {
  if (!refs.length) return h('p', { class: 'muted' }, 'No source sentence recorded.');
  return h('ul', { class: 'refs' }, refs.map((r) => h('li', null, h('strong', null, r.outlet), r.published ? ` (${r.published})` : '', r.text ? `: ${r.text}` : '')));
}

export async function render(root, { filters }) {
  const [claims, disc] = await Promise.all([
    get('/api/claims', { country: filters.country, source: filters.source, limit: 1000 }),
    get('/api/discrepancies', { limit: 1000 }),
  ]);
  add(root, h('h1', null, 'Claims'));
  if (!claims.claims.length) add(root, empty('No claim matches.'));
  const sorted = [...claims.claims].sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) || b.articles.length - a.articles.length);
  for (const c of sorted) {
    const open = () => showEvidence(`Claim by ${c.claimant.name}`, [['Claim', c.text], ['Status', c.status], ['Claimant', parties([c.claimant])], ['Disputed by', parties(c.disputed_by)]],
      [{ heading: `Claimed (${c.claimant.name})`, sources: c.sources }, { heading: `Disputed${c.disputed_by.length ? ` (${c.disputed_by.map((p) => p.name).join(', ')})` : ''}`, sources: c.dispute_sources }]);
    add(root, h('article', { class: `claim ${c.status}`, 'data-id': c.id },
      h('header', null, h('span', { class: `badge ${c.status}` }, c.status), h('q', null, c.text)),
      h('div', { class: 'sides' },
        h('section', { class: 'side-claim' }, h('h3', null, `Claimed by ${parties([c.claimant])}`), sourceList(c.sources)),
        h('section', { class: 'side-dispute' }, h('h3', null, c.disputed_by.length ? `Disputed by ${parties(c.disputed_by)}` : 'Not disputed in the sources'), sourceList(c.dispute_sources))),
      h('button', { type: 'button', class: 'link', onclick: open }, `Open the ${plural(c.sources.length + c.dispute_sources.length, 'source')} →`)));
  }
  add(root, h('h1', null, 'Discrepancies'));
  if (!disc.discrepancies.length) add(root, empty('No fact is reported differently by different articles.'));
  for (const d of disc.discrepancies) {
    add(root, h('article', { class: 'discrepancy', 'data-id': d.id },
      h('header', null, h('strong', null, d.about)),
      h('ul', { class: 'values' }, d.values.map((v) => h('li', null,
        h('button', { type: 'button', class: 'link', onclick: () => showEvidence(`${d.about}: ${v.value}`, [], [{ heading: 'Reported by', sources: v.sources }]) }, v.value),
        ` — ${[...new Set(v.sources.map((x) => x.outlet))].join(', ')}`)))));
  }
}
