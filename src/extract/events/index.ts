// The event layer: PLOVER events of every sentence, with actor(s), recipient(s), date, location,
// modality, score and the sentence as evidence.
import type { AnalyzedArticle, Event, Party } from '../../model.ts';
import type { Extractor, StoryContext } from '../index.ts';
import { codeSentence, type Draft } from './code.ts';
import { dedupeArticleEvents } from './dedupe.ts';
import { affiliateParties } from './affiliation.ts';
import { eventDate } from './date.ts';
import { adversaryOf, articleFrame, noteChunks, partyOfEntity } from './parties.ts';
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
  const events: Event[] = [];
  let previous: Draft[] = [];
  let n = 0;
  // Quotes and timexes in body order, walked alongside the sentences (no sentence x item scan).
  const quotes = doc.quotes.filter((q) => q.speakerEntityId).sort((a, b) => a.start - b.start);
  const timexes = [...doc.timexes].sort((a, b) => a.start - b.start);
  let qi = 0, ti = 0;
  doc.sentences.forEach((s, si) => {
    const tokens = tokenCache[si];
    if (!tokens.length) return;
    const quoteSpeakers: { t0: number; t1: number; speaker: Party[] }[] = [];
    while (qi < quotes.length && quotes[qi].end <= s.start) qi++;
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
      if (t0 >= 0) quoteSpeakers.push({ t0, t1, speaker: [titled ? { ...speaker, country: titled } : speaker] });
    }
    const timex = new Uint8Array(tokens.length);
    while (ti < timexes.length && timexes[ti].end <= s.start) ti++;
    for (let k = ti; k < timexes.length && timexes[k].start < s.end; k++) {
      const t = timexes[k];
      for (let j = 0; j < tokens.length; j++) if (tokens[j].start < t.end && tokens[j].end > t.start) timex[j] = 1;
    }
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
        date: eventDate(doc, s, start, end),
        location: place?.name ?? null, geo: placeEntity?.geo ?? null,
        modality: d.modality, score: ploverScore(d.type, d.mode), sentenceIndex: si,
        evidence: body.slice(s.start, s.end), start: s.start, end: s.end,
        source: d.source, trigger: d.trigger,
      });
    }
    previous = drafts;
  });
  const kept = dedupeArticleEvents(events, (p) => !!p.entityId && entityById.get(p.entityId)?.type === 'PERSON');
  affiliateParties(doc, kept, (c) => adversaryOf(c, frame));
  for (const e of kept) e.id = `${doc.article.id}#v${++n}`;
  return kept;
}

/** The first sentence without its dateline ("PUTRAJAYA, July 28 (Straits Wire) -"): a place, not a party. */
function withoutDateline(tokens: Token[], dateline: string | null): Token[] {
  if (!dateline || !tokens.length) return tokens;
  const first = dateline.split(/[\s,]+/)[0].toLowerCase();
  if (tokens[0].lower !== first) return tokens;
  for (let k = 1; k < Math.min(tokens.length - 1, 14); k++) {
    const t = tokens[k].text;
    if (t === '—' || t === '–' || t === '-' || t === ':') return tokens.slice(k + 1).map((x, i) => ({ ...x, i }));
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
