// What the API returns: the model's records in the export's field names, each carrying the sources behind it
// (article, outlet, date and the sentence), so any client can show the evidence one click away.
import type { Claim, Discrepancy, Evidence, Event, Party, Quote, StoryEntity, StoryEvent } from '../model.ts';
import { QUAD_OF } from '../report/escalation.ts';
import type { ArticleMeta, EntityRow, Snapshot } from './snapshot.ts';

export interface SourceRef {
  article: string;
  outlet: string;
  title: string | null;
  published: string | null;
  url: string | null;
  /** Index of the sentence in the article (null when the record does not say). */
  sentence: number | null;
  /** The sentence or passage, exactly as in the article body. */
  text: string | null;
  start?: number;
  end?: number;
}

const party = (p: Party) => ({ name: p.name, country: p.country });

export function sourceRef(snap: Snapshot, articleId: string, sentence: number | null, text: string | null, span?: { start: number; end: number }): SourceRef {
  const a = snap.articleById.get(articleId);
  return {
    article: articleId, outlet: a?.sourceLabel ?? articleId, title: a?.title ?? null, published: a?.published ?? null, url: a?.url ?? null,
    sentence, text, ...(span ? { start: span.start, end: span.end } : {}),
  };
}

/** Evidence of a story-level record, one entry per reporting article (articles without a quoted sentence included). */
function evidenceRefs(snap: Snapshot, evidence: Evidence[], articles: string[]): SourceRef[] {
  const refs = (evidence ?? []).map((v) => sourceRef(snap, v.articleId, v.sentenceIndex, v.text, { start: v.start, end: v.end }));
  const seen = new Set(refs.map((r) => r.article));
  for (const a of articles ?? []) if (!seen.has(a)) refs.push(sourceRef(snap, a, null, null));
  return refs;
}

export function articleRecord(snap: Snapshot, a: ArticleMeta) {
  return {
    id: a.id, title: a.title, outlet: a.outlet, source: a.sourceLabel, byline: a.byline, dateline: a.dateline, published: a.published,
    published_source: a.publishedSource, language: a.language, url: a.url, input: a.source, word_count: a.wordCount,
    duplicate_of: a.duplicateOf, counts: snap.counts.get(a.id) ?? { entities: 0, quotes: 0, events: 0 },
  };
}

export function articleEventRecord(snap: Snapshot, e: Event) {
  const se = snap.storyEventOf.get(e.id);
  let sources: SourceRef[];
  if (se) {
    sources = evidenceRefs(snap, se.evidence, se.articles);
    if (!sources.some((s) => s.article === e.articleId)) sources.unshift(sourceRef(snap, e.articleId, e.sentenceIndex, e.evidence));
  } else sources = [sourceRef(snap, e.articleId, e.sentenceIndex, e.evidence, { start: e.start, end: e.end })];
  return {
    id: e.id, articleId: e.articleId, type: e.type, mode: e.mode, actor: e.actor.map(party), recipient: e.recipient.map(party),
    date: e.date, location: e.location, modality: e.modality, evidence: e.evidence, sentence: e.sentenceIndex, score: e.score,
    quad: QUAD_OF[e.type] ?? null, trigger: e.trigger, attributed_to: e.source, geo: e.geo, start: e.start, end: e.end,
    story_event: se?.id ?? null, sources,
  };
}

export function storyEventRecord(snap: Snapshot, e: StoryEvent) {
  return {
    id: e.id, type: e.type, mode: e.mode, actor: e.actor.map(party), recipient: e.recipient.map(party), date: e.date,
    location: e.location, modality: e.modality, score: e.score, quad: QUAD_OF[e.type] ?? null, geo: e.geo,
    articles: e.articles, members: e.members, first_reported: e.firstReported, last_reported: e.lastReported,
    sources: evidenceRefs(snap, e.evidence, e.articles),
  };
}

export function entityRecord(snap: Snapshot, e: EntityRow) {
  return {
    id: e.id, articleId: e.articleId, name: e.name, type: e.type, aliases: e.aliases, country: e.country, roles: e.roles, geo: e.geo,
    mentions: e.mentionCount, source: snap.articleById.get(e.articleId)?.sourceLabel ?? e.articleId,
  };
}

export function storyEntityRecord(snap: Snapshot, e: StoryEntity) {
  return {
    id: e.id, name: e.name, type: e.type, aliases: e.aliases, country: e.country, roles: e.roles, geo: e.geo, articles: e.articles,
    members: e.members, sources: [...new Set(e.articles.map((a) => snap.articleById.get(a)?.sourceLabel ?? a))],
  };
}

export function quoteRecord(snap: Snapshot, q: Quote) {
  return {
    id: q.id, articleId: q.articleId, speaker: q.speaker, speaker_entity: q.speakerEntityId, text: q.text, kind: q.kind, cue: q.cue,
    channel: q.channel, date: q.date, start: q.start, end: q.end, sentence: q.sentenceIndex,
    sources: [sourceRef(snap, q.articleId, q.sentenceIndex, q.text, { start: q.start, end: q.end })],
  };
}

export function claimRecord(snap: Snapshot, c: Claim) {
  return {
    id: c.id, text: c.text, claimant: party(c.claimant), disputed_by: c.disputedBy.map(party), status: c.status, articles: c.articles,
    sources: evidenceRefs(snap, c.evidence, c.articles),
    dispute_sources: (c.disputeEvidence ?? []).map((v) => sourceRef(snap, v.articleId, v.sentenceIndex, v.text, { start: v.start, end: v.end })),
  };
}

export function discrepancyRecord(snap: Snapshot, d: Discrepancy) {
  return {
    id: d.id, about: d.about,
    values: d.values.map((v) => ({ value: v.value, articles: v.articles, sources: evidenceRefs(snap, v.evidence, v.articles) })),
  };
}
