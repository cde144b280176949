// Story events: one real event reported by several articles becomes one story event with its
// mentions (the GDELT Mentions idea): how many sources, first and latest report, each source's sentence.
//
// Merge rules, all of which must hold:
//   - same PLOVER type, and compatible modes for material events (an air strike is not a shelling);
//   - compatible parties: the same person where both name a person, else the same state (else name);
//   - compatible dates: equal days, a day inside the other's month, or unknown; an undated event is
//     read at its article's main day (the day most of its dated events fall on), so "Rubio's call" in
//     an undated report of Saturday's round joins Saturday's call and not Thursday's;
//   - where only a month or nothing pins the date, similar evidence (shared content words);
//   - never two events of the same article (the article level already merged its repeated mentions).
import type { AnalyzedArticle, Entity, Event, Evidence, Party, StoryEvent } from '../model.ts';
import { independentArticles } from '../text/dedup.ts';

/** What partyCompatible reads of a party, taken once per member (no look-ups per comparison). */
interface Side {
  person: boolean;
  surname: string;
  country: string | null;
  name: string;
}

interface Member {
  event: Event;
  actor: Side[];
  recipient: Side[];
  published: string | null;
  /** The date used for matching: the event's own, else its article's main day. */
  matchDate: string | null;
  /** Content words of the evidence, as sorted word ids. */
  words: Int32Array;
  /** A number for the member's evidence text (equal texts, equal numbers). */
  text: number;
  /** A number for the member's article id (a cheaper set key than the id). */
  article: number;
}

interface Cluster {
  members: Member[];
  articles: Set<string>;
  articleIndexes: Set<number>;
  /** The members' distinct match dates: all fits() needs of them (kept as members join, not rescanned). */
  dates: Set<string | null>;
  /** The first member's full day, else its first month or year: the cluster's date key in its bucket. */
  day: string | null;
  dated: string | null;
}

function newCluster(m: Member): Cluster {
  const c: Cluster = { members: [], articles: new Set(), articleIndexes: new Set(), dates: new Set(), day: null, dated: null };
  addMember(c, m);
  return c;
}

function addMember(c: Cluster, m: Member): void {
  c.members.push(m);
  c.articles.add(m.event.articleId);
  c.articleIndexes.add(m.article);
  c.dates.add(m.matchDate);
  if (!c.day && m.matchDate?.length === 10) c.day = m.matchDate;
  if (!c.dated && m.matchDate) c.dated = m.matchDate;
}

const STOP = new Set(`that this with from have has had were was been their there which while about after before
  also said says will would could should into than them they then these those other such only more most some what
  when where over under between both each very just being against during amid among upon`.split(/\s+/));

/** The distinct content words of a text as sorted ids from `ids` (which grows with new words). */
function contentWords(text: string, ids: Map<string, number>): Int32Array {
  const out = new Set<number>();
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []) {
    if (STOP.has(w)) continue;
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    out.add(id);
  }
  return Int32Array.from(out).sort();
}

/** Jaccard similarity of two sorted id lists (a merge: the hot comparison of story events). */
function jaccard(a: Int32Array, b: Int32Array): number {
  let inter = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - inter;
  return union ? inter / union : 0;
}

