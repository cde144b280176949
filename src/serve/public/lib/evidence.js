// The evidence drawer: for any event, claim or quote, the sentence of each source behind it, in context,
// with a link into the article reader.
import { article } from './api.js';
import { add, clear, h } from './dom.js';

const panel = () => document.getElementById('evidence');

export function closeEvidence() {
  panel().hidden = true;
}

function sentenceInContext(a, ref) {
  const { body } = a.article;
  const sents = a.sentences;
  let idx = ref.sentence;
  if ((idx === null || idx === undefined || !sents[idx]) && typeof ref.start === 'number') idx = sents.findIndex((x) => x.start <= ref.start && ref.start < x.end);
  if (idx === null || idx === undefined || idx < 0 || !sents[idx]) return null;
  const part = (i) => (sents[i] ? body.slice(sents[i].start, sents[i].end) : null);
  const s = sents[idx];
  const focus = body.slice(s.start, s.end);
  // Mark the passage inside the sentence when the record gives its span (a quote, an event trigger).
  let inner = [focus];
  if (typeof ref.start === 'number' && typeof ref.end === 'number' && ref.start >= s.start && ref.end <= s.end && ref.end > ref.start) {
    inner = [body.slice(s.start, ref.start), h('mark', null, body.slice(ref.start, ref.end)), body.slice(ref.end, s.end)];
  }
  return { idx, before: part(idx - 1), inner, after: part(idx + 1) };
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
