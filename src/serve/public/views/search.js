// Full-text search over titles and bodies (SQLite FTS5), with the entities whose names match.
import { get } from '../lib/api.js';
import { add, empty, h, marked } from '../lib/dom.js';
import { plural } from '../lib/format.js';

export async function render(root, { query, navigate }) {
  const q = query.get('q') || '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Search the articles…', 'aria-label': 'Search', autofocus: true });
  const form = h('form', { class: 'search', role: 'search', onsubmit: (e) => (e.preventDefault(), navigate('search', [], { q: input.value.trim() })) },
    input, h('button', { type: 'submit' }, 'Search'));
  add(root, h('h1', null, 'Search'), form);
  if (!q) return;
  let data;
  try {
    data = await get('/api/search', { q, limit: 50 });
  } catch (e) {
    add(root, h('p', { class: 'error' }, e.message));
    return;
  }
  if (data.entities.length)
    add(root, h('h2', null, 'Entities'), h('ul', { class: 'entity-hits' }, data.entities.map((e) => h('li', null,
      h('span', { class: `badge ent-${e.type}` }, e.type), ` ${e.name}`, e.country ? ` (${e.country})` : '', h('span', { class: 'muted' }, ` · ${plural(e.articles.length, 'article')}`)))));
  add(root, h('h2', null, `${plural(data.total, 'article')} match`));
  if (!data.hits.length) add(root, empty('Nothing found.'));
  add(root, h('ol', { class: 'hits' }, data.hits.map((x) => h('li', { 'data-id': x.article },
    h('a', { href: `#/article/${encodeURIComponent(x.article)}` }, x.title || x.article),
    h('span', { class: 'muted' }, ` ${x.source}${x.published ? ` · ${x.published}` : ''}`),
    h('p', { class: 'snippet' }, marked(x.snippet))))));
}
