// Articles: the list, and the reader with entities, quotes, events and dates highlighted in the text.
// The body is cut into text segments at every annotation boundary; each segment is a text node, never markup.
import { article, get } from '../lib/api.js';
import { add, empty, h } from '../lib/dom.js';
import { showEvent, showEvidence } from '../lib/evidence.js';
import { eventLabel, plural, QUAD_COLOR } from '../lib/format.js';

export async function render(root, ctx) {
  if (ctx.view === 'article' && ctx.args[0]) return reader(root, ctx.args[0], ctx.args[1] !== undefined ? Number(ctx.args[1]) : null);
  return list(root, ctx);
}

async function list(root, { filters, query, navigate }) {
  const offset = Number(query.get('offset') || 0);
  const data = await get('/api/articles', { from: filters.from, to: filters.to, source: filters.source, limit: 100, offset });
  add(root, h('h1', null, 'Articles'));
  if (!data.articles.length) {
    add(root, empty('No article matches.'));
    return;
  }
  add(root, h('table', { class: 'list articles' },
    h('thead', null, h('tr', null, ['Published', 'Source', 'Title', 'Entities', 'Quotes', 'Events'].map((t) => h('th', null, t)))),
    h('tbody', null, data.articles.map((a) => h('tr', { class: 'clickable', 'data-id': a.id, onclick: () => navigate('article', [a.id]) },
      h('td', { class: 'date' }, a.published ?? '—'), h('td', null, a.source),
      h('td', null, h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.id), a.duplicate_of ? h('span', { class: 'muted' }, ` (copy of ${a.duplicate_of})`) : null),
      h('td', { class: 'num' }, String(a.counts.entities)), h('td', { class: 'num' }, String(a.counts.quotes)), h('td', { class: 'num' }, String(a.counts.events)))))));
  const pager = h('p', { class: 'pager' }, `${offset + 1}–${offset + data.articles.length} of ${data.total} `);
  if (offset > 0) add(pager, h('button', { type: 'button', onclick: () => navigate('articles', [], { offset: String(Math.max(0, offset - 100)) }) }, '← previous'));
  if (offset + data.articles.length < data.total) add(pager, h('button', { type: 'button', onclick: () => navigate('articles', [], { offset: String(offset + 100) }) }, 'next →'));
  add(root, pager);
}

const PRIORITY = { event: 4, quote: 3, entity: 2, timex: 1, focus: 0 };

function annotations(a, focus) {
  const out = [];
  for (const e of a.entities) for (const m of e.mentions || []) out.push({ start: m.start, end: m.end, kind: 'entity', cls: `ent ent-${e.type}`, ref: e });
  for (const q of a.quotes) out.push({ start: q.start, end: q.end, kind: 'quote', cls: `quote quote-${q.kind}`, ref: q });
  for (const e of a.events) if (e.end > e.start) out.push({ start: e.start, end: e.end, kind: 'event', cls: `event quad-${e.quad}`, ref: e });
  for (const t of a.timexes) out.push({ start: t.start, end: t.end, kind: 'timex', cls: 'timex', ref: t });
  if (focus !== null && a.sentences[focus]) out.push({ start: a.sentences[focus].start, end: a.sentences[focus].end, kind: 'focus', cls: 'focus', ref: null });
  return out.filter((x) => x.end > x.start && x.start >= 0 && x.end <= a.article.body.length);
}

function openAnnotation(list) {
  const x = [...list].sort((p, q) => PRIORITY[q.kind] - PRIORITY[p.kind])[0];
  if (!x) return;
  if (x.kind === 'event') showEvent(x.ref, eventLabel(x.ref));
  else if (x.kind === 'quote') showEvidence(`${x.ref.speaker ?? 'Unattributed'}: ${x.ref.kind} quote`, [['Speaker', x.ref.speaker], ['Cue', x.ref.cue], ['Date', x.ref.date]], [{ heading: 'Source', sources: x.ref.sources }]);
  else if (x.kind === 'entity') showEvidence(x.ref.name, [['Type', x.ref.type], ['Country', x.ref.country], ['Aliases', x.ref.aliases.join(', ')], ['Roles', x.ref.roles.join(', ')], ['Mentions', x.ref.mentions.length]], []);
  else if (x.kind === 'timex') showEvidence(x.ref.text, [['Type', x.ref.type], ['Value', x.ref.value], ['Anchored on', x.ref.anchor]], []);
}

