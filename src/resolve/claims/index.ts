// Story claims: factual assertions attributed to a party (casualty figures, what was hit, shot down
// or intercepted, who is to blame, troop movements), with who disputes them and how.
//
//   candidates  per article: reported speech, claim nouns, blame frames, version lists (candidates.ts)
//   content     what each says: topics, actor, negation, civilian harm (content.ts)
//   disputes    per article: denials, contested figures, "invented" figures (disputes.ts)
//   merge       one story claim per claimant and fact, across articles
//   match       disputes to the claims they answer; opposite accounts of the same action dispute
//               each other; the other side's own account corroborates
//   status      denied (the accused or targeted side rejects it), disputed (a figure or description
//               is contested), corroborated (the other side's own account confirms it), else
//               unconfirmed. A party's account of its own action is listed only when contested.
import type { AnalyzedArticle, Claim, Evidence, Party, StoryEntity } from '../../model.ts';
import { dayNumber } from '../../time/calendar.ts';
import { dateForSpan } from '../../time/span-date.ts';
import { readArticle, type Candidate } from './candidates.ts';
import { contradicts, isOwnAction, type Content } from './content.ts';
import { readDisputes, type DisputeStatement } from './disputes.ts';
import { FALSITY, OUTCOME_TOPICS, SPECIFIC_KINDS, type Topic } from './lexicon.ts';
import { personCountryCues, personNameKey, stateParty } from './parties.ts';
import { fold, overlap, shared } from './text.ts';

/** Kinds naming what was hit, specific enough for one side's account to confirm the other's. */
const TARGET_KINDS = new Set(['military targets', 'bases', 'air defence']);

interface Member {
  c: Candidate;
  latent: boolean;
  date: string | null | undefined;
}

interface Dispute {
  disputer: Party;
  kind: 'denied' | 'disputed';
  evidence: Evidence;
  /** Said about this claim by the text, not inferred from an opposite account. */
  explicit: boolean;
}

interface Group {
  members: Member[];
  claimant: Party;
  disputes: Dispute[];
  confirmations: Evidence[];
  caveats: Evidence[];
  /** Dispute statements that answered this group's claims. */
  answered: boolean;
}

class UnionFind {
  private p: number[];
  constructor(n: number) { this.p = Array.from({ length: n }, (_, i) => i); }
  find(i: number): number { while (this.p[i] !== i) i = this.p[i] = this.p[this.p[i]]; return i; }
  union(a: number, b: number): void { this.p[this.find(a)] = this.find(b); }
}

const intersects = <T>(a: Set<T>, b: Set<T>) => { for (const x of a) if (b.has(x)) return true; return false; };

function partyKey(p: Party): string {
  return p.country ? `c:${p.country}` : `n:${fold(p.name)}`;
}

/** Story-level names and countries for the persons and organisations the articles name. */
function storyParties(entities: StoryEntity[] | undefined): Map<string, StoryEntity> {
  const m = new Map<string, StoryEntity>();
  for (const e of entities ?? []) for (const id of e.members) m.set(id, e);
  return m;
}

function withStoryIdentity(p: Party, story: Map<string, StoryEntity>, cues: Map<string, string>): Party {
  const e = p.entityId ? story.get(p.entityId) : undefined;
  if (!e) {
    const cue = p.entityId ? cues.get(personNameKey(p.name)) : undefined;
    return cue && cue !== p.country ? { ...p, country: cue } : p;
  }
  // Organisations: the story's name for them ("UN" and "United Nations" are one claimant).
  if (e.type !== 'PERSON') return e.type === 'ORG' && (e.aliases.includes(p.name) || e.name === p.name) ? { ...p, name: e.name } : p;
  // A title stating the country outright ("Iranian President X") outweighs the entity layer's guess.
  const country = cues.get(personNameKey(e.name)) ?? e.country ?? p.country;
  return { name: e.name, country, entityId: e.id };
}


function datesClose(a: string | null | undefined, b: string | null | undefined, days: number): boolean {
  const x = dayNumber(a), y = dayNumber(b);
  return x === null || y === null || Math.abs(x - y) <= days;
}

