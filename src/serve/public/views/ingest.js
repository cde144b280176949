// Add articles from the page: paste text, upload files, give URLs of pages or feeds. The upload shows its
// progress, then the job's stages (fetch, clean, extract, store) as the server reports them.
import { forgetArticles, get, postJson } from '../lib/api.js';
import { add, h } from '../lib/dom.js';
import { plural } from '../lib/format.js';

function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function progressBox() {
  const bar = h('progress', { max: 1, value: 0 });
  const label = h('span', { class: 'progress-label' }, '');
  const result = h('div', { class: 'result' });
  const box = h('div', { class: 'progress', hidden: true }, bar, label, result);
  return {
    box,
    set(text, done, total) {
      box.hidden = false;
      label.textContent = text;
      if (total) {
        bar.max = total;
        bar.value = done;
      } else bar.removeAttribute('value');
    },
    result,
  };
}

async function run(payload, ui, button) {
  button.disabled = true;
  ui.result.replaceChildren();
  try {
    ui.set('Uploading…', 0, 1);
    const { job } = await postJson('/api/ingest', payload, (done, total) => ui.set(`Uploading ${Math.round((100 * done) / total)}%`, done, total));
    let j = job;
    while (j.status === 'queued' || j.status === 'running') {
      ui.set(j.status === 'queued' ? 'Waiting for the previous job…' : `${j.stage ?? 'starting'} ${j.total ? `${j.done}/${j.total}` : ''}`, j.done, j.total);
      await new Promise((r) => setTimeout(r, 250));
      j = (await get(`/api/ingest/${encodeURIComponent(j.id)}`)).job;
    }
    if (j.status === 'failed') {
      ui.set('Failed', 0, 1);
      add(ui.result, h('p', { class: 'error' }, j.error ?? 'the job failed'));
      return;
    }
    ui.set('Done', 1, 1);
    const r = j.result;
    add(ui.result, h('p', { class: 'ok' }, `${plural(r.articles.length, 'article')} read: ${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged.`));
    if (r.articles.length) add(ui.result, h('ul', null, r.articles.map((id) => h('li', null, h('a', { href: `#/article/${encodeURIComponent(id)}` }, id)))));
    if (j.diagnostics.length) add(ui.result, h('ul', { class: 'diagnostics' }, j.diagnostics.map((d) => h('li', { class: d.severity }, `${d.severity}: ${d.input}: ${d.reason}`))));
    forgetArticles();
    window.dispatchEvent(new CustomEvent('sitrep:ingested', { detail: j }));
  } catch (e) {
    ui.set('Failed', 0, 1);
    add(ui.result, h('p', { class: 'error' }, e.message));
  } finally {
    button.disabled = false;
  }
}

export async function render(root) {
  add(root, h('h1', null, 'Add articles'));

  const text = h('textarea', { name: 'text', rows: 10, required: true, placeholder: 'Paste the text of an article…' });
  const title = h('input', { name: 'title', placeholder: 'Title (optional)' });
  const published = h('input', { name: 'published', type: 'date', 'aria-label': 'Published' });
  const outlet = h('input', { name: 'outlet', placeholder: 'Outlet (optional)' });
  const pasteUi = progressBox();
  const pasteBtn = h('button', { type: 'submit' }, 'Analyse text');
  const pasteForm = h('form', { class: 'ingest paste', onsubmit: (e) => {
    e.preventDefault();
    if (!text.value.trim()) return;
    const t = { text: text.value };
    if (title.value.trim()) t.title = title.value.trim();
    if (published.value) t.published = published.value;
    if (outlet.value.trim()) t.outlet = outlet.value.trim();
    run({ texts: [t] }, pasteUi, pasteBtn);
  } }, h('h2', null, 'Paste text'), text, h('div', { class: 'row' }, title, published, outlet), pasteBtn, pasteUi.box);

  const files = h('input', { type: 'file', name: 'files', multiple: true, accept: '.txt,.html,.htm,.jsonl,.json,.xml,.rss,.atom,.gz' });
  const fileUi = progressBox();
  const fileBtn = h('button', { type: 'submit' }, 'Upload and analyse');
  const fileForm = h('form', { class: 'ingest files', onsubmit: async (e) => {
    e.preventDefault();
    if (!files.files.length) return;
    fileUi.set('Reading files…', 0, files.files.length);
    const list = [];
    for (const f of files.files) list.push({ name: f.name, data: toBase64(await f.arrayBuffer()), encoding: 'base64' });
    run({ files: list }, fileUi, fileBtn);
  } }, h('h2', null, 'Upload files'), h('p', { class: 'muted' }, 'Text, HTML, JSON Lines, JSON, RSS/Atom, any of them gzipped.'), files, fileBtn, fileUi.box);

  const urls = h('textarea', { name: 'urls', rows: 3, placeholder: 'One URL per line: article pages or RSS/Atom feeds' });
  const urlUi = progressBox();
  const urlBtn = h('button', { type: 'submit' }, 'Fetch and analyse');
  const urlForm = h('form', { class: 'ingest urls', onsubmit: (e) => {
    e.preventDefault();
    const list = urls.value.split(/\s+/).map((u) => u.trim()).filter(Boolean);
    if (list.length) run({ urls: list }, urlUi, urlBtn);
  } }, h('h2', null, 'Add a URL or feed'), h('p', { class: 'muted' }, 'The server fetches these pages; the dashboard itself never contacts another host.'), urls, urlBtn, urlUi.box);

  add(root, h('div', { class: 'ingest-forms' }, pasteForm, fileForm, urlForm));
}
