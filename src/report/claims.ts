// The claims and discrepancies of a story as text for the terminal: each claim with its status,
// claimant, disputers and every source sentence; each discrepancy with the values and who gives them.
import type { Claim, Discrepancy, Evidence, Party } from '../model.ts';
import type { ArticleMeta } from './claimreview.ts';

const who = (p: Party) => (p.country ? `${p.name} (${p.country})` : p.name);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function source(e: Evidence, meta: Map<string, ArticleMeta>): string {
  const a = meta.get(e.articleId);
  const label = [a?.outlet, a?.published].filter(Boolean).join(', ');
  return `${e.articleId}${label ? ` (${label})` : ''}: "${oneLine(e.text)}"`;
}

export function formatClaim(c: Claim, meta: Map<string, ArticleMeta>): string {
  const lines = [`[${c.status}] ${who(c.claimant)}: ${oneLine(c.text)}`];
  lines.push(`    disputed by: ${c.disputedBy.length ? c.disputedBy.map(who).join('; ') : 'nobody in these reports'}`);
  const n = c.articles.length;
  lines.push(`    sources (${n} article${n === 1 ? '' : 's'}${c.singleSourced ? ', single-sourced' : ''}):`);
  for (const e of c.evidence) lines.push(`      ${source(e, meta)}`);
  if (c.disputeEvidence.length) {
    lines.push('    disputes:');
    for (const e of c.disputeEvidence) lines.push(`      ${source(e, meta)}`);
  }
  if (c.confirmEvidence?.length) {
    lines.push("    confirmed by the other side's own account:");
    for (const e of c.confirmEvidence) lines.push(`      ${source(e, meta)}`);
  }
  if (c.caveatEvidence?.length) {
    lines.push('    caveats:');
    for (const e of c.caveatEvidence) lines.push(`      ${source(e, meta)}`);
  }
  return lines.join('\n');
}

export function formatDiscrepancy(d: Discrepancy, meta: Map<string, ArticleMeta>): string {
  const lines = [`${d.about}`];
  for (const v of d.values) {
    lines.push(`    "${v.value}" in ${v.articles.join(', ')}`);
    for (const e of v.evidence ?? []) lines.push(`      ${source(e, meta)}`);
  }
  return lines.join('\n');
}

export function formatClaimsReport(claims: Claim[], discrepancies: Discrepancy[], articles: ArticleMeta[]): string {
  const meta = new Map(articles.map((a) => [a.id, a]));
  const parts: string[] = [];
  parts.push(`Claims (${claims.length})`);
  for (const c of claims) parts.push(formatClaim(c, meta));
  parts.push('', `Discrepancies between reports (${discrepancies.length})`);
  for (const d of discrepancies) parts.push(formatDiscrepancy(d, meta));
  return parts.join('\n');
}
