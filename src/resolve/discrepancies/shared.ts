// What the discrepancy finders share: story identities of the articles' entities, the value record
// with its articles and evidence, and the article order.
import type { AnalyzedArticle, Discrepancy, Entity, Evidence, StoryEntity } from '../../model.ts';
import { evidenceOf, sentenceIndexAt } from '../claims/text.ts';
export { dayNumber } from '../../time/calendar.ts';

export interface StoryView {
  articles: AnalyzedArticle[];
  /** Story entity of an article entity id. */
  storyOf: Map<string, StoryEntity>;
}

export function storyView(articles: AnalyzedArticle[], entities: StoryEntity[]): StoryView {
  const storyOf = new Map<string, StoryEntity>();
  for (const e of entities) for (const id of e.members) storyOf.set(id, e);
  // Near-duplicate copies repeat their root: they would make one report look like two.
  return { articles: articles.filter((a) => !a.article.duplicateOf), storyOf };
}

/**
 * A person's key across articles: first and last name. (Story entities keep apart namesakes whose
 * countries the articles disagree on; for what one person is said to be, the name is the better key.)
 */
export function personKey(view: StoryView, e: Entity): string {
  const name = view.storyOf.get(e.id)?.name ?? e.name;
  let key = PERSON_KEYS.get(name);
  if (key === undefined) {
    const parts = name.toLowerCase().replace(/[^\p{L}\s-]/gu, '').split(/\s+/).filter(Boolean);
    key = parts.length >= 2 ? parts.slice(-2).join(' ') : `surname:${parts[0] ?? ''}`;
    if (PERSON_KEYS.size >= 10_000) PERSON_KEYS.clear();
    PERSON_KEYS.set(name, key);
  }
  return key;
}

const PERSON_KEYS = new Map<string, string>();

export function storyName(view: StoryView, e: Entity): string {
  return view.storyOf.get(e.id)?.name ?? e.name;
}

export type Value = Discrepancy['values'][number];

// Lookups for addValue, per values list: the value of a text, the articles and sentences it has.
interface Index { byText: Map<string, Value>; seen: Set<string> }
const INDEX = new WeakMap<Value[], Index>();

function indexOf(values: Value[]): Index {
  let ix = INDEX.get(values);
  if (!ix) {
    ix = { byText: new Map(), seen: new Set() };
    for (const v of values) {
      ix.byText.set(v.value.toLowerCase(), v);
      for (const a of v.articles) ix.seen.add(`${v.value.toLowerCase()}\u0000${a}`);
      for (const e of v.evidence) ix.seen.add(`${v.value.toLowerCase()}\u0000${e.articleId}\u0000${e.sentenceIndex}`);
    }
    INDEX.set(values, ix);
  }
  return ix;
}

/** Adds an article and its evidence sentence to the value with this text. */
export function addValue(values: Value[], value: string, doc: AnalyzedArticle, at: number): void {
  const ix = indexOf(values);
  const key = value.toLowerCase();
  let v = ix.byText.get(key);
  if (!v) {
    values.push((v = { value, articles: [], evidence: [] }));
    ix.byText.set(key, v);
  }
  const id = doc.article.id;
  if (!ix.seen.has(`${key}\u0000${id}`)) {
    ix.seen.add(`${key}\u0000${id}`);
    v.articles.push(id);
  }
  const si = sentenceIndexAt(doc, at);
  if (!ix.seen.has(`${key}\u0000${id}\u0000${si}`)) {
    ix.seen.add(`${key}\u0000${id}\u0000${si}`);
    v.evidence.push(evidenceOf(doc, si) as Evidence);
  }
}

/** Values reported by disjoint sets of articles: an article giving both is left out of the comparison. */
export function disjoint(values: Value[]): Value[] {
  const count = new Map<string, number>();
  for (const v of values) for (const a of v.articles) count.set(a, (count.get(a) ?? 0) + 1);
  return values
    .map((v) => ({ ...v, articles: v.articles.filter((a) => count.get(a) === 1), evidence: v.evidence.filter((e) => count.get(e.articleId) === 1) }))
    .filter((v) => v.articles.length > 0);
}