/** The body as text segments, each wrapped in a span carrying the classes of the annotations covering it. */
function highlighted(body, anns) {
  const cuts = new Set([0, body.length]);
  for (const x of anns) cuts.add(x.start), cuts.add(x.end);
  const points = [...cuts].sort((p, q) => p - q);
  const byStart = [...anns].sort((p, q) => p.start - q.start);
  const frag = document.createDocumentFragment();
  let active = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i], to = points[i + 1];
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    active = active.filter((x) => x.end > from);
    const text = body.slice(from, to);
    const cover = active.filter((x) => x.start <= from && x.end >= to);
    if (!cover.length) {
      frag.append(document.createTextNode(text));
      continue;
    }
    const span = h('span', { class: cover.map((x) => x.cls).join(' ') }, text);
    const anchors = cover.filter((x) => x.start === from && x.ref && x.ref.id);
    for (const x of anchors) span.dataset[`${x.kind}Start`] = x.ref.id;
    if (cover.some((x) => x.kind !== 'focus')) {
      span.tabIndex = 0;
      span.addEventListener('click', () => openAnnotation(cover.filter((x) => x.kind !== 'focus')));
    }
    frag.append(span);
  }
  return frag;
}

async function reader(root, id, focus) {
  const a = await article(id);
  const meta = a.article;
  add(root, h('p', null, h('a', { href: '#/articles' }, '← all articles')));
  add(root, h('h1', null, meta.title || meta.id));
  add(root, h('p', { class: 'byline' }, [meta.source, meta.published, meta.dateline, meta.byline].filter(Boolean).join(' · '),
    meta.url ? [' · ', h('a', { href: meta.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'external' }, 'original')] : null));
  const layers = ['entities', 'quotes', 'events', 'timexes'];
  const text = h('div', { class: 'reader-text', lang: meta.language !== 'und' ? meta.language : null });
  const toggles = h('p', { class: 'toggles' }, layers.map((l) => h('label', null,
    h('input', { type: 'checkbox', checked: true, onchange: (e) => text.classList.toggle(`hide-${l}`, !e.target.checked) }), ` ${l} (${a[l].length})`)));
  add(text, highlighted(meta.body, annotations(a, focus)));
  const jump = (kind, id) => {
    const el = text.querySelector(`[data-${kind}-start="${CSS.escape(id)}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('flash');
    setTimeout(() => el.classList.remove('flash'), 1200);
  };
  const side = h('aside', { class: 'reader-side' },
    h('h2', null, plural(a.events.length, 'event')),
    h('ul', null, a.events.map((e) => {
      const dot = h('i', { class: 'swatch' });
      dot.style.background = QUAD_COLOR[e.quad] ?? '#888';
      return h('li', null, h('button', { type: 'button', class: 'link', onclick: () => (jump('event', e.id), showEvent(e, eventLabel(e))) }, dot, `${e.date ?? ''} ${eventLabel(e)}`));
    })),
    h('h2', null, plural(a.quotes.length, 'quote')),
    h('ul', null, a.quotes.map((q) => h('li', null, h('button', { type: 'button', class: 'link', onclick: () => jump('quote', q.id) }, `${q.speaker ?? '?'}: ${q.text.slice(0, 80)}${q.text.length > 80 ? '…' : ''}`)))),
    h('h2', null, plural(a.entities.length, 'entity', 'entities')),
    h('ul', { class: 'entities' }, a.entities.map((e) => h('li', null, h('button', { type: 'button', class: 'link', onclick: () => jump('entity', e.id) },
      h('span', { class: `badge ent-${e.type}` }, e.type), ` ${e.name}${e.country ? ` (${e.country})` : ''}`)))));
  add(root, toggles, h('div', { class: 'reader' }, text, side));
  if (focus !== null) requestAnimationFrame(() => text.querySelector('.focus')?.scrollIntoView({ block: 'center' }));
}
