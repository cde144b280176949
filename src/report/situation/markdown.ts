// The situation report as Markdown (GitHub-flavoured: footnotes, tables). Each statement ends with
// footnote references [^a2s14]; the footnotes quote the sentence and name its article. Text from articles
// is escaped so that it cannot become markup (links, HTML, emphasis, table cells).
import type { ClaimLine, FactLine, SituationReport, SourceNote } from './types.ts';
import { claimSources, claimStatusLine, escalationSummary, factDetails, fmtScore, headerLine, partyText, plural, quadMix, quoteHow, unique, what, whoToWhom } from './wording.ts';

/** Escapes text for inline Markdown: one line; the characters that can open markup (emphasis, links, HTML,
 * entities, code, table cells, headings' closing marks) backslash-escaped. */
export function mdText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
}

function refs(keys: string[]): string {
  return keys.map((k) => `[^${k}]`).join('');
}

function url(u: string | null): string {
  if (!u || !/^https?:\/\/[^\s<>]+$/i.test(u)) return u ? mdText(u) : '';
  return `<${u}>`;
}

function factLine(f: FactLine, withDate = true): string {
  return `**${mdText(what(f))}**: ${mdText(whoToWhom(f))} · ${mdText(factDetails(f, withDate))} ${refs(f.refs)}`;
}

function sourceQuotes(c: ClaimLine, sources: Map<string, SourceNote>, indent: string): string[] {
  return claimSources(c).map(({ key, roles }) => {
    const s = sources.get(key);
    const text = s?.text ? `“${mdText(s.text)}”` : '(the article, no sentence given)';
    return `${indent}- ${roles.join(' and ')}: ${mdText(s?.outlet ?? key)}: ${text} [^${key}]`;
  });
}

function claimBlock(c: ClaimLine, sources: Map<string, SourceNote>): string[] {
  return [
    `### ${mdText(c.text)}`, '',
    `- **Claimed by** ${mdText(partyText(c.claimant))} ${refs(c.refs)}`,
    `- **Status**: ${mdText(claimStatusLine(c))}${c.disputeRefs.length ? ' ' + refs(c.disputeRefs) : ''}`,
    '- **Sources**:',
    ...sourceQuotes(c, sources, '  '),
    '',
  ];
}

function capped<T>(items: T[], n: number, line: (x: T) => string, rest: string): string[] {
  const out = items.slice(0, n).map((x) => `  - ${line(x)}`);
  if (items.length > n) out.push(`  - … and ${items.length - n} more ${rest}`);
  return out;
}

