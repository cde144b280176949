// The data model every pipeline stage reads and enriches.
// Offsets (start/end) are UTF-16 character offsets into Article.body, half-open.

export interface Span {
  start: number;
  end: number;
}

/** A problem with one input, carried as data so the CLI, API and dashboard can all show it. */
export interface Diagnostic {
  input: string;
  reason: string;
  severity: 'error' | 'warning';
  articleId?: string;
  span?: Span;
}

export type InputKind = 'text' | 'html' | 'jsonl' | 'url' | 'feed-item' | 'stdin';

/** One document as it came in, before cleaning. Exactly one of text/html is set. */
export interface RawDocument {
  /** Where it came from: a path, a URL, "-" for stdin, or "path:line" for a JSON Lines record. */
  source: string;
  kind: InputKind;
  /** Stable id: file name without extension, the given JSON Lines id, or a hash of the URL. */
  id: string;
  url: string | null;
  text?: string;
  html?: string;
  /** Metadata supplied by the container (JSON Lines fields, feed item fields, HTTP headers). */
  meta: SuppliedMeta;
}

export interface SuppliedMeta {
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  byline?: string | null;
  language?: string | null;
}

export type DateSource = 'metadata' | 'dateline' | 'text' | 'story';

export interface Article {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  /** Place the report is filed from ("New Delhi"), when printed. */
  dateline: string | null;
  /** Publication date YYYY-MM-DD, or null. */
  published: string | null;
  /** How the publication date was found, or why it is null. */
  publishedSource: DateSource | null;
  publishedNote: string | null;
  /** ISO 639-1 code, "und" when undetermined. */
  language: string;
  /** Clean body: boilerplate removed, paragraphs separated by a blank line. */
  body: string;
  wordCount: number;
  /** sha256 of the normalised body: identical content, identical hash. */
  contentHash: string;
  /**
   * Id of the first article of the same wire story when this one is a near-duplicate copy (most of its
   * text is in that article), or null. Always the root, never a copy. Story-level counts must not count
   * copies twice: independentArticles() in src/text/dedup.ts keeps one article per story.
   */
  duplicateOf: string | null;
  /** Lines removed as boilerplate, kept for audit. */
  removed: string[];
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2025-05-08, 2025-05, 2025-W19, PRESENT_REF, P2W, 2025-05-08TEV ... */
  value: string;
  /** TIMEX3 mod (BEFORE, AFTER, START, ...), when any. */
  mod?: string;
  /** What the value was computed from. */
  anchor: 'absolute' | 'publication' | 'inferred-publication' | 'timex' | 'none';
  /** Index of the timex this one was resolved from, for anchor = timex. */
  anchorIndex?: number;
}

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type MentionKind = 'name' | 'alias' | 'pronoun' | 'description' | 'demonym';

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
}

export interface Geo {
  geonameId: number | null;
  lat: number;
  lon: number;
  /** ISO alpha-3 of the country the place is in. */
  country: string | null;
}

/** One real-world entity as one article mentions it. */
export interface Entity {
  /** Unique within the article: "<articleId>#e<n>". */
  id: string;
  articleId: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** ISO 3166-1 alpha-3 affiliation, or null. */
  country: string | null;
  /**
   * How the country was found (persons): stated by the text (a title, an apposition), taken from the
   * organisation the person speaks for, or guessed from the sentence's places or the dateline.
   * Absent when stated or unknown. Guesses yield to what other reports state.
   */
  countryBasis?: 'org' | 'context' | 'dateline';
  roles: string[];
  mentions: Mention[];
  geo: Geo | null;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote extends Span {
  id: string;
  articleId: string;
  kind: QuoteKind;
  text: string;
  /** Speaker name as resolved (the entity's name), or the text's description when no entity. */
  speaker: string | null;
  speakerEntityId: string | null;
  cue: string | null;
  channel: string | null;
  date: string | null;
  sentenceIndex: number;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type QuadClass = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

export type Modality = 'asserted' | 'claimed' | 'denied' | 'planned' | 'negated';

export interface Party {
  name: string;
  /** ISO alpha-3 state, or null for non-state actors. */
  country: string | null;
  entityId?: string | null;
}

export interface Event extends Span {
  id: string;
  articleId: string;
  type: PloverType;
  mode: string | null;
  actor: Party[];
  recipient: Party[];
  /** YYYY-MM-DD, YYYY-MM, or null. */
  date: string | null;
  location: string | null;
  geo: Geo | null;
  modality: Modality;
  /** PLOVER score, -10 (most conflictual) to +10. */
  score: number;
  sentenceIndex: number;
  /** The sentence the event was read from (an exact substring of the body). */
  evidence: string;
  /** Who the text attributes the report to, when not the outlet ("according to X"). */
  source: string | null;
  /** The trigger words. */
  trigger: string;
}

/** An article with everything extracted from it. */
export interface AnalyzedArticle {
  article: Article;
  sentences: Sentence[];
  timexes: Timex[];
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
}

// ---------- story level: merged across articles ----------

export interface StoryEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  country: string | null;
  roles: string[];
  articles: string[];
  /** Ids of the article-level entities merged here. */
  members: string[];
  geo: Geo | null;
}

export interface Evidence {
  articleId: string;
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
}

export interface StoryEvent {
  id: string;
  type: PloverType;
  mode: string | null;
  actor: Party[];
  recipient: Party[];
  date: string | null;
  location: string | null;
  geo: Geo | null;
  modality: Modality;
  score: number;
  articles: string[];
  /** Ids of the article-level events merged here. */
  members: string[];
  evidence: Evidence[];
  firstReported: string | null;
  lastReported: string | null;
  /** How many independent reports carry it (near-duplicate copies of one wire story count once). */
  sources?: number;
}

export type ClaimStatus = 'disputed' | 'denied' | 'unconfirmed' | 'corroborated';

export interface Claim {
  id: string;
  text: string;
  claimant: Party;
  disputedBy: Party[];
  status: ClaimStatus;
  articles: string[];
  evidence: Evidence[];
  /** Evidence of the disputes ("a figure India disputes"). */
  disputeEvidence: Evidence[];
  /** Reported by one independent article only (near-duplicate copies count once). */
  singleSourced?: boolean;
  /** The other side's own account confirming it in substance (status corroborated). */
  confirmEvidence?: Evidence[];
  /** Why nobody can confirm it: the outlet cannot verify it, the other side stays silent. */
  caveatEvidence?: Evidence[];
}

export interface Discrepancy {
  id: string;
  about: string;
  values: { value: string; articles: string[]; evidence: Evidence[] }[];
}

export interface Story {
  entities: StoryEntity[];
  events: StoryEvent[];
  claims: Claim[];
  discrepancies: Discrepancy[];
}

export interface Analysis {
  articles: AnalyzedArticle[];
  story: Story;
  diagnostics: Diagnostic[];
}
