// Builds the situation report of a story from the store's records. Nothing is stated without a source:
// events without evidence and claims without a claimant are left out (and counted), and every line keeps
// the keys of the sentences it rests on.
import type { Article, Claim, Party, StoryEvent } from '../../model.ts';
import { independentArticles } from '../../text/dedup.ts';
import { timeline } from '../timeline.ts';
import { countryName, CODER, partyNames, type StoryInput } from '../exports/common.ts';
import { escalationLines } from './escalation-summary.ts';
import { Citations } from './sources.ts';
import type { ClaimLine, FactLine, SituationReport, SpeakerQuotes, TimelineDay } from './types.ts';

export interface BuildOptions {
  /** How many key facts to list (default 10). */
  keyFacts?: number;
}

const MATERIAL_CONFLICT = new Set(['SANCTION', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT']);

function span(dates: (string | null)[]): { from: string | null; to: string | null } {
  const ds = dates.filter((d): d is string => !!d).sort();
  return { from: ds[0] ?? null, to: ds.at(-1) ?? null };
}

const hasClaimant = (c: Claim) => !!c.claimant && !!c.claimant.name?.trim();
const party = (p: Party) => ({ name: p.name, country: p.country });

/** A title from the pair of countries the story is most about, else the most reported country. */
function storyTitle(pairs: { names: [string, string] }[], events: StoryEvent[]): string {
  if (pairs.length) return `Situation report: ${pairs[0].names[0]} – ${pairs[0].names[1]}`;
  const counts = new Map<string, number>();
  for (const e of events) for (const p of [...e.actor, ...e.recipient]) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top ? `Situation report: ${countryName(top[0])}` : 'Situation report';
}

export function buildSituationReport(input: StoryInput, opts: BuildOptions = {}): SituationReport {
  const cite = new Citations(input.articles);
  const articles = input.articles.map((d) => d.article);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const independentCount = (ids: string[]) =>
    independentArticles(ids.map((id) => articleById.get(id)).filter((a): a is Article => !!a)).length || ids.length;

  // Events: only those with a sentence behind them.
  const events = input.story.events.filter((e) => e.evidence.length > 0);
  const factOf = new Map<string, FactLine>();
  const fact = (e: StoryEvent): FactLine => {
    let f = factOf.get(e.id);
    if (!f) {
      f = {
        id: e.id, type: e.type, mode: e.mode, actor: partyNames(e.actor), recipient: partyNames(e.recipient), date: e.date,
        location: e.location, modality: e.modality, score: e.score, sources: independentCount(e.articles),
        outlets: [...new Set(e.articles.map((a) => cite.outlet(a)))], refs: cite.evidence(e.evidence, e.articles),
      };
      factOf.set(e.id, f);
    }
    return f;
  };

  const ordered = timeline(events);
  const timelineDays: TimelineDay[] = [];
  for (const e of ordered) {
    const last = timelineDays.at(-1);
    if (last && last.date === e.date) last.facts.push(fact(e));
    else timelineDays.push({ date: e.date, facts: [fact(e)] });
  }

  // Key facts: the most widely reported events; material conflict first among equals, then by date.
  const keyFacts = [...ordered]
    .map(fact)
    .sort((a, b) => b.sources - a.sources || Number(MATERIAL_CONFLICT.has(b.type)) - Number(MATERIAL_CONFLICT.has(a.type)) ||
      Math.abs(b.score) - Math.abs(a.score))
    .slice(0, opts.keyFacts ?? 10);

  // Who said what: quotes by speaker, the most quoted first; unattributed quotes are only counted.
  const bySpeaker = new Map<string, SpeakerQuotes>();
  let unattributedQuotes = 0;
  for (const d of input.articles) {
    for (const q of d.quotes) {
      if (!q.speaker?.trim()) {
        unattributedQuotes++;
        continue;
      }
      const key = q.speaker.trim().toLowerCase();
      let s = bySpeaker.get(key);
      if (!s) bySpeaker.set(key, (s = { speaker: q.speaker.trim(), quotes: [] }));
      s.quotes.push({
        kind: q.kind, text: q.text, cue: q.cue, channel: q.channel, date: q.date, outlet: cite.outlet(q.articleId),
        refs: [cite.sentence(q.articleId, q.sentenceIndex)],
      });
    }
  }
  const speakers = [...bySpeaker.values()].sort((a, b) => b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker));

  // Claims: a claim needs its claimant; disputed and denied ones first.
  const rank: Record<string, number> = { disputed: 0, denied: 1, unconfirmed: 2, corroborated: 3 };
  const validClaims = input.story.claims.filter(hasClaimant);
  const claims: ClaimLine[] = validClaims
    .map((c) => ({
      id: c.id, text: c.text, claimant: party(c.claimant), disputedBy: c.disputedBy.map(party), status: c.status,
      singleSourced: c.singleSourced ?? independentCount(c.articles) <= 1,
      refs: cite.evidence(c.evidence, c.articles), disputeRefs: cite.evidence(c.disputeEvidence),
      confirmRefs: cite.evidence(c.confirmEvidence), caveatRefs: cite.evidence(c.caveatEvidence),
    }))
    .sort((a, b) => rank[a.status] - rank[b.status]);

  const discrepancies = input.story.discrepancies.map((d) => ({
    id: d.id, about: d.about,
    values: d.values.map((v) => ({
      value: v.value, articles: v.articles, outlets: v.articles.map((a) => cite.label(a)), refs: cite.evidence(v.evidence, v.articles),
    })),
  }));

  const escalation = escalationLines(events, (e) => fact(e).refs);

  const facts = ordered.map(fact);
  const report: SituationReport = {
    title: storyTitle(escalation, events),
    generatedBy: CODER,
    reported: span(articles.map((a) => a.published)),
    events: span(events.map((e) => e.date)),
    articleCount: articles.length,
    independentCount: independentArticles(articles).length,
    outlets: [...new Set(cite.articles.map((a) => a.outletName).filter((o): o is string => !!o))].sort(),
    articlesWithoutOutlet: cite.articles.filter((a) => !a.outletName).length,
    keyFacts,
    timeline: timelineDays,
    speakers,
    claims,
    discrepancies,
    escalation,
    unknowns: {
      undatedEvents: facts.filter((f) => !f.date),
      roughlyDatedEvents: facts.filter((f) => f.date && f.date.length < 10),
      unlocatedEvents: facts.filter((f) => !f.location),
      unconfirmedClaims: claims.filter((c) => c.status === 'unconfirmed'),
      singleSourcedClaims: claims.filter((c) => c.singleSourced),
      undatedArticles: cite.articles.filter((a) => !a.published),
      unattributedQuotes,
      droppedEvents: input.story.events.length - events.length,
      droppedClaims: input.story.claims.length - validClaims.length,
    },
    articles: cite.articles,
    sources: [],
  };
  report.sources = cite.list();
  return report;
}