const MATERIAL = new Set(['COOPERATE', 'AID', 'RETREAT', 'SANCTION', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT']);

// Asked for every party of every comparison: kept per name.
const surnames = new Map<string, string>();

function surname(name: string): string {
  let s = surnames.get(name);
  if (s === undefined) {
    const t = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[a-z]+/g) ?? [];
    s = t.at(-1) ?? '';
    if (surnames.size >= 100_000) surnames.clear();
    surnames.set(name, s);
  }
  return s;
}

function sidesOf(ps: Party[], personOf: (p: Party) => boolean): Side[] {
  return ps.map((p) => {
    const person = personOf(p);
    return { person, surname: person ? surname(p.name) : '', country: p.country, name: p.name.toLowerCase() };
  });
}

function partyCompatible(a: Side, b: Side): boolean {
  if (a.person && b.person) return a.surname === b.surname && (!a.country || !b.country || a.country === b.country);
  if (a.country && b.country) return a.country === b.country;
  return a.name === b.name;
}

function someCompatible(x: Side, list: Side[]): boolean {
  for (const y of list) if (partyCompatible(x, y)) return true;
  return false;
}

function partiesCompatible(a: Side[], b: Side[]): boolean {
  if (a.length !== b.length) return false;
  for (const x of a) if (!someCompatible(x, b)) return false;
  for (const y of b) if (!someCompatible(y, a)) return false;
  return true;
}

/** 2 = same day, 1 = day inside month or same month, 0 = one side unknown, -1 = incompatible. */
function dateFit(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  if (a === b) return 2;
  if ((a.length === 7 && b.startsWith(a)) || (b.length === 7 && a.startsWith(b))) return 1;
  return -1;
}

/** The day most of an article's dated events fall on. */
function mainDay(events: Event[]): string | null {
  const counts = new Map<string, number>();
  for (const e of events) if (e.date && e.date.length === 10) counts.set(e.date, (counts.get(e.date) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [d, c] of counts) if (c > n || (c === n && best && d > best)) { best = d; n = c; }
  return best;
}

function sideKey(ps: Party[]): string {
  return ps.map((p) => p.country ?? `n:${surname(p.name)}`).sort().join('+');
}

function bucketKey(e: Event): string {
  return `${e.type}|${sideKey(e.actor)}|${sideKey(e.recipient)}`;
}

/** Jaccard similarity of two members' evidence, once per pair of distinct evidence texts (reports repeat sentences). */
function similarity(a: Member, b: Member, sims: Map<number, number>): number {
  if (a.text >= 0x200000 || b.text >= 0x200000) return jaccard(a.words, b.words);
  const key = a.text * 0x200000 + b.text;
  let v = sims.get(key);
  if (v === undefined) {
    if (sims.size >= 1_000_000) sims.clear();
    sims.set(key, (v = jaccard(a.words, b.words)));
  }
  return v;
}

function fits(c: Cluster, m: Member, sims: Map<number, number>): number | null {
  if (c.articleIndexes.has(m.article)) return null;
  const first = c.members[0];
  const head = first.event;
  const e = m.event;
  if (head.type !== e.type) return null;
  if (MATERIAL.has(e.type) && head.mode && e.mode && head.mode !== e.mode) return null;
  if (!partiesCompatible(first.actor, m.actor) || !partiesCompatible(first.recipient, m.recipient)) return null;
  // Dates: the members' distinct ones give the same answer as every member (a big cluster stays one test).
  let best = -1;
  for (const d of c.dates) {
    const f = dateFit(d, m.matchDate);
    if (f < 0) return null;
    best = Math.max(best, f);
  }
  // Similarity against the first few reports is enough to place a new one.
  let sim = 0;
  for (let i = 0; i < c.members.length && i < 6; i++) sim = Math.max(sim, similarity(c.members[i], m, sims));
  // Same day: the same happening. Only a month or nothing in common: the texts must also agree.
  if (best === 2) return 2 + sim;
  return sim >= 0.2 ? best + sim : null;
}

/** Merge the article-level events of a story into story events. */
export function resolveStoryEvents(articles: AnalyzedArticle[]): StoryEvent[] {
  const entityType = new Map<string, Entity['type']>();
  const published = new Map<string, string | null>();
  const duplicateOf = new Map<string, string | null>();
  for (const a of articles) {
    published.set(a.article.id, a.article.published);
    duplicateOf.set(a.article.id, a.article.duplicateOf);
    for (const e of a.entities) entityType.set(e.id, e.type);
  }
  const personOf = (p: Party) => !!p.entityId && entityType.get(p.entityId) === 'PERSON';
  const members: Member[] = [];
  // Reports repeat sentences (wire copies): each distinct evidence is read once.
  const wordIds = new Map<string, number>();
  const wordsOf = new Map<string, { words: Int32Array; text: number }>();
  const indexOfId = new Map<string, number>();
  for (const a of articles) {
    const day = mainDay(a.events);
    for (const e of a.events) {
      let article = indexOfId.get(e.articleId);
      if (article === undefined) indexOfId.set(e.articleId, (article = indexOfId.size));
      let read = wordsOf.get(e.evidence);
      if (!read) wordsOf.set(e.evidence, (read = { words: contentWords(e.evidence, wordIds), text: wordsOf.size }));
      members.push({
        event: e, actor: sidesOf(e.actor, personOf), recipient: sidesOf(e.recipient, personOf), published: a.article.published,
        matchDate: e.date ?? day, words: read.words, text: read.text, article,
      });
    }
  }
  // Precise dates first, so that undated mentions join the happening they most likely report
  // (a stable partition by the date's length: the order of a stable sort, without its comparisons).
  const byPrecision = new Map<number, Member[]>();
  for (const m of members) {
    const p = m.event.date ? m.event.date.length : 0;
    const list = byPrecision.get(p);
    if (list) list.push(m);
    else byPrecision.set(p, [m]);
  }
  members.length = 0;
  for (const p of [...byPrecision.keys()].sort((x, y) => y - x)) for (const m of byPrecision.get(p)!) members.push(m);
  // Clusters can only merge within the same type and the same states on each side: bucket by that,
  // so that the merge stays linear in the number of events.
  // Within a bucket, clusters are indexed by the date they hold (a cluster holds at most one day):
  // a dated mention is only compared with clusters of its day, of its month, or undated ones.
  const clusters: Cluster[] = [];
  const buckets = new Map<string, Map<string, Cluster[]>>();
  // When each date key entered its bucket: candidates are visited in that order, whichever way they are found.
  const keyOrder = new Map<Cluster[], number>();
  const dateKey = (c: Cluster) => c.day ?? c.dated ?? '';
  // Lists grow in place (a copy per new cluster was quadratic in the clusters of one day).
  const file = (bucket: Map<string, Cluster[]>, k: string, c: Cluster) => {
    const list = bucket.get(k);
    if (list) list.push(c);
    else {
      const created = [c];
      keyOrder.set(created, bucket.size);
      bucket.set(k, created);
    }
  };
  const byKeyOrder = (a: Cluster[], b: Cluster[]) => keyOrder.get(a)! - keyOrder.get(b)!;
  const sims = new Map<number, number>();
  for (const m of members) {
    const key = bucketKey(m.event);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = new Map()));
    const d = m.matchDate ?? '';
    // The clusters the member may join, as lists in their bucket's order.
    let lists: Cluster[][];
    if (!d) lists = [...bucket.values()];
    else if (d.length === 10) {
      // A day fits clusters of that day, of its month, or undated ones: only those keys are read.
      lists = [];
      for (const k of ['', d, d.slice(0, 7)]) {
        const list = bucket.get(k);
        if (list) lists.push(list);
      }
      if (lists.length > 1) lists.sort(byKeyOrder);
    } else {
      const month = d.slice(0, 7);
      lists = [];
      for (const [k, list] of bucket) if (k === '' || k === d || k === month || (d.length === 7 && k.startsWith(month))) lists.push(list);
    }
    let best: Cluster | null = null;
    let bestScore = -Infinity;
    for (const list of lists) for (const c of list) {
      const s = fits(c, m, sims);
      if (s != null && s > bestScore) { best = c; bestScore = s; }
    }
    if (best) {
      const before = dateKey(best);
      addMember(best, m);
      const after = dateKey(best);
      if (after !== before) {
        const old = bucket.get(before)!;
        old.splice(old.indexOf(best), 1);
        file(bucket, after, best);
      }
    } else {
      const c = newCluster(m);
      clusters.push(c);
      file(bucket, dateKey(c), c);
    }
  }
  const out = clusters.map((c, i) => toStoryEvent(c, i + 1, published, duplicateOf));
  out.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || b.articles.length - a.articles.length);
  return out;
}

