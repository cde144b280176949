// The event layer: PLOVER events of every sentence, with actor(s), recipient(s), date, location,
// modality, score and the sentence as evidence.
import type { AnalyzedArticle, Entity, Event, Party, Quote, Sentence, Timex } from '../../model.ts';
import type { Extractor, StoryContext } from '../index.ts';
import { codeSentence, type Draft, type SentenceInput } from './code.ts';
import { dedupeArticleEvents } from './dedupe.ts';
import { affiliateParties } from './affiliation.ts';
import { ArticleDates } from './date.ts';
import { adversaryOf, articleFrame, noteChunks, partyOfEntity, type ArticleFrame } from './parties.ts';
import { ploverScore } from './score.ts';
import { tokenize, type Token } from './tokens.ts';

// The outlet says it cannot check what the parties claim: their accounts stay claims.
const UNVERIFIABLE = /\b(?:cannot|could not|can't|couldn't|unable to|has not been able to|was not able to)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|\bnot\s+(?:been\s+)?independently\s+(?:verified|confirmed)/i;

export function extractEvents(doc: AnalyzedArticle): Event[] {
  const body = doc.article.body;
  const tokenCache: Token[][] = doc.sentences.map((s) => tokenize(body.slice(s.start, s.end), s.start));
  if (tokenCache.length) tokenCache[0] = withoutDateline(tokenCache[0], doc.article.dateline);
  const frame = articleFrame(doc, (si) => tokenCache[si]);
  const unverifiable = UNVERIFIABLE.test(body);
  const entityById = new Map(doc.entities.map((e) => [e.id, e]));
  const dates = new ArticleDates(doc);
  const events: Event[] = [];
  let previous: Draft[] = [];
  let n = 0;
  // Quotes and timexes in body order, walked alongside the sentences (no sentence x item scan).
  const quotes = doc.quotes.filter((q) => q.speakerEntityId).sort((a, b) => a.start - b.start);
  const timexes = [...doc.timexes].sort((a, b) => a.start - b.start);
  let qi = 0, ti = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const tokens = tokenCache[si];
    if (!tokens.length) continue;
    while (qi < quotes.length && quotes[qi].end <= s.start) qi++;
    const quoteSpeakers = quoteSpeakersIn(s, tokens, quotes, qi, entityById, frame);
    while (ti < timexes.length && timexes[ti].end <= s.start) ti++;
    const timex = timexMarks(s, tokens, timexes, ti);
    const { drafts, view } = codeSentence({ tokens, quoteSpeakers, unverifiable, previous, timex }, frame);
    noteChunks(view.chunks, frame);
    for (const d of drafts) {
      // Actors are what the next pronoun most likely refers to.
      for (const a of d.actor) if (a.entityId && entityById.get(a.entityId)?.type === 'PERSON') {
        frame.recentPersons = frame.recentPersons.filter((p) => p.name !== a.name);
        frame.recentPersons.push(a);
      }
      const start = tokens[d.t0].start, end = tokens[d.t1 - 1].end;
      const place = d.places.find((p) => p.entityId) ?? d.places[0] ?? null;
      const placeEntity = place?.entityId ? entityById.get(place.entityId) : undefined;
      events.push({
        id: '', articleId: doc.article.id, type: d.type, mode: d.mode,
        actor: d.actor.map(clean), recipient: d.recipient.map(clean),
        date: dates.at(si, start, end),
        location: place?.name ?? null, geo: placeEntity?.geo ?? null,
        modality: d.modality, score: ploverScore(d.type, d.mode), sentenceIndex: si,
        evidence: body.slice(s.start, s.end), start: s.start, end: s.end,
        source: d.source, trigger: d.trigger,
      });
    }
    previous = drafts;
  }
  const kept = dedupeArticleEvents(events, (p) => !!p.entityId && entityById.get(p.entityId)?.type === 'PERSON');
  affiliateParties(doc, kept, (c) => adversaryOf(c, frame));
  for (const e of kept) e.id = `${doc.article.id}#v${++n}`;
  return kept;
}

/** Speakers the quote layer gives for quotes overlapping sentence s (quotes from index qi on, by start). */
function quoteSpeakersIn(s: Sentence, tokens: Token[], quotes: Quote[], qi: number, entityById: Map<string, Entity>, frame: ArticleFrame): SentenceInput['quoteSpeakers'] {
  const out: SentenceInput['quoteSpeakers'] = [];
  for (let k = qi; k < quotes.length && quotes[k].start < s.end; k++) {
    const q = quotes[k];
    if (q.end <= s.start || !q.speakerEntityId) continue;
    const ent = entityById.get(q.speakerEntityId);
    if (!ent) continue;
    const t0 = tokens.findIndex((t) => t.end > q.start);
    let t1 = tokens.findIndex((t) => t.start >= q.end);
    if (t1 < 0) t1 = tokens.length;
    const speaker = partyOfEntity(ent);
    const titled = frame.personCountry.get(ent.id);
    if (t0 >= 0) out.push({ t0, t1, speaker: [titled ? { name: speaker.name, country: titled, entityId: speaker.entityId } : speaker] });
  }
  return out;
}

/** 1 for the tokens of sentence s inside a timex (timexes from index ti on, by start). */
function timexMarks(s: Sentence, tokens: Token[], timexes: Timex[], ti: number): Uint8Array {
  const timex = new Uint8Array(tokens.length);
  for (let k = ti; k < timexes.length && timexes[k].start < s.end; k++) {
    const t = timexes[k];
    for (let j = 0; j < tokens.length; j++) if (tokens[j].start < t.end && tokens[j].end > t.start) timex[j] = 1;
  }
  return timex;
}

/** The first sentence without its dateline ("PUTRAJAYA, July 28 (Straits Wire) -"): a place, not a party. */
function withoutDateline(tokens: Token[], dateline: string | null): Token[] {
  if (!dateline || !tokens.length) return tokens;
  const first = dateline.split(/[\s,]+/)[0].toLowerCase();
  if (tokens[0].lower !== first) return tokens;
  for (let k = 1; k < Math.min(tokens.length - 1, 14); k++) {
    const t = tokens[k].text;
    if (t === '—' || t === '–' || t === '-' || t === ':') {
      // Renumbered in place (not copied): every token keeps one object shape.
      const rest = tokens.slice(k + 1);
      for (let i = 0; i < rest.length; i++) rest[i].i = i;
      return rest;
    }
  }
  return tokens;
}

function clean(p: Party): Party {
  return { name: p.name, country: p.country, entityId: p.entityId ?? null };
}

export const eventsExtractor: Extractor = {
  name: 'events',
  run(doc: AnalyzedArticle, _ctx: StoryContext): void {
    doc.events = extractEvents(doc);
  },
};
