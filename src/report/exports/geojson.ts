// GeoJSON (RFC 7946) of the located story events: a FeatureCollection of Points, coordinates in the
// RFC's order [longitude, latitude]. An event is located by its own geo, else by the geo of the story
// place entity that bears its location's name; events with neither are left out (the report lists them).
import type { Geo, StoryEvent } from '../../model.ts';
import { articleIndex, evidencedEvents, quadCode, sourceLabel, type StoryInput } from './common.ts';

const party = (p: { name: string; country: string | null }) => ({ name: p.name, country: p.country });

/** The event's coordinates: its own, else those of the place entity named as its location. */
export function eventGeo(e: StoryEvent, placeGeo: Map<string, Geo>): Geo | null {
  if (e.geo) return e.geo;
  return e.location ? (placeGeo.get(e.location.toLowerCase()) ?? null) : null;
}

export function placeGeoIndex(input: StoryInput): Map<string, Geo> {
  const m = new Map<string, Geo>();
  for (const x of input.story.entities) {
    if (!x.geo || !['GPE', 'LOC', 'FAC'].includes(x.type)) continue;
    for (const n of [x.name, ...x.aliases]) if (!m.has(n.toLowerCase())) m.set(n.toLowerCase(), x.geo);
  }
  return m;
}

export function eventsGeoJson(input: StoryInput) {
  const byId = articleIndex(input);
  const places = placeGeoIndex(input);
  const features = [];
  for (const e of evidencedEvents(input.story)) {
    const g = eventGeo(e, places);
    if (!g || !Number.isFinite(g.lat) || !Number.isFinite(g.lon)) continue;
    features.push({
      type: 'Feature' as const,
      id: e.id,
      geometry: { type: 'Point' as const, coordinates: [g.lon, g.lat] as [number, number] },
      properties: {
        type: e.type,
        mode: e.mode,
        quad_code: quadCode(e),
        score: e.score,
        actor: e.actor.map(party),
        recipient: e.recipient.map(party),
        date: e.date,
        location: e.location,
        country: g.country,
        geonameid: g.geonameId,
        modality: e.modality,
        sources: e.evidence.map((v) => {
          const a = byId.get(v.articleId);
          return { article: v.articleId, outlet: a ? sourceLabel(a) : v.articleId, url: a?.url ?? null, sentence: v.sentenceIndex, text: v.text };
        }),
        articles: e.articles,
      },
    });
  }
  return { type: 'FeatureCollection' as const, features };
}