function toStoryEvent(c: Cluster, n: number, published: Map<string, string | null>, duplicateOf: Map<string, string | null>): StoryEvent {
  const evs = c.members.map((m) => m.event);
  // The date: the most precise one any report gives.
  const date = evs.map((e) => e.date).filter((d): d is string => !!d).sort((a, b) => b.length - a.length)[0] ?? null;
  const modes = evs.map((e) => e.mode).filter((m): m is string => !!m);
  // Counts taken once (counting in the comparator was quadratic in the reports); the stable sort keeps tie order.
  const modeCount = new Map<string, number>();
  for (const m of modes) modeCount.set(m, (modeCount.get(m) ?? 0) + 1);
  const mode = modes.sort((a, b) => modeCount.get(b)! - modeCount.get(a)!)[0] ?? null;
  // Parties as the most specific report names them (named people over states).
  const richest = (pick: (e: Event) => Party[]) => {
    const lists = evs.map(pick);
    const named = new Map(lists.map((l) => [l, l.filter((p) => p.entityId).length]));
    return lists.sort((a, b) => named.get(b)! - named.get(a)!)[0] ?? [];
  };
  const asserted = evs.find((e) => e.modality === 'asserted');
  const head = asserted ?? evs[0];
  const evidence: Evidence[] = evs.map((e) => ({ articleId: e.articleId, sentenceIndex: e.sentenceIndex, start: e.start, end: e.end, text: e.evidence }));
  const dates = [...c.articles].map((a) => published.get(a)).filter((d): d is string => !!d).sort();
  return {
    id: `story#v${n}`,
    type: head.type,
    mode: head.mode ?? mode,
    actor: richest((e) => e.actor),
    recipient: richest((e) => e.recipient),
    date,
    location: evs.find((e) => e.location)?.location ?? null,
    geo: evs.find((e) => e.geo)?.geo ?? null,
    modality: head.modality,
    score: head.score,
    articles: [...c.articles],
    members: evs.map((e) => e.id),
    evidence,
    firstReported: dates[0] ?? null,
    lastReported: dates.at(-1) ?? null,
    sources: independentArticles([...c.articles].map((id) => ({ id, duplicateOf: duplicateOf.get(id) ?? null }))).length,
  };
}
