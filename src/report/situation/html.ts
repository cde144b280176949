// The situation report as one self-contained HTML page: inline CSS, no script, no external resource (a
// Content-Security-Policy says so), every string escaped. References are links to the sources section,
// where each cited sentence is quoted with its article's outlet, title and address.
import type { ClaimLine, EscalationLine, FactLine, SituationReport, SourceNote } from './types.ts';
import { claimSources, claimStatusLine, escalationSummary, factDetails, fmtScore, headerLine, partyText, plural, quadMix, quoteHow, unique, what, whoToWhom } from './wording.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);
}

/** Only web addresses become links; anything else (javascript:, data:) is shown as text. */
function link(u: string | null, text: string): string {
  return u && /^https?:\/\//i.test(u) ? `<a href="${esc(u)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

function refs(keys: string[]): string {
  return keys.map((k) => `<a class="ref" href="#src-${esc(k)}">[${esc(k)}]</a>`).join('');
}

function factItem(f: FactLine, withDate = true): string {
  return `<li><b>${esc(what(f))}</b>: ${esc(whoToWhom(f))} · ${esc(factDetails(f, withDate))} ${refs(f.refs)}</li>`;
}

function sourceQuotes(c: ClaimLine, sources: Map<string, SourceNote>): string {
  return claimSources(c).map(({ key, roles }) => {
    const s = sources.get(key);
    const text = s?.text ? `<q>${esc(s.text)}</q>` : '<i>the article (no sentence given)</i>';
    return `<li><span class="tag">${esc(roles.join(' and '))}</span> ${esc(s?.outlet ?? key)}: ${text} ${refs([key])}</li>`;
  }).join('');
}

function claimBlock(c: ClaimLine, sources: Map<string, SourceNote>): string {
  return `<article class="claim ${esc(c.status)}"><h3>${esc(c.text)}</h3>
<p><b>Claimed by</b> ${esc(partyText(c.claimant))} ${refs(c.refs)} · <b>Status</b>: ${esc(claimStatusLine(c))} ${refs(c.disputeRefs)}</p>
<ul>${sourceQuotes(c, sources)}</ul></article>`;
}

/** The pair's daily score sums as bars around a zero line: conflict below (red), cooperation above (blue). */
function curve(s: EscalationLine): string {
  const w = 34, gap = 6, h = 60, pad = 6, label = 14;
  const max = Math.max(1, ...s.days.map((d) => Math.abs(d.score)));
  const len = (score: number) => Math.max(1, (Math.abs(score) / max) * h);
  const up = Math.max(0, ...s.days.filter((d) => d.score > 0).map((d) => len(d.score)));
  const down = Math.max(0, ...s.days.filter((d) => d.score <= 0).map((d) => len(d.score)));
  const zero = pad + up;
  const width = s.days.length * (w + gap) + gap;
  const height = zero + down + label + pad;
  const bars = s.days.map((d, i) => {
    const x = gap + i * (w + gap);
    const l = len(d.score);
    return `<rect x="${x}" y="${(d.score > 0 ? zero - l : zero).toFixed(1)}" width="${w}" height="${l.toFixed(1)}" fill="${d.score > 0 ? '#2457a6' : '#c0392b'}">` +
      `<title>${esc(`${d.date}: ${fmtScore(d.score)} (${d.count} events)`)}</title></rect>` +
      `<text x="${x + w / 2}" y="${height - pad}" text-anchor="middle">${esc(d.date.slice(5))}</text>`;
  });
  return `<svg class="curve" role="img" aria-label="${esc(`daily score sums, ${s.names[0]} – ${s.names[1]}`)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<line x1="0" x2="${width}" y1="${zero}" y2="${zero}" stroke="#888"/>${bars.join('')}</svg>`;
}

function capped<T>(items: T[], n: number, item: (x: T) => string, rest: string): string {
  return `<ul>${items.slice(0, n).map(item).join('')}${items.length > n ? `<li>… and ${items.length - n} more ${esc(rest)}</li>` : ''}</ul>`;
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1d2329}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccd;margin-top:2rem}h3{font-size:1.05rem;margin-bottom:.3rem}
a.ref{font-size:.75em;vertical-align:super;text-decoration:none;margin-left:.15em;color:#2457a6}
q{font-style:italic}.tag{display:inline-block;min-width:6.5rem;font-size:.8em;color:#555}
table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #dde;padding:.2rem .5rem;text-align:left}
td.n{text-align:right}td:first-child{white-space:nowrap}svg.curve{display:block;margin:.5rem 0;font-size:9px;fill:#555}.claim{border-left:4px solid #999;padding-left:.8rem;margin:1rem 0}.claim.disputed,.claim.denied{border-color:#c0392b}
.meta{color:#555}li{margin:.15rem 0}.sources li:target{background:#fff3c4}`;

export function renderHtml(r: SituationReport): string {
  const sources = new Map(r.sources.map((s) => [s.key, s]));
  const H: string[] = [];
  H.push(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(r.title)}</title><style>${CSS}</style></head><body>`);
  H.push(`<h1>${esc(r.title)}</h1>`);
  H.push(`<p class="meta">${esc(headerLine(r))}</p>`);
  H.push(`<p class="meta">Every statement ends with its sources: <a class="ref">[a2s14]</a> is sentence 14 of article a2 (sentences count from 1), quoted under <a href="#sources">Sources</a>.</p>`);

  H.push('<h2 id="key-facts">Key facts</h2>');
  H.push(r.keyFacts.length ? `<ol>${r.keyFacts.map((f) => factItem(f)).join('')}</ol>` : '<p>No event was extracted with its evidence.</p>');

  H.push('<h2 id="timeline">Timeline</h2>');
  for (const day of r.timeline) {
    H.push(`<h3>${day.date ? esc(day.date) + (day.date.length < 10 ? ' (month only)' : '') : 'Date unknown'}</h3><ul>${day.facts.map((f) => factItem(f, false)).join('')}</ul>`);
  }

  H.push('<h2 id="quotes">Who said what</h2>');
  if (!r.speakers.length) H.push('<p>No attributed quote was found.</p>');
  for (const s of r.speakers) {
    H.push(`<h3>${esc(s.speaker)} <span class="meta">(${esc(plural(s.quotes.length, 'quote'))})</span></h3><ul>`);
    for (const q of s.quotes) {
      H.push(`<li>${esc(quoteHow(q))}, ${esc(q.outlet)}: <q>${esc(q.text)}</q> ${refs(q.refs)}</li>`);
    }
    H.push('</ul>');
  }

  H.push('<h2 id="claims">Claims and disputes</h2>');
  const contested = r.claims.filter((c) => c.status === 'disputed' || c.status === 'denied');
  const other = r.claims.filter((c) => !(c.status === 'disputed' || c.status === 'denied'));
  if (!r.claims.length) H.push('<p>No claim attributed to a party was found.</p>');
  if (contested.length) H.push(`<p>${esc(plural(contested.length, 'claim is', 'claims are'))} disputed or denied by another party.</p>`);
  for (const c of contested) H.push(claimBlock(c, sources));
  if (other.length) {
    H.push(`<h3>Claims nobody disputes in the sources</h3><ul>${other.map((c) =>
      `<li>${esc(partyText(c.claimant))}: <q>${esc(c.text)}</q> (${esc(claimStatusLine(c))}) ${refs(unique([...c.refs, ...c.confirmRefs, ...c.caveatRefs]))}${
        c.confirmRefs.length || c.caveatRefs.length ? `<ul>${sourceQuotes({ ...c, refs: [], disputeRefs: [] }, sources)}</ul>` : ''}</li>`).join('')}</ul>`);
  }

  H.push('<h2 id="discrepancies">Outlet discrepancies</h2>');
  if (!r.discrepancies.length) H.push('<p>The outlets do not contradict one another on any fact the extractors compare.</p>');
  for (const d of r.discrepancies) {
    H.push(`<h3>${esc(d.about)}</h3><ul>${d.values.map((v) => `<li><q>${esc(v.value)}</q>: ${esc(v.outlets.join(', '))} ${refs(v.refs)}</li>`).join('')}</ul>`);
  }

  H.push('<h2 id="escalation">Escalation</h2>');
  if (!r.escalation.length) H.push('<p>No event between two countries has a country on each side.</p>');
  for (const s of r.escalation) {
    H.push(`<h3>${esc(s.names[0])} – ${esc(s.names[1])}</h3><p>${esc(escalationSummary(s))} ${s.peak ? refs(s.peak.refs) : ''}</p>`);
    if (s.days.length) {
      H.push(curve(s));
      H.push('<table><thead><tr><th>date</th><th>score sum</th><th>events</th><th>quad mix</th><th>sources</th></tr></thead><tbody>');
      for (const d of s.days) H.push(`<tr><td>${esc(d.date)}</td><td class="n">${esc(fmtScore(d.score))}</td><td class="n">${d.count}</td><td>${esc(quadMix(d.quad))}</td><td>${refs(d.refs)}</td></tr>`);
      H.push('</tbody></table>');
    }
  }

  H.push('<h2 id="unknown">What is unknown</h2><ul>');
  const u = r.unknowns;
  H.push(`<li>${esc(plural(u.undatedEvents.length, 'event has', 'events have'))} no date${capped(u.undatedEvents, 25, (f) => factItem(f, false), 'in the timeline under “Date unknown”')}</li>`);
  if (u.roughlyDatedEvents.length) H.push(`<li>${esc(plural(u.roughlyDatedEvents.length, 'event is', 'events are'))} dated to the month only${capped(u.roughlyDatedEvents, 25, (f) => factItem(f), 'in the timeline')}</li>`);
  H.push(`<li>${esc(plural(u.unlocatedEvents.length, 'event has', 'events have'))} no known location${capped(u.unlocatedEvents, 15, (f) => factItem(f), 'in the timeline')}</li>`);
  H.push(`<li>${esc(plural(u.unconfirmedClaims.length, 'claim is', 'claims are'))} unconfirmed<ul>${u.unconfirmedClaims.map((c) => `<li>${esc(partyText(c.claimant))}: <q>${esc(c.text)}</q> ${refs(unique([...c.refs, ...c.caveatRefs]))}</li>`).join('')}</ul></li>`);
  H.push(`<li>${esc(plural(u.singleSourcedClaims.length, 'claim rests', 'claims rest'))} on one independent source<ul>${u.singleSourcedClaims.map((c) => `<li>${esc(partyText(c.claimant))}: <q>${esc(c.text)}</q> ${refs(c.refs)}</li>`).join('')}</ul></li>`);
  H.push(`<li>${esc(plural(u.undatedArticles.length, 'article has', 'articles have'))} no known publication date<ul>${u.undatedArticles.map((a) =>
    `<li><a href="#art-${esc(a.key)}">${esc(a.key)}</a> (${esc(a.outlet)}${a.title ? `, <q>${esc(a.title)}</q>` : ''}): ${esc(a.publishedNote ?? 'no reason recorded')}</li>`).join('')}</ul></li>`);
  if (u.unattributedQuotes) H.push(`<li>${esc(plural(u.unattributedQuotes, 'quote has', 'quotes have'))} no identified speaker and ${u.unattributedQuotes === 1 ? 'is' : 'are'} left out of “Who said what”.</li>`);
  if (u.droppedEvents) H.push(`<li>${esc(plural(u.droppedEvents, 'extracted event was', 'extracted events were'))} left out: no sentence backs ${u.droppedEvents === 1 ? 'it' : 'them'}.</li>`);
  if (u.droppedClaims) H.push(`<li>${esc(plural(u.droppedClaims, 'claim was', 'claims were'))} left out: no claimant.</li>`);
  H.push('</ul>');

  H.push('<h2 id="sources">Sources</h2><h3>Articles</h3><ul>');
  for (const a of r.articles) {
    H.push(`<li id="art-${esc(a.key)}"><b>${esc(a.key)}</b>: ${esc(a.outletName ?? 'outlet unknown')}, ${a.title ? link(a.url, `“${a.title}”`) : link(a.url, 'untitled')}, ${esc(a.published ?? 'publication date unknown')} <span class="meta">(id ${esc(a.id)}${a.duplicateOf ? `; copy of ${esc(a.duplicateOf)}` : ''})</span></li>`);
  }
  H.push('</ul><h3>Cited sentences</h3><ol id="sources-list" class="sources">');
  for (const s of r.sources) {
    const akey = s.key.replace(/s\d+$/, '');
    const where = s.sentence === null ? 'the article' : `sentence ${s.sentence}`;
    H.push(`<li id="src-${esc(s.key)}"><b>${esc(s.key)}</b> <a href="#art-${esc(akey)}">${esc(akey)}</a>${s.outlet !== akey ? ` (${esc(s.outlet)})` : ''}${s.title ? `, ${link(s.url, `“${s.title}”`)}` : s.url ? `, ${link(s.url, s.url)}` : ''}, ${esc(where)}${s.text ? `: <q>${esc(s.text)}</q>` : ''}</li>`);
  }
  H.push('</ol></body></html>');
  return H.join('\n') + '\n';
}