export function renderMarkdown(r: SituationReport): string {
  const sources = new Map(r.sources.map((s) => [s.key, s]));
  const L: string[] = [];
  L.push(`# ${mdText(r.title)}`, '');
  L.push(mdText(headerLine(r)), '');
  L.push('Every statement ends with its sources: a reference such as a2s14 is sentence 14 of article a2 (sentences count from 1); the notes at the end quote each sentence, and the article list names its outlet, title and address.', '');

  L.push('## Key facts', '');
  if (!r.keyFacts.length) L.push('No event was extracted with its evidence.', '');
  r.keyFacts.forEach((f, i) => L.push(`${i + 1}. ${factLine(f)}`));
  L.push('');

  L.push('## Timeline', '');
  for (const day of r.timeline) {
    L.push(`### ${day.date ? mdText(day.date) + (day.date.length < 10 ? ' (month only)' : '') : 'Date unknown'}`, '');
    for (const f of day.facts) L.push(`- ${factLine(f, false)}`);
    L.push('');
  }

  L.push('## Who said what', '');
  if (!r.speakers.length) L.push('No attributed quote was found.', '');
  for (const s of r.speakers) {
    L.push(`### ${mdText(s.speaker)} (${plural(s.quotes.length, 'quote')})`, '');
    for (const q of s.quotes) {
      L.push(`- ${mdText(quoteHow(q))}, ${mdText(q.outlet)}: “${mdText(q.text)}” ${refs(q.refs)}`);
    }
    L.push('');
  }

  L.push('## Claims and disputes', '');
  const contested = r.claims.filter((c) => c.status === 'disputed' || c.status === 'denied');
  const other = r.claims.filter((c) => !(c.status === 'disputed' || c.status === 'denied'));
  if (!r.claims.length) L.push('No claim attributed to a party was found.', '');
  if (contested.length) L.push(`${plural(contested.length, 'claim is', 'claims are')} disputed or denied by another party.`, '');
  for (const c of contested) L.push(...claimBlock(c, sources));
  if (other.length) L.push('### Claims nobody disputes in the sources', '');
  for (const c of other) {
    L.push(`- ${mdText(partyText(c.claimant))}: “${mdText(c.text)}” (${mdText(claimStatusLine(c))}) ${refs(unique([...c.refs, ...c.confirmRefs, ...c.caveatRefs]))}`);
    if (c.confirmRefs.length || c.caveatRefs.length) L.push(...sourceQuotes({ ...c, refs: [], disputeRefs: [] }, sources, '  '));
  }
  if (other.length) L.push('');

  L.push('## Outlet discrepancies', '');
  if (!r.discrepancies.length) L.push('The outlets do not contradict one another on any fact the extractors compare.', '');
  for (const d of r.discrepancies) {
    L.push(`### ${mdText(d.about)}`, '');
    for (const v of d.values) L.push(`- “${mdText(v.value)}”: ${v.outlets.map(mdText).join(', ')} ${refs(v.refs)}`);
    L.push('');
  }

  L.push('## Escalation', '');
  if (!r.escalation.length) L.push('No event between two countries has a country on each side.', '');
  for (const s of r.escalation) {
    L.push(`### ${mdText(s.names[0])} – ${mdText(s.names[1])}`, '', mdText(escalationSummary(s)) + (s.peak ? ' ' + refs(s.peak.refs) : ''), '');
    if (s.days.length) {
      L.push('| date | score sum | events | quad mix | sources |', '|---|---:|---:|---|---|');
      for (const d of s.days) L.push(`| ${d.date} | ${fmtScore(d.score)} | ${d.count} | ${mdText(quadMix(d.quad))} | ${refs(d.refs)} |`);
      L.push('');
    }
  }

  L.push('## What is unknown', '');
  const u = r.unknowns;
  L.push(`- ${plural(u.undatedEvents.length, 'event has', 'events have')} no date:`);
  L.push(...capped(u.undatedEvents, 25, (f) => factLine(f, false), 'in the timeline under “Date unknown”'));
  if (u.roughlyDatedEvents.length) {
    L.push(`- ${plural(u.roughlyDatedEvents.length, 'event is', 'events are')} dated to the month only:`);
    L.push(...capped(u.roughlyDatedEvents, 25, (f) => factLine(f), 'in the timeline'));
  }
  L.push(`- ${plural(u.unlocatedEvents.length, 'event has', 'events have')} no known location${u.unlocatedEvents.length ? ':' : '.'}`);
  L.push(...capped(u.unlocatedEvents, 15, (f) => factLine(f), 'in the timeline'));
  L.push(`- ${plural(u.unconfirmedClaims.length, 'claim is', 'claims are')} unconfirmed${u.unconfirmedClaims.length ? ':' : '.'}`);
  L.push(...u.unconfirmedClaims.map((c) => `  - ${mdText(partyText(c.claimant))}: “${mdText(c.text)}” ${refs(unique([...c.refs, ...c.caveatRefs]))}`));
  L.push(`- ${plural(u.singleSourcedClaims.length, 'claim rests', 'claims rest')} on one independent source${u.singleSourcedClaims.length ? ':' : '.'}`);
  L.push(...u.singleSourcedClaims.map((c) => `  - ${mdText(partyText(c.claimant))}: “${mdText(c.text)}” ${refs(c.refs)}`));
  L.push(`- ${plural(u.undatedArticles.length, 'article has', 'articles have')} no known publication date${u.undatedArticles.length ? ':' : '.'}`);
  L.push(...u.undatedArticles.map((a) => `  - ${a.key} (${mdText(a.outlet)}${a.title ? `, “${mdText(a.title)}”` : ''}): ${mdText(a.publishedNote ?? 'no reason recorded')}`));
  if (u.unattributedQuotes) L.push(`- ${plural(u.unattributedQuotes, 'quote has', 'quotes have')} no identified speaker and ${u.unattributedQuotes === 1 ? 'is' : 'are'} left out of “Who said what”.`);
  if (u.droppedEvents) L.push(`- ${plural(u.droppedEvents, 'extracted event was', 'extracted events were')} left out: no sentence backs ${u.droppedEvents === 1 ? 'it' : 'them'}.`);
  if (u.droppedClaims) L.push(`- ${plural(u.droppedClaims, 'claim was', 'claims were')} left out: no claimant.`);
  L.push('');

  L.push('## Sources', '', '### Articles', '');
  for (const a of r.articles) {
    const bits = [mdText(a.outletName ?? 'outlet unknown'), a.title ? `“${mdText(a.title)}”` : 'untitled', a.published ?? 'publication date unknown'];
    const dup = a.duplicateOf ? `; copy of ${mdText(a.duplicateOf)}` : '';
    L.push(`- **${a.key}**: ${bits.join(', ')} ${url(a.url)} (id ${mdText(a.id)}${dup})`.replace(/ {2,}/g, ' '));
  }
  L.push('');
  for (const s of r.sources) {
    const where = s.sentence === null ? 'the article' : `sentence ${s.sentence}`;
    const akey = s.key.replace(/s\d+$/, '');
    L.push(`[^${s.key}]: ${akey}${s.outlet !== akey ? ` (${mdText(s.outlet)})` : ''}, ${where}${s.text ? `: “${mdText(s.text)}”` : ''}`);
  }
  return L.join('\n') + '\n';
}
