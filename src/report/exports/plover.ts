// PLOVER-style JSON Lines: one story event per line, with the field names of the PLOVER manual's "JSON
// Data Fields" chapter (openeventdata/PLOVER, PLOVER_MANUAL.tex): id, date, actor/recipient as lists of
// actor objects {code, actor_text}, event, mode and context as lists, event_loc (a GeoNames-style location
// object), event_text, quad_code, event_scale (the PLOVER score), size {dead}, text_info, cite_info,
// coder, coded_date, comment. Drafts up to 0.8 name the actor list "source"; we use "actor", the name
// the project's issue and later PLOVER data (POLECAT) use. Fields the manual does not name are extensions,
// as the manual allows: modality, articles, sentences, story_people/story_organizations/story_locations.
import type { Party, StoryEntity, StoryEvent } from '../../model.ts';
import { countryByIso3 } from '../../extract/gazetteer/countries.ts';
import { articleIndex, CODER, evidencedEvents, quadCode, type StoryInput } from './common.ts';
import { eventFatalities } from './fatalities.ts';

/** The manual's special contexts that our modalities map to; the others are not contexts. */
const CONTEXT_OF_MODALITY: Record<string, string | undefined> = { planned: 'future', negated: 'negation' };

function actorObject(p: Party) {
  return { code: p.country, actor_text: p.name };
}

function location(e: StoryEvent) {
  if (!e.location && !e.geo) return null;
  const c = e.geo?.country ? countryByIso3(e.geo.country) : null;
  return {
    name: e.location,
    geonameid: e.geo?.geonameId ?? null,
    latitude: e.geo?.lat ?? null,
    longitude: e.geo?.lon ?? null,
    'country code': c?.iso2 ?? null,
    cc3: e.geo?.country ?? null,
  };
}

/** Names of the story's people, organisations and places mentioned in an event's articles, in story order. */
function storyNamesIndex(entities: StoryEntity[]) {
  const byArticle = new Map<string, number[]>();
  entities.forEach((x, i) => {
    for (const a of x.articles) {
      const list = byArticle.get(a);
      if (list) list.push(i);
      else byArticle.set(a, [i]);
    }
  });
  return (articles: string[]) => {
    const hit = new Set<number>();
    for (const a of articles) for (const i of byArticle.get(a) ?? []) hit.add(i);
    const picked = [...hit].sort((x, y) => x - y).map((i) => entities[i]);
    const names = (types: string[]) => picked.filter((x) => types.includes(x.type)).map((x) => x.name);
    return { story_people: names(['PERSON']), story_organizations: names(['ORG']), story_locations: names(['GPE', 'LOC', 'FAC']) };
  };
}

export interface PloverOptions {
  /** Date of coding, YYYY-MM-DD (default: today). */
  codedDate?: string;
}

export function ploverRecords(input: StoryInput, opts: PloverOptions = {}) {
  const byId = articleIndex(input);
  const coded = opts.codedDate ?? new Date().toISOString().slice(0, 10);
  const storyNames = storyNamesIndex(input.story.entities);
  return evidencedEvents(input.story).map((e) => {
    const context = CONTEXT_OF_MODALITY[e.modality];
    const dead = e.type === 'ASSAULT' ? eventFatalities(e.evidence, e.location).count : null;
    return {
      id: e.id,
      date: e.date,
      actor: e.actor.map(actorObject),
      recipient: e.recipient.map(actorObject),
      event: [e.type],
      mode: e.mode ? [e.mode] : [],
      context: context ? [context] : [],
      event_loc: location(e),
      event_text: e.evidence.map((v) => v.text),
      quad_code: quadCode(e),
      event_scale: e.score,
      ...(dead !== null ? { size: { dead } } : {}),
      text_info: e.evidence.map((v) => ({ sequence: v.sentenceIndex, start: v.start, end: v.end, article: v.articleId })),
      cite_info: e.articles.map((id) => {
        const a = byId.get(id);
        return { citation: id, url: a?.url ?? null, title: a?.title ?? null, publication: a?.outlet ?? null, language: a?.language ?? null, coder: CODER, codebook: 'plover' };
      }),
      coder: CODER,
      coded_date: coded,
      modality: e.modality,
      articles: e.articles,
      sentences: e.evidence.map((v) => ({ article: v.articleId, sentence: v.sentenceIndex })),
      first_reported: e.firstReported,
      last_reported: e.lastReported,
      ...storyNames(e.articles),
      ...(e.date && e.date.length < 10 ? { comment: `date known to the month only (${e.date})` } : !e.date ? { comment: 'date unknown' } : {}),
    };
  });
}

/** JSON Lines: one record per line, no line inside a record. */
export function ploverJsonl(input: StoryInput, opts: PloverOptions = {}): string {
  return ploverRecords(input, opts).map((r) => JSON.stringify(r) + '\n').join('');
}
