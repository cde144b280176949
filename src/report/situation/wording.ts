// Plain-text wording shared by the Markdown and HTML writers (each escapes it for its own format).
import type { ClaimStatus, QuadClass } from '../../model.ts';
import type { ClaimLine, Direction, EscalationLine, FactLine, PartyLine, QuoteLine, SituationReport } from './types.ts';

export function what(f: Pick<FactLine, 'type' | 'mode'>): string {
  return f.mode ? `${f.type} (${f.mode})` : f.type;
}

export function whoToWhom(f: Pick<FactLine, 'actor' | 'recipient'>): string {
  const actor = f.actor || 'unnamed party';
  return f.recipient ? `${actor} → ${f.recipient}` : actor;
}

export const MODALITY_TEXT: Record<string, string> = {
  asserted: 'reported as fact',
  claimed: 'claimed by a party, not confirmed',
  denied: 'denied',
  planned: 'announced or planned',
  negated: 'reported as not having happened',
};

/** "2025-05-07 · Bahawalpur · reported as fact · 3 sources (A, B)" */
export function factDetails(f: FactLine, withDate = true): string {
  const parts: string[] = [];
  if (withDate) parts.push(f.date ?? 'date unknown');
  if (f.location) parts.push(f.location);
  parts.push(MODALITY_TEXT[f.modality] ?? f.modality);
  parts.push(`${f.sources} source${f.sources === 1 ? '' : 's'} (${f.outlets.join(', ')})`);
  return parts.join(' · ');
}

export function partyText(p: PartyLine): string {
  return p.country && p.country !== p.name ? `${p.name} (${p.country})` : p.name;
}

export const STATUS_TEXT: Record<ClaimStatus, string> = {
  disputed: 'disputed',
  denied: 'denied',
  unconfirmed: 'unconfirmed',
  corroborated: 'corroborated',
};

export function claimStatusLine(c: ClaimLine): string {
  const by = c.disputedBy.map(partyText).join(', ');
  const base = c.status === 'disputed' || c.status === 'denied' ? `${STATUS_TEXT[c.status]}${by ? ` by ${by}` : ''}` : STATUS_TEXT[c.status];
  return `${base}${c.singleSourced ? '; one independent source' : ''}`;
}

export const QUAD_SHORT: Record<QuadClass, string> = {
  'verbal-cooperation': 'verbal cooperation',
  'material-cooperation': 'material cooperation',
  'verbal-conflict': 'verbal conflict',
  'material-conflict': 'material conflict',
};

export function quadMix(q: Record<QuadClass, number>): string {
  const parts = (Object.keys(QUAD_SHORT) as QuadClass[]).filter((k) => q[k] > 0).map((k) => `${q[k]} ${QUAD_SHORT[k]}`);
  return parts.join(', ') || 'none';
}

const DIRECTION_TEXT: Record<Direction, string> = {
  escalating: 'escalating (the later days are more conflictual than the earlier ones)',
  'de-escalating': 'de-escalating (the later days are less conflictual than the earlier ones)',
  level: 'level (no clear change between the earlier and the later days)',
  'single day': 'one dated day only',
};

export function escalationSummary(s: EscalationLine): string {
  const days = s.days.length;
  const parts = [
    `${s.total.count} dated event${s.total.count === 1 ? '' : 's'} over ${days} day${days === 1 ? '' : 's'}, score sum ${fmtScore(s.total.score)}`,
    `mix: ${quadMix(s.total.quad)}`,
    `direction: ${DIRECTION_TEXT[s.direction]}`,
  ];
  if (s.peak) parts.push(`most conflictual day: ${s.peak.date} (score ${fmtScore(s.peak.score)}, ${s.peak.count} event${s.peak.count === 1 ? '' : 's'})`);
  if (s.undated) parts.push(`${s.undated} event${s.undated === 1 ? '' : 's'} without a full date left off the curve`);
  return parts.join('; ');
}

export function fmtScore(n: number): string {
  const r = Math.round(n * 10) / 10;
  return r > 0 ? `+${r}` : r < 0 ? `−${Math.abs(r)}` : '0';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The report's opening line: how many articles, from which outlets, over which dates. */
export function headerLine(r: SituationReport): string {
  const named = r.outlets.length
    ? `${plural(r.outlets.length, 'named outlet')} (${r.outlets.join(', ')})`
    : 'no named outlet';
  const unnamed = r.articlesWithoutOutlet ? `; ${plural(r.articlesWithoutOutlet, 'article names', 'articles name')} no outlet` : '';
  const reported = r.reported.from
    ? `reports published ${r.reported.from}${r.reported.to !== r.reported.from ? ` to ${r.reported.to}` : ''}`
    : 'no report has a known publication date';
  const events = r.events.from ? `; events dated ${r.events.from}${r.events.to !== r.events.from ? ` to ${r.events.to}` : ''}` : '';
  return `${plural(r.articleCount, 'article')} (${r.independentCount} independent) from ${named}${unnamed}; ${reported}${events}. Written by ${r.generatedBy}.`;
}

/** "direct, said, via statement, 2025-05-08" */
export function quoteHow(q: QuoteLine): string {
  return [q.kind, q.cue, q.channel ? `via ${q.channel}` : null, q.date].filter(Boolean).join(', ');
}

/** The sentences behind a claim, each once, with every role it plays ("claim", "dispute", ...). */
export function claimSources(c: ClaimLine): { key: string; roles: string[] }[] {
  const out = new Map<string, string[]>();
  const add = (role: string, keys: string[]) => {
    for (const k of keys) {
      const roles = out.get(k) ?? [];
      if (!roles.includes(role)) roles.push(role);
      out.set(k, roles);
    }
  };
  add('claim', c.refs);
  add('dispute', c.disputeRefs);
  add('confirmation', c.confirmRefs);
  add('caveat', c.caveatRefs);
  return [...out].map(([key, roles]) => ({ key, roles }));
}

export function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}
