// The export contract of ../shared/eval/FORMAT.md: field names exactly as written there.
import type { Analysis, AnalyzedArticle, Party, Story } from '../model.ts';

const party = (p: Party) => ({ name: p.name, country: p.country });

export function articleRecord(d: AnalyzedArticle) {
  const a = d.article;
  return {
    id: a.id,
    title: a.title,
    published: a.published,
    dateline: a.dateline,
    body: a.body,
    url: a.url,
    outlet: a.outlet,
    language: a.language,
    published_source: a.publishedSource,
    published_note: a.publishedNote,
    duplicate_of: a.duplicateOf,
    entities: d.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, country: e.country, roles: e.roles })),
    quotes: d.quotes.map((q) => ({ speaker: q.speaker, text: q.text, kind: q.kind, cue: q.cue, channel: q.channel, date: q.date, start: q.start, end: q.end })),
    events: d.events.map((e) => ({
      type: e.type, mode: e.mode, actor: e.actor.map(party), recipient: e.recipient.map(party), date: e.date,
      location: e.location, modality: e.modality, evidence: e.evidence, score: e.score, sentence: e.sentenceIndex,
    })),
    timexes: d.timexes.map((t) => ({ text: t.text, start: t.start, end: t.end, value: t.value, type: t.type })),
  };
}

export function storyRecord(s: Story) {
  return {
    entities: s.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, country: e.country, roles: e.roles, articles: e.articles })),
    events: s.events.map((e) => ({
      type: e.type, mode: e.mode, actor: e.actor.map(party), recipient: e.recipient.map(party), date: e.date,
      location: e.location, modality: e.modality, articles: e.articles, score: e.score,
      // Extra to FORMAT.md: when the event was first and last reported, and by how many sources.
      first_reported: e.firstReported, last_reported: e.lastReported, sources: e.sources ?? e.articles.length,
      evidence: e.evidence.map((v) => ({ article: v.articleId, sentence: v.sentenceIndex, text: v.text })),
    })),
    claims: s.claims.map((c) => ({
      text: c.text, claimant: party(c.claimant), disputed_by: c.disputedBy.map(party), status: c.status, articles: c.articles,
      evidence: c.evidence.map((v) => ({ article: v.articleId, sentence: v.sentenceIndex, text: v.text })),
    })),
    discrepancies: s.discrepancies.map((d) => ({
      about: d.about, values: d.values.map((v) => ({ value: v.value, articles: v.articles })),
    })),
  };
}

export function exportJson(analysis: Pick<Analysis, 'articles' | 'story'>) {
  return { articles: analysis.articles.map(articleRecord), story: storyRecord(analysis.story) };
}
