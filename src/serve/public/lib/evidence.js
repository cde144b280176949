// The evidence drawer: for any event, claim or quote, the sentence of each source behind it, in context,
// with a link into the article reader.
import { article } from './api.js';
import { add, clear, h } from './dom.js';

const panel = () => document.getElementById('evidence');

export function closeEvidence() {
  panel().hidden = true;
}

/** The sentences a source reference covers (its span, else its sentence index), with one sentence either side. */
function sentenceInContext(a, ref) {
  const { body } = a.article;
  const sents = a.sentences;
  const span = typeof ref.start === 'number' && typeof ref.end === 'number' && ref.end > ref.start;
  let first = -1, last = -1;
  if (span) {
    first = sents.findIndex((x) => x.end > ref.start);
    last = sents.findLastIndex((x) => x.start < ref.end);
  }
  if (first < 0 || last < first) first = last = ref.sentence ?? -1;
  if (first < 0 || !sents[first] || !sents[last]) return null;
  const from = sents[first].start, to = sents[last].end;
  const part = (i) => (sents[i] ? body.slice(sents[i].start, sents[i].end) : null);
  // Mark the passage inside the sentence when the record gives a narrower span (a quote, a trigger).
  let inner = [body.slice(from, to)];
  if (span && ref.start >= from && ref.end <= to && (ref.start > from || ref.end < to))
    inner = [body.slice(from, ref.start), h('mark', null, body.slice(ref.start, ref.end)), body.slice(ref.end, to)];
  return { idx: first, before: part(first - 1), inner, after: part(last + 1) };
}

function sourceCard(ref) {
  const card = h('article', { class: 'source-card' },
    h('header', null,
      h('strong', { class: 'outlet' }, ref.outlet),
      ref.published ? h('span', { class: 'date' }, ref.published) : null,
      h('div', { class: 'title' }, ref.title || ref.article)),
  );
  const ctx = h('div', { class: 'context' }, ref.text ? h('p', { class: 'sentence' }, ref.text) : h('p', { class: 'muted' }, 'Loading the sentence…'));
  add(card, ctx);
  const link = h('a', { href: `#/article/${encodeURIComponent(ref.article)}${ref.sentence !== null && ref.sentence !== undefined ? `/${ref.sentence}` : ''}`, class: 'open' }, 'Open in reader →');
  add(card, link);
  article(ref.article).then((a) => {
    const c = sentenceInContext(a, ref);
    if (!c) {
      if (!ref.text) add(clear(ctx), h('p', { class: 'muted' }, 'The article reports it; no sentence recorded.'));
      return;
    }
    link.setAttribute('href', `#/article/${encodeURIComponent(ref.article)}/${c.idx}`);
    add(clear(ctx), 
      c.before ? h('p', { class: 'before' }, c.before) : null,
      h('p', { class: 'sentence' }, ...c.inner),
      c.after ? h('p', { class: 'after' }, c.after) : null,
    );
  }).catch((e) => add(ctx, h('p', { class: 'error' }, `Cannot load ${ref.article}: ${e.message}`)));
  return card;
}

/**
 * Opens the drawer: a title, optional facts (label/value pairs), and groups of sources
 * ([{ heading, sources: SourceRef[] }]).
 */
export function showEvidence(title, facts, groups) {
  const body = clear(document.getElementById('evidence-body'));
  document.getElementById('evidence-title').textContent = title;
  if (facts && facts.length)
    add(body, h('dl', { class: 'facts' }, facts.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [h('dt', null, k), h('dd', null, String(v))])));
  for (const g of groups) {
    add(body, h('h3', null, `${g.heading} (${g.sources.length})`));
    if (!g.sources.length) add(body, h('p', { class: 'muted' }, 'None recorded.'));
    for (const ref of g.sources) add(body, sourceCard(ref));
  }
  panel().hidden = false;
  panel().scrollTop = 0;
}

/** Evidence of an event record (article or story level). */
export function showEvent(e, label) {
  showEvidence(label, [
    ['Type', `${e.type}${e.mode ? ` (${e.mode})` : ''}`], ['Quad class', e.quad], ['Date', e.date ?? 'undated'], ['Location', e.location],
    ['Modality', e.modality], ['PLOVER score', e.score], ['Sources', (e.sources || []).length],
  ], [{ heading: 'Sources', sources: e.sources || [] }]);
}