/** The day a statement is about when it dates itself, else the day it was published. */
function memberDate(m: Member): string | null {
  if (m.date === undefined) {
    const span = m.c.span;
    const dated = span && m.c.doc.timexes.some((t) => t.start >= span.start && t.end <= span.end);
    m.date = dated ? dateForSpan(m.c.doc, span.start, span.end) : m.c.doc.article.published;
  }
  return m.date;
}

function sameFigures(ca: Content, cb: Content): boolean {
  return ca.figures.length === cb.figures.length && ca.figures.every((f) => cb.figures.some((g) => g.n === f.n));
}

/** Two statements of one claimant about the same fact. */
function sameFact(a: Member, b: Member, facts: FactCache): boolean {
  const ca = a.c.content, cb = b.c.content;
  if (ca.agent && cb.agent && ca.agent !== cb.agent) return false;
  if (ca.civilian * cb.civilian < 0) return false;
  // One speaker in one passage of one article (two sentences apart at most), on the same kind of fact.
  if (a.c.doc === b.c.doc && a.c.speakerKey === b.c.speakerKey && Math.abs(a.c.sentenceIndex - b.c.sentenceIndex) <= 2 && sameFigures(ca, cb) &&
    (intersects(ca.topics, cb.topics) || overlap(ca.stems, cb.stems) >= 0.3)) return true;
  const r = facts.get(ca, cb);
  return r === SAME_IF_CLOSE ? datesClose(memberDate(a), memberDate(b), 3) : r === SAME;
}

/** The rest of sameFact: what the two contents say, `close` telling whether their days are within three of each other. */
function sameContentFact(ca: Content, cb: Content, close: boolean): boolean {
  const figures = sameFigures(ca, cb);
  // The same specific thing ("newly laid mines", "never laid new mines", "the mines are remnants") in one
  // party's account of the same days: one claim, negated or not, with or without a verb of fact.
  if ([...ca.kinds].some((k) => SPECIFIC_KINDS.has(k) && cb.kinds.has(k)) && figures && close &&
    (intersects(ca.topics, cb.topics) || !ca.topics.size || !cb.topics.size)) return true;
  if (ca.negated !== cb.negated) return false;
  // One side's account of the same action with respect to civilians ("only military targets",
  // "non-civilian targets"; "civilian casualties"), with the same figures if any, in the same days.
  if (ca.civilian !== 0 && ca.civilian === cb.civilian && ca.agent && ca.agent === cb.agent && figures &&
    intersects(ca.topics, cb.topics) && close) return true;
  // The same accusation.
  if (ca.topics.has('blame') && cb.topics.has('blame') && ca.agent && ca.agent === cb.agent) return true;
  // The same figure for the same kind of fact.
  if (ca.topics.has('casualties') && cb.topics.has('casualties') && ca.figures.some((f) => cb.figures.some((g) => g.n === f.n && g.what === f.what)) &&
    shared(ca.stems, cb.stems) >= 3) return true;
  return overlap(ca.stems, cb.stems) >= 0.5 && shared(ca.stems, cb.stems) >= 3 && close;
}

const DIFFERENT = 0, SAME = 1, SAME_IF_CLOSE = 2;

/**
 * sameContentFact per pair of distinct contents: reports repeat statements word for word (wire copies,
 * the same quote in many reports), so most comparisons are of contents already compared. Only
 * contents that occur more than once are remembered (a pair of one-off contents meets once).
 */
class FactCache {
  private ids = new Map<string, number>();
  private idOf = new Map<Content, number>();
  private count: number[] = [];
  private known = new Map<number, number>();

  constructor(contents: Content[]) {
    for (const c of contents) {
      const key = `${c.agent}|${c.civilian}|${c.negated ? 1 : 0}|${[...c.topics].join(',')}|${[...c.kinds].join(',')}|` +
        `${c.figures.map((f) => `${f.n}:${f.what}`).join(',')}|${[...c.stems].join(' ')}`;
      let id = this.ids.get(key);
      if (id === undefined) this.ids.set(key, (id = this.ids.size)), this.count.push(0);
      this.count[id]++;
      this.idOf.set(c, id);
    }
  }

  get(ca: Content, cb: Content): number {
    const a = this.idOf.get(ca), b = this.idOf.get(cb);
    const n = this.count.length;
    // (Keys stay small integers: no number allocated per look-up.)
    if (a === undefined || b === undefined || (this.count[a] < 2 && this.count[b] < 2) || n > 0x7fff) return decide(ca, cb);
    const key = a * n + b;
    let r = this.known.get(key);
    if (r === undefined) {
      if (this.known.size >= 1_000_000) this.known.clear();
      this.known.set(key, (r = decide(ca, cb)));
    }
    return r;
  }
}

