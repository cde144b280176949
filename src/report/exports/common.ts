// What every export and the situation report need to say about the store's records: the article behind
// a source, a readable list of parties, country names. The input is the export document's pair
// (every article with its layers, the story over them), as analyze writes it and the store loads it.
import type { AnalyzedArticle, Article, Party, Story, StoryEvent } from '../../model.ts';
import { countryByIso3 } from '../../extract/gazetteer/countries.ts';
import { QUAD_OF } from '../escalation.ts';
import { VERSION } from '../../version.ts';

export interface StoryInput {
  articles: AnalyzedArticle[];
  story: Story;
}

export const CODER = `sitrep ${VERSION}`;

/** Name shown for the source of an article: its outlet, else its URL's host, else its id (as the dashboard does). */
export function sourceLabel(a: Pick<Article, 'id' | 'outlet' | 'url'>): string {
  if (a.outlet) return a.outlet;
  if (a.url) {
    try {
      return new URL(a.url).hostname.replace(/^www\./, '');
    } catch {
      /* not a URL: fall through */
    }
  }
  return a.id;
}

export function articleIndex(input: StoryInput): Map<string, Article> {
  return new Map(input.articles.map((d) => [d.article.id, d.article]));
}

export function partyNames(ps: Party[]): string {
  return ps.map((p) => p.name).join(' & ');
}

export function countryName(iso3: string | null | undefined): string | null {
  if (!iso3) return null;
  return countryByIso3(iso3)?.name ?? iso3;
}

/** PLOVER quad code: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export function quadCode(e: Pick<StoryEvent, 'type'>): 1 | 2 | 3 | 4 {
  const q = QUAD_OF[e.type];
  return q === 'verbal-cooperation' ? 1 : q === 'material-cooperation' ? 2 : q === 'verbal-conflict' ? 3 : 4;
}

/** Story events the exports may publish: an event is only a fact with the sentence it was read from. */
export function evidencedEvents(story: Story): StoryEvent[] {
  return story.events.filter((e) => e.evidence.length > 0);
}
