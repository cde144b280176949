// The situation report as data: built once from the store (build.ts), then written as Markdown or HTML
// (markdown.ts, html.ts). Every statement carries `refs`, keys of entries in `sources`: the sentences
// (or, failing a sentence, the articles) it rests on.
import type { ClaimStatus, Modality, PloverType, QuadClass, QuoteKind } from '../../model.ts';

/** A cited source: one sentence of one article ("a2s14": article 2, sentence 14, counting from 1), or a whole article ("a2"). */
export interface SourceNote {
  key: string;
  articleId: string;
  /** Sentence number counting from 1, or null when the record names the article only. */
  sentence: number | null;
  /** The sentence as printed in the article. */
  text: string | null;
  /** The article's outlet, else its key ("a2"). */
  outlet: string;
  title: string | null;
  url: string | null;
  published: string | null;
}

export interface ArticleNote {
  /** "a2" */
  key: string;
  id: string;
  /** The outlet (or the URL's host), null when the article names neither. */
  outletName: string | null;
  /** The outlet, else the key: how lists name the article's source. */
  outlet: string;
  title: string | null;
  url: string | null;
  published: string | null;
  /** How the publication date was found, or why it is unknown. */
  publishedNote: string | null;
  duplicateOf: string | null;
}

export interface FactLine {
  id: string;
  type: PloverType;
  mode: string | null;
  /** "India", "India & Pakistan"; "" when the text names nobody. */
  actor: string;
  recipient: string;
  date: string | null;
  location: string | null;
  modality: Modality;
  score: number;
  /** Independent articles reporting it (near-duplicate copies count once). */
  sources: number;
  outlets: string[];
  refs: string[];
}

export interface TimelineDay {
  /** YYYY-MM-DD or YYYY-MM; null for the undated events, which come last. */
  date: string | null;
  facts: FactLine[];
}

export interface QuoteLine {
  kind: QuoteKind;
  text: string;
  cue: string | null;
  channel: string | null;
  date: string | null;
  outlet: string;
  refs: string[];
}

export interface SpeakerQuotes {
  speaker: string;
  quotes: QuoteLine[];
}

export interface PartyLine {
  name: string;
  country: string | null;
}

export interface ClaimLine {
  id: string;
  text: string;
  claimant: PartyLine;
  disputedBy: PartyLine[];
  status: ClaimStatus;
  singleSourced: boolean;
  /** Where the claim is made. */
  refs: string[];
  /** Where it is disputed or denied. */
  disputeRefs: string[];
  /** Where the other side confirms it. */
  confirmRefs: string[];
  /** Why it cannot be confirmed (an outlet cannot verify it, a party stays silent). */
  caveatRefs: string[];
}

export interface DiscrepancyValue {
  value: string;
  /** One label per article: "Chaco Herald (a2)", or the key alone when the outlet is unknown. */
  outlets: string[];
  articles: string[];
  refs: string[];
}

export interface DiscrepancyLine {
  id: string;
  about: string;
  values: DiscrepancyValue[];
}

export interface EscalationDayLine {
  date: string;
  score: number;
  count: number;
  quad: Record<QuadClass, number>;
  refs: string[];
}

export type Direction = 'escalating' | 'de-escalating' | 'level' | 'single day';

export interface EscalationLine {
  pair: [string, string];
  names: [string, string];
  days: EscalationDayLine[];
  total: { score: number; count: number; quad: Record<QuadClass, number> };
  /** The most conflictual day (lowest score sum). */
  peak: EscalationDayLine | null;
  direction: Direction;
  undated: number;
}

export interface Unknowns {
  undatedEvents: FactLine[];
  /** Month-only dates. */
  roughlyDatedEvents: FactLine[];
  unlocatedEvents: FactLine[];
  unconfirmedClaims: ClaimLine[];
  singleSourcedClaims: ClaimLine[];
  undatedArticles: ArticleNote[];
  /** Quotes whose speaker could not be identified. */
  unattributedQuotes: number;
  /** Records left out because nothing backs them: events without evidence, claims without a claimant. */
  droppedEvents: number;
  droppedClaims: number;
}

export interface SituationReport {
  title: string;
  generatedBy: string;
  /** Publication dates of the reports, first and last. */
  reported: { from: string | null; to: string | null };
  /** Dates of the events, first and last full or month date. */
  events: { from: string | null; to: string | null };
  articleCount: number;
  independentCount: number;
  /** Named outlets (or hosts); articles that name none are counted in articlesWithoutOutlet. */
  outlets: string[];
  articlesWithoutOutlet: number;
  keyFacts: FactLine[];
  timeline: TimelineDay[];
  speakers: SpeakerQuotes[];
  claims: ClaimLine[];
  discrepancies: DiscrepancyLine[];
  escalation: EscalationLine[];
  unknowns: Unknowns;
  articles: ArticleNote[];
  sources: SourceNote[];
}