function decide(ca: Content, cb: Content): number {
  return !sameContentFact(ca, cb, true) ? DIFFERENT : sameContentFact(ca, cb, false) ? SAME : SAME_IF_CLOSE;
}

/** Two statements naming the same proper noun (a place, a base), beyond their first word. */
function sharesName(a: string, b: string): boolean {
  const names = (t: string) => new Set((t.slice(1).match(/\b\p{Lu}[\p{L}-]{2,}(?:\s+\p{Lu}[\p{L}-]+)*/gu) ?? []).map((x) => x.toLowerCase()));
  return intersects(names(a), names(b));
}

function mergeGroups(members: Member[]): Member[][] {
  const uf = new UnionFind(members.length);
  const facts = new FactCache(members.map((m) => m.c.content));
  // Only statements of one claimant can be one claim: compare within each claimant's list,
  // through an index of content words so that unrelated statements are never compared.
  const byClaimant = new Map<string, number[]>();
  members.forEach((m, i) => {
    const k = partyKey(m.c.claimant);
    (byClaimant.get(k) ?? byClaimant.set(k, []).get(k)!).push(i);
  });
  // Members already compared with the current one: seen[j] === i + 1 (no set per member).
  const seen = new Int32Array(members.length);
  for (const list of byClaimant.values()) {
    const index = new Map<string, number[]>();
    for (const i of list) {
      const m = members[i];
      const keys = [...m.c.content.stems, ...[...m.c.content.topics].filter((t) => t === 'blame').map((t) => `#${t}`),
        ...[...m.c.content.kinds].filter((k) => SPECIFIC_KINDS.has(k)).map((k) => `%${k}`), `@${m.c.doc.article.id}|${m.c.speakerKey}`];
      let budget = 400; // comparisons per statement: enough for any real story, bounded on repetitive ones
      for (const key of keys) {
        const posting = index.get(key) ?? index.set(key, []).get(key)!;
        for (const j of posting) {
          if (budget <= 0) break;
          if (seen[j] === i + 1) continue;
          seen[j] = i + 1;
          budget--;
          if (uf.find(i) !== uf.find(j) && sameFact(m, members[j], facts)) uf.union(i, j);
        }
        if (posting.length < 200) posting.push(i);
      }
    }
  }
  const groups = new Map<number, Member[]>();
  members.forEach((m, i) => {
    const r = uf.find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(m);
  });
  return [...groups.values()];
}

/** The claimant of a group: a named person when one of the statements names one. */
function groupClaimant(members: Member[]): Party {
  const person = members.find((m) => m.c.claimant.entityId && m.c.speakerKey.startsWith('person:'));
  return (person ?? members[0]).c.claimant;
}

