// The dashboard shell: hash routes (#/view/args?filters), the shared filter bar, the evidence drawer.
import { get } from './lib/api.js';
import { clear, h } from './lib/dom.js';
import { closeEvidence } from './lib/evidence.js';
import { PLOVER_TYPES } from './lib/format.js';
import { countryNames } from './lib/world.js';
import * as overview from './views/overview.js';
import * as timeline from './views/timeline.js';
import * as escalation from './views/escalation.js';
import * as map from './views/map.js';
import * as network from './views/network.js';
import * as quotes from './views/quotes.js';
import * as claims from './views/claims.js';
import * as matrix from './views/matrix.js';
import * as articles from './views/articles.js';
import * as search from './views/search.js';
import * as ingest from './views/ingest.js';

const VIEWS = { overview, timeline, escalation, map, network, quotes, claims, matrix, articles, article: articles, search, ingest };
const FILTERS = ['from', 'to', 'country', 'type', 'source'];

let summary = null;
let renderToken = 0;

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, qs] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || 'overview', args: parts.slice(1), query: new URLSearchParams(qs || '') };
}

/** Filters live in the hash, so a view with its filters is a link that can be shared. */
export function filters() {
  const q = parseHash().query;
  const out = {};
  for (const k of FILTERS) if (q.get(k)) out[k] = q.get(k);
  return out;
}

export function navigate(view, args = [], query = {}) {
  const q = new URLSearchParams({ ...filters(), ...query });
  for (const [k, v] of [...q]) if (!v) q.delete(k);
  const path = [view, ...args.map(encodeURIComponent)].join('/');
  location.hash = `#/${path}${[...q].length ? `?${q}` : ''}`;
}

function setStatus(text, kind = '') {
  const el = document.getElementById('status');
  el.textContent = text;
  el.className = `status ${kind}`;
}

function fillSelect(select, options) {
  const keep = select.value;
  clear(select).append(h('option', { value: '' }, 'any'), ...options.map(([v, label]) => h('option', { value: v }, label)));
  select.value = keep;
}

export async function refreshSummary() {
  summary = await get('/api/summary');
  const form = document.getElementById('filters');
  const names = await countryNames();
  fillSelect(form.elements.country, summary.countries.map((c) => [c.country, `${names[c.country]?.name ?? c.country} (${c.events})`]));
  fillSelect(form.elements.type, PLOVER_TYPES.map((t) => [t, summary.types[t] ? `${t} (${summary.types[t]})` : t]));
  fillSelect(form.elements.source, summary.sources.map((s) => [s.source, `${s.source} (${s.articles})`]));
  return summary;
}

function syncFilterForm() {
  const form = document.getElementById('filters');
  const f = filters();
  for (const k of FILTERS) form.elements[k].value = f[k] ?? '';
}

async function render() {
  const token = ++renderToken;
  const { view, args, query } = parseHash();
  const mod = VIEWS[view];
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.view === (view === 'article' ? 'articles' : view));
  syncFilterForm();
  const root = clear(document.getElementById('view'));
  document.body.dataset.view = view;
  if (!mod) {
    root.append(h('p', { class: 'error' }, `Unknown view "${view}".`));
    return;
  }
  root.setAttribute('aria-busy', 'true');
  setStatus('Loading…');
  try {
    if (!summary) await refreshSummary();
    await mod.render(root, { view, args, query, filters: filters(), summary, navigate, isCurrent: () => token === renderToken });
    if (token === renderToken) setStatus(`${summary.counts.articles} articles · ${summary.counts.story_events} events · ${summary.counts.claims} claims`);
  } catch (e) {
    if (token !== renderToken) return;
    root.append(h('p', { class: 'error' }, `Could not load this view: ${e.message}`));
    setStatus('Error', 'error');
  } finally {
    if (token === renderToken) root.setAttribute('aria-busy', 'false');
  }
}

function init() {
  const form = document.getElementById('filters');
  form.addEventListener('change', () => {
    const { view, args } = parseHash();
    const q = {};
    for (const k of FILTERS) q[k] = form.elements[k].value;
    const qs = new URLSearchParams(Object.entries(q).filter(([, v]) => v));
    location.hash = `#/${[view, ...args.map(encodeURIComponent)].join('/')}${[...qs].length ? `?${qs}` : ''}`;
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    const { view, args } = parseHash();
    location.hash = `#/${[view, ...args.map(encodeURIComponent)].join('/')}`;
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  document.getElementById('evidence-close').addEventListener('click', closeEvidence);
  document.addEventListener('keydown', (e) => e.key === 'Escape' && closeEvidence());
  window.addEventListener('hashchange', render);
  window.addEventListener('sitrep:ingested', async () => {
    await refreshSummary();
  });
  render();
}

init();