function evidenceList(members: Member[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const m of members) {
    const s = m.c.doc.sentences[m.c.sentenceIndex];
    const key = `${m.c.doc.article.id}:${m.c.sentenceIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ articleId: m.c.doc.article.id, sentenceIndex: m.c.sentenceIndex, start: s.start, end: s.end, text: m.c.doc.article.body.slice(s.start, s.end) });
  }
  return out;
}

const VIA_RANK = { frame: 0, noun: 1, quote: 2, list: 3 } as const;

function claimText(members: Member[]): string {
  const parts: string[] = [];
  // Frames and claim nouns give the cleanest wording; then the order of the text.
  for (const m of [...members].sort((a, b) => VIA_RANK[a.c.via] - VIA_RANK[b.c.via])) {
    const t = m.c.text.replace(/[.;,]+$/, '');
    if (parts.length >= 3) break;
    if (parts.some((p) => fold(p).includes(fold(t)) || fold(t).includes(fold(p)))) continue;
    parts.push(t.charAt(0).toUpperCase() + t.slice(1));
  }
  return parts.join('; ');
}

/** What a group of statements says, taken together. */
function groupContent(g: Group): { topics: Set<Topic>; kinds: Set<string>; agents: Set<string>; patients: Set<string> } {
  const topics = new Set<Topic>(), kinds = new Set<string>(), agents = new Set<string>(), patients = new Set<string>();
  for (const m of g.members) {
    const c = m.c.content;
    c.topics.forEach((t) => topics.add(t));
    c.kinds.forEach((k) => kinds.add(k));
    if (c.agent) agents.add(c.agent);
    c.patients.forEach((p) => patients.add(p));
  }
  return { topics, kinds, agents, patients };
}

/** Sentence indexes of a group's statements, by article: the "near" test reads one article's, not every member. */
function sentencesByArticle(g: Group): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of g.members) {
    const id = m.c.doc.article.id;
    const list = out.get(id);
    if (list) list.push(m.c.sentenceIndex);
    else out.set(id, [m.c.sentenceIndex]);
  }
  return out;
}

/** Whether a dispute statement answers a claim group; higher is a better match, 0 none. */
function answerScore(d: DisputeStatement, g: Group, gc: ReturnType<typeof groupContent>, groupOf: Map<Candidate, Group>, sentences: Map<string, number[]>): number {
  const claimant = g.claimant;
  if (d.from && groupOf.get(d.from) === g) return 0;
  if (claimant.country && d.disputer.country ? claimant.country === d.disputer.country : fold(claimant.name) === fold(d.disputer.name)) return 0;
  if (d.target && claimant.country !== d.target) return 0;
  const topicMatch = intersects(d.content.topics, gc.topics);
  const kindMatch = intersects(d.content.kinds, gc.kinds);
  const accused = !!d.disputer.country && (gc.agents.has(d.disputer.country) || gc.patients.has(d.disputer.country));
  let near = Infinity;
  for (const si of sentences.get(d.articleId) ?? []) {
    const dist = d.sentenceIndex - si;
    if (dist >= 0 && dist < near) near = dist;
  }
  if (d.from) {
    // A negated statement answers a claim about the same kind of fact on the same side.
    if (!topicMatch || !accused || !(kindMatch || near <= 3)) return 0;
    return 2 + (kindMatch ? 2 : 0) + (near <= 3 ? 2 : 0);
  }
  if (near <= 6 && (accused || topicMatch || d.target)) return 4 + (topicMatch ? 1 : 0) + (kindMatch ? 1 : 0) + (6 - near) * 0.1;
  // "U.S. officials said they had no evidence of that": what the sentence before says.
  if (d.anaphoric && near <= 1) return 4 + (1 - near) * 0.1;
  if ((topicMatch || kindMatch) && (d.target || accused) && (d.content.topics.size || d.content.kinds.size)) return 1 + (kindMatch ? 1 : 0) + (topicMatch ? 1 : 0);
  return 0;
}

/** The union of two ascending lists of distinct numbers, ascending. */
function mergeAscending(a: number[], b: number[]): number[] {
  if (!b.length) return a;
  if (!a.length) return b;
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
    else (out.push(a[i]), i++, j++);
  }
  return out;
}

function dedupeParties(list: Dispute[], articles: Set<string>): Party[] {
  // One disputer per state: the named spokesperson of an explicit dispute, else the state; one
  // speaking in a report of the claim itself before one speaking elsewhere.
  const byKey = new Map<string, Dispute>();
  const rank = (d: Dispute) => (d.explicit ? 4 : 0) + (articles.has(d.evidence.articleId) ? 2 : 0) + (d.disputer.entityId ? 1 : 0);
  for (const d of list) {
    const k = partyKey(d.disputer);
    const cur = byKey.get(k);
    if (!cur || rank(d) > rank(cur)) byKey.set(k, d);
  }
  return [...byKey.values()].map((d) => ({ name: d.disputer.name, country: d.disputer.country, ...(d.disputer.entityId ? { entityId: d.disputer.entityId } : {}) }));
}

/** Independent articles among these (near-duplicate copies count once). */
function independentCount(ids: string[], byId: Map<string, AnalyzedArticle>): number {
  const roots = new Set(ids.map((id) => byId.get(id)?.article.duplicateOf ?? id));
  return roots.size;
}

export function resolveClaims(articles: AnalyzedArticle[], entities?: StoryEntity[]): Claim[] {
  const story = storyParties(entities);
  const cues = personCountryCues(articles);
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const members: Member[] = [];
  const statements: DisputeStatement[] = [];
  const unverifiable = new Map<string, Evidence[]>();
  const copies = new Map<Candidate, Candidate>();
  for (const doc of articles) {
    // A near-duplicate copy says nothing its root does not.
    if (doc.article.duplicateOf) continue;
    const reading = readArticle(doc);
    const disputes = readDisputes(reading);
    statements.push(...disputes.statements);
    if (disputes.unverifiable.length) unverifiable.set(doc.article.id, disputes.unverifiable);
    for (const original of reading.candidates) {
      if (!original.content.factual || FALSITY.test(fold(original.text))) continue;
      // Readings are shared with other resolvers: story identities go on copies.
      const c: Candidate = {
        ...original, claimant: withStoryIdentity(original.claimant, story, cues),
        tied: original.tied.map((t) => ({ ...t, disputer: withStoryIdentity(t.disputer, story, cues) })),
      };
      copies.set(original, c);
      members.push({ c, latent: isOwnAction(c.content, c.claimant), date: undefined });
    }
  }
  for (let i = 0; i < statements.length; i++) {
    const d = statements[i];
    statements[i] = { ...d, disputer: withStoryIdentity(d.disputer, story, cues), ...(d.from ? { from: copies.get(d.from) ?? d.from } : {}) };
  }

  const position = new Map(articles.map((a, i) => [a, i]));
  const groups: Group[] = mergeGroups(members).map((ms) => ({
    members: ms.sort((a, b) => position.get(a.c.doc)! - position.get(b.c.doc)! || a.c.sentenceIndex - b.c.sentenceIndex),
    claimant: groupClaimant(ms), disputes: [], confirmations: [], caveats: [], answered: false,
  }));
  const contents = groups.map(groupContent);
  const groupOf = new Map<Candidate, Group>();
  for (const g of groups) for (const m of g.members) groupOf.set(m.c, g);

  // Disputes the sentence ties to a statement.
  for (const g of groups) for (const m of g.members) {
    for (const t of m.c.tied) g.disputes.push({ disputer: t.disputer, kind: t.kind, evidence: t.evidence, explicit: true });
    for (const s of m.c.silence) g.caveats.push(s.evidence);
    for (const e of unverifiable.get(m.c.doc.article.id) ?? []) g.caveats.push(e);
  }

  // Dispute statements: each answers the claims it fits best. Only groups that can answer are scored:
  // those of the same report, those of the party it names, those where the disputer is accused or hit.
  const byReport = new Map<string, number[]>(), byClaimant = new Map<string, number[]>(), byInvolved = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(i);
  groups.forEach((g, i) => {
    for (const id of new Set(g.members.map((m) => m.c.doc.article.id))) push(byReport, id, i);
    if (g.claimant.country) push(byClaimant, g.claimant.country, i);
    for (const c of new Set([...contents[i].agents, ...contents[i].patients])) push(byInvolved, c, i);
  });
  const sentencesOf = groups.map(sentencesByArticle);
  for (const d of statements) {
    let best = 0;
    let hits: number[] = [];
    const inReport = byReport.get(d.articleId) ?? [];
    const others = mergeAscending(d.target ? byClaimant.get(d.target) ?? [] : [], d.disputer.country ? byInvolved.get(d.disputer.country) ?? [] : []);
    for (const i of mergeAscending(inReport, others)) {
      // A group with no statement in the dispute's report answers it only on the same kind of fact
      // (answerScore would give 0): most groups of a busy party are skipped here.
      if (!sentencesOf[i].has(d.articleId) && !intersects(d.content.topics, contents[i].topics) && !intersects(d.content.kinds, contents[i].kinds)) continue;
      const s = answerScore(d, groups[i], contents[i], groupOf, sentencesOf[i]);
      if (s > best) [best, hits] = [s, [i]];
      else if (s > 0 && s === best) hits.push(i);
    }
    for (const i of hits) groups[i].disputes.push({ disputer: d.disputer, kind: d.kind, evidence: d.evidence, explicit: true });
    // A side's own denial in its own words ("America had not taken part") stays a claim of its own,
    // disputed by the party whose claim it answers.
    if (d.from) {
      const own = groupOf.get(d.from);
      if (own) for (const i of hits) if (groups[i] !== own) {
        own.disputes.push({ disputer: groups[i].claimant, kind: 'disputed', evidence: evidenceList([groups[i].members[0]])[0], explicit: false });
      }
    }
    // The account given with the denial ("..., saying the mines are old") is disputed in turn by the
    // party whose claim it answers.
    for (const counter of d.counters ?? []) {
      const g = groupOf.get(copies.get(counter) ?? counter);
      if (!g) continue;
      for (const i of hits) if (groups[i] !== g) {
        g.disputes.push({ disputer: groups[i].claimant, kind: 'disputed', evidence: groups[i].members[0] ? evidenceList([groups[i].members[0]])[0] : d.evidence, explicit: false });
      }
    }
  }

  // Opposite accounts of one action: each disputes the other.
  const byActor = new Map<string, { g: Group; m: Member }[]>();
  for (const g of groups) for (const m of g.members) {
    const c = m.c.content;
    if (c.civilian && c.agent) (byActor.get(c.agent) ?? byActor.set(c.agent, []).get(c.agent)!).push({ g, m });
  }
  for (const list of byActor.values()) {
    const yes = list.filter((x) => x.m.c.content.civilian > 0), no = list.filter((x) => x.m.c.content.civilian < 0);
    if (!yes.length || !no.length) continue;
    for (const a of yes) for (const b of no.slice(0, 50)) {
      if (a.g === b.g || !a.g.claimant.country || !b.g.claimant.country || a.g.claimant.country === b.g.claimant.country) continue;
      if (!contradicts(a.m.c.content, b.m.c.content) || !datesClose(memberDate(a.m), memberDate(b.m), 3)) continue;
      a.g.disputes.push({ disputer: b.m.c.claimant, kind: 'disputed', evidence: evidenceList([b.m])[0], explicit: false });
      b.g.disputes.push({ disputer: a.m.c.claimant, kind: 'disputed', evidence: evidenceList([a.m])[0], explicit: false });
    }
  }

  // Who fired first: accounts naming different sides dispute each other.
  const firsts = new Map<string, { g: Group; m: Member }[]>();
  for (const g of groups) for (const m of g.members) {
    const f = m.c.content.firstStrike;
    if (f && g.claimant.country) (firsts.get(f) ?? firsts.set(f, []).get(f)!).push({ g, m });
  }
  for (const [f1, list1] of firsts) for (const [f2, list2] of firsts) {
    if (f1 >= f2) continue;
    for (const a of list1.slice(0, 50)) for (const b of list2.slice(0, 50)) {
      // Who started a round of fighting is argued for days after it: a week's window.
      if (a.g === b.g || a.g.claimant.country === b.g.claimant.country || !datesClose(memberDate(a.m), memberDate(b.m), 7)) continue;
      a.g.disputes.push({ disputer: b.m.c.claimant, kind: 'disputed', evidence: evidenceList([b.m])[0], explicit: false });
      b.g.disputes.push({ disputer: a.m.c.claimant, kind: 'disputed', evidence: evidenceList([a.m])[0], explicit: false });
    }
  }

  // Different counts of the same things in the same days ("19 missiles" against "14 missiles"), and a
  // side's own account answering an accusation next to it ("X accused Iran of targeting the hospital;
  // Tehran said its missiles were aimed at a military site"): each disputes the other.
  const mutual = (a: { g: Group; m: Member }, b: { g: Group; m: Member }) => {
    if (a.g === b.g || !a.g.claimant.country || !b.g.claimant.country || a.g.claimant.country === b.g.claimant.country) return;
    a.g.disputes.push({ disputer: b.m.c.claimant, kind: 'disputed', evidence: evidenceList([b.m])[0], explicit: false });
    b.g.disputes.push({ disputer: a.m.c.claimant, kind: 'disputed', evidence: evidenceList([a.m])[0], explicit: false });
  };
  const counted = new Map<string, { g: Group; m: Member; n: number }[]>();
  for (const g of groups) for (const m of g.members) for (const c of m.c.content.counts) {
    (counted.get(c.what) ?? counted.set(c.what, []).get(c.what)!).push({ g, m, n: c.n });
  }
  for (const list of counted.values()) {
    for (let i = 0; i < list.length && i < 200; i++) for (let j = i + 1; j < list.length && j < 200; j++) {
      const a = list[i], b = list[j];
      // Counts of an outcome (missiles intercepted, jets downed), not of the means mentioned in passing.
      const outcome = OUTCOME_TOPICS.some((t) => a.m.c.content.topics.has(t) && b.m.c.content.topics.has(t));
      if (a.n === b.n || !outcome || !datesClose(memberDate(a.m), memberDate(b.m), 2)) continue;
      // The same event: told side by side in one report, or naming the same place.
      const near = a.m.c.doc === b.m.c.doc && Math.abs(a.m.c.sentenceIndex - b.m.c.sentenceIndex) <= 3;
      if (!near && !sharesName(a.m.c.text, b.m.c.text)) continue;
      mutual(a, b);
    }
  }
  const byArticle = new Map<AnalyzedArticle, { g: Group; m: Member }[]>();
  for (const g of groups) for (const m of g.members) (byArticle.get(m.c.doc) ?? byArticle.set(m.c.doc, []).get(m.c.doc)!).push({ g, m });
  for (const list of byArticle.values()) {
    for (const a of list) for (const b of list) {
      const ca = a.m.c.content, cb = b.m.c.content;
      // a accuses b's side; b speaks of its own action on the same kind of fact, in the same or the next sentence.
      if (!ca.agent || ca.agent === a.g.claimant.country || b.g.claimant.country !== ca.agent || cb.agent !== ca.agent) continue;
      if (Math.abs(a.m.c.sentenceIndex - b.m.c.sentenceIndex) > 1 || !intersects(ca.topics, cb.topics)) continue;
      mutual(a, b);
    }
  }

  // The other side's own account of the same action corroborates a claim about it.
  const ownAccounts = new Map<string, Member[]>();
  for (const m of members) if (m.latent && !m.c.content.negated && m.c.claimant.country) {
    (ownAccounts.get(m.c.claimant.country) ?? ownAccounts.set(m.c.claimant.country, []).get(m.c.claimant.country)!).push(m);
  }
  groups.forEach((g, i) => {
    const gc = contents[i];
    if (g.members.every((m) => m.latent)) return;
    for (const agent of gc.agents) {
      if (agent === g.claimant.country) continue;
      for (const m of ownAccounts.get(agent) ?? []) {
        const c: Content = m.c.content;
        if (c.agent !== agent || !c.topics.has('strike') || !gc.topics.has('strike')) continue;
        if (!intersects(new Set([...c.kinds].filter((k) => TARGET_KINDS.has(k))), gc.kinds)) continue;
        if (!g.members.some((x) => datesClose(memberDate(x), memberDate(m), 3))) continue;
        g.confirmations.push(...evidenceList([m]));
      }
    }
  });

  const claims: Claim[] = [];
  for (const g of groups) {
    const latent = g.members.every((m) => m.latent);
    if (latent && !g.disputes.length) continue;
    const ms = g.members;
    const disputedBy = dedupeParties(g.disputes, new Set(ms.map((m) => m.c.doc.article.id)));
    const denied = g.disputes.some((d) => d.kind === 'denied');
    const status = disputedBy.length ? (denied ? 'denied' : 'disputed') : g.confirmations.length ? 'corroborated' : 'unconfirmed';
    const evidence = evidenceList(ms);
    const articleIds = [...new Set(evidence.map((e) => e.articleId))];
    const disputeEvidence = uniqueEvidence(g.disputes.map((d) => d.evidence));
    claims.push({
      id: '', text: claimText(ms), claimant: g.claimant.country && !g.claimant.entityId ? stateParty(g.claimant.country) : g.claimant,
      disputedBy, status, articles: articleIds, evidence, disputeEvidence,
      singleSourced: independentCount(articleIds, byId) === 1,
      ...(g.confirmations.length ? { confirmEvidence: uniqueEvidence(g.confirmations) } : {}),
      ...(g.caveats.length ? { caveatEvidence: uniqueEvidence(g.caveats) } : {}),
    });
  }
  const order = new Map(articles.map((a, i) => [a.article.id, i]));
  claims.sort((a, b) => (order.get(a.evidence[0].articleId)! - order.get(b.evidence[0].articleId)!) || a.evidence[0].sentenceIndex - b.evidence[0].sentenceIndex);
  claims.forEach((c, i) => (c.id = `claim-${i + 1}`));
  return claims;
}

function uniqueEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.articleId}:${e.sentenceIndex}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
