// What a reported statement says, read from its words: the kinds of fact it carries (casualties,
// downings, interceptions, damage, strikes, troop movements, blame), who acts in it, whether it is
// about the speaker's own action, whether it is negated, and which way it leans on civilian harm.
import type { Party } from '../../model.ts';
import { KIND_CLASSES, NOT_FACTUAL, NUMBER_WORDS, OUTCOME_TOPICS, STRIKE_VERB, TOPIC_PATTERNS, type Topic } from './lexicon.ts';
import { countryInPhrase, countryOfName, type ArticleParties, type PartyMention } from './parties.ts';
import { contentStems, fold } from './text.ts';

export interface Content {
  topics: Set<Topic>;
  /** Classes of things the statement is about (aircraft, drones, civilians ...). */
  kinds: Set<string>;
  /** The state acting in the statement (the subject or the possessor of the action noun). */
  agent: string | null;
  /** Every state acting in the statement ("before Cambodian soldiers opened fire"). */
  actors: Set<string>;
  /** States on the receiving end ("at Pakistani bases", "India's S-400"). */
  patients: Set<string>;
  /** A fact, not a prediction, intention, threat or opinion. */
  factual: boolean;
  /** The statement opens on the speaker's own side ("it", "we", "our", "their retaliation"). */
  selfReference: boolean;
  /** Counts of things (missiles, bombers, soldiers): the number and the thing counted. */
  counts: { n: number; what: string; phrase: string }[];
  /** The fact is negated ("has not launched", "lost no aircraft", "no damage"). */
  negated: boolean;
  /** +1 says civilians were harmed, -1 says they were not (or only military targets were hit), 0 neither. */
  civilian: -1 | 0 | 1;
  /** Casualty figures with what they count. */
  figures: Figure[];
  /** The state the statement says fired first ("only after Thai soldiers fired", "X opened fire first"). */
  firstStrike: string | null;
  stems: Set<string>;
}

const AGENT_PREPS = new Set(['from', 'across', 'by']);

const CIVILIAN_NO = /\bnon-?civilian\b|\bno civilian|\bnot (?:\w+ ){0,2}(?:any |a single )?civilians?\b|\bwithout (?:any )?civilian|\b(?:only|exclusively|solely|purely)\b[^.;,]{0,25}\b(?:military|militar\w+|gun positions|guns|terror\w*|camps)\b|\bconfined to\b[^.;,]{0,25}\b(?:military|terror\w*|camps)\b/;
const CIVILIAN_YES = /\btarget(?:ed|ing|s)?\s+(?:\w+\s+)?civilians?\b|\bcivilians?\b[^.;]{0,40}\b(?:killed|dead|died|wounded|injured|hurt|casualties|lives)\b|\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|casualties among)\b[^.;]{0,30}\bcivilians?\b|\bcivilian (?:casualties|deaths|lives|dead|areas?|homes|houses|propert(?:y|ies)|infrastructure|targets)\b|\b(?:houses|homes|villages?|residential|market|school|hospital|health post|petrol station|grain (?:depot|stores?))\b/;
const FACT_VERB = /\b(?:\w+ed|is|are|was|were|has|have|had|hit|struck|shot|lost|began|sent|brought|been|made|took|left|fell|held|fought|led|came|went|gave|flew|broke|stood|met|withdrew|drew|fled|ran|drove|threw|overran|seized|dead|kills?|targets?)\b/;
const NEGATION = /\b(?:not|never|no|none|n't|nothing|neither|nor)\b/;

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const FIGURE_RE = new RegExp(String.raw`\b${NUMBER}\s+(?:[a-z-]+\s+){0,2}?(civilians|people|persons|soldiers|troops|militants|children|women|policemen|officers|residents|dead|killed)\b`, 'g');
const FIGURE_AFTER_RE = new RegExp(String.raw`\b(?:killing|killed|kills|wounding|wounded|injuring|injured|toll (?:\w+ ){0,4}?(?:to|at|of)|toll of)\s+(?:at least |about |around |some |nearly |more than |over )?${NUMBER}\b`, 'g');

function numberOf(s: string): number {
  const w = s.toLowerCase();
  return NUMBER_WORDS[w] ?? Number(w.replace(/,/g, ''));
}

/** A casualty figure: the number, what it counts, and the words saying it ("eight people died"). */
export interface Figure { n: number; what: string; phrase: string }

const FIGURE_VERB = /^\s+(?:(?:were|was|have been|had been|are)\s+)?(?:killed|died|dead|wounded|injured|hurt)\b/;

export function casualtyFigures(text: string): Figure[] {
  const t = fold(text);
  const out: Figure[] = [];
  for (const m of t.matchAll(FIGURE_RE)) {
    const after = t.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
    const before = t.slice(Math.max(0, m.index! - 40), m.index!);
    // The verb just before the number says what it counts ("killed nine ... and wounded 23"), else the one after.
    const verbMatch = /\b(kill|wound|injur|hurt)\w*\s+(?:at least\s+|about\s+|some\s+)?$/.exec(before);
    const verbBefore = verbMatch?.[1];
    const near = verbBefore ?? /\b(kill|wound|injur|hurt)/.exec(after.slice(0, 25))?.[1] ?? 'kill';
    const what = near === 'kill' ? 'killed' : 'wounded';
    const verb = FIGURE_VERB.exec(t.slice(m.index! + m[0].length, m.index! + m[0].length + 30));
    const from = verbMatch ? m.index! - (before.length - verbMatch.index!) : m.index!;
    const phrase = text.slice(from, m.index! + m[0].length + (verb ? verb[0].length : 0));
    if (/\b(?:kill|dead|died|death|wound|injur|casualt|lost|toll)/.test(after + ' ' + before + ' ' + m[2])) out.push({ n: numberOf(m[1]), what, phrase });
  }
  for (const m of t.matchAll(FIGURE_AFTER_RE)) {
    const what = /wound|injur/.test(m[0]) ? 'wounded' : 'killed';
    const n = numberOf(m[1]);
    if (!out.some((f) => f.n === n)) out.push({ n, what, phrase: text.slice(m.index!, m.index! + m[0].length) });
  }
  return out.filter((f) => Number.isFinite(f.n));
}

const MODIFIERS = new Set(['the', 'a', 'an', 'several', 'key', 'some', 'other', 'many', 'both', 'all', 'most', 'incoming', 'its', 'their']);

const ACTION_HEADS = new Set(['strike', 'strikes', 'airstrikes', 'attack', 'attacks', 'shelling', 'fire', 'artillery', 'missile',
  'missiles', 'rockets', 'drones', 'bombs', 'bombing', 'barrage', 'guns', 'forces', 'troops', 'soldiers', 'gunners', 'army', 'military',
  'response', 'retaliation', 'aggression', 'warplanes', 'jets', 'units', 'defences', 'defenses', 'raid', 'raids', 'offensive', 'operation',
  'submarine', 'submarines', 'navy', 'warships', 'ships', 'bombers', 'aircraft', 'planes', 'helicopters', 'gunboats']);

/** "Indian strikes", "India's missile and drone strikes": a state word on an action noun is its actor. */
function onActionNoun(body: string, m: PartyMention): boolean {
  const after = fold(body.slice(m.end, m.end + 50)).replace(/^'s\b/, '').split(/[,.;:()"]/)[0];
  const words = after.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  let head: string | null = null;
  for (const w of words.slice(0, 4)) {
    // The noun phrase ends at a function word or a verb ("a U.S. submarine fired").
    if (/^(?:and|or|of|in|on|at|to|that|which|had|has|have|was|were|is|are|the|from|near|with|said|says)$/.test(w) || /^\p{Ll}+ed$/u.test(w)) break;
    head = w;
  }
  return !!head && ACTION_HEADS.has(head);
}

/** A mention opening the statement, or after "from"/"by", is its actor; after a verb or another preposition, not. */
function isAgentive(body: string, m: PartyMention, spanStart: number): boolean {
  const words = fold(body.slice(Math.max(spanStart, m.start - 80), m.start)).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  if (m.start - 80 > spanStart && words.length) words.shift();
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (MODIFIERS.has(w) || /^\d+$/.test(w)) continue;
    return AGENT_PREPS.has(w);
  }
  return m.start - 80 <= spanStart;
}

/** What the words of a statement say, whoever says it and wherever it stands: read once per distinct statement. */
interface Wording {
  /** Nothing of the conflict's facts: readContent answers with an empty reading. */
  empty: boolean;
  t: string;
  topics: Set<Topic>;
  kinds: Set<string>;
  factual: boolean;
  negated: boolean;
  civilian: -1 | 0 | 1;
  figures: Figure[];
  counts: { n: number; what: string; phrase: string }[];
  stems: Set<string>;
  selfReference: boolean;
  /** "strikes were conducted": an unnamed actor, the speaker's side in its own account. */
  unnamedActor: boolean;
  /** "Y is responsible for Z": the state Y names (null when none); undefined without such a frame. */
  blamed: string | null | undefined;
  /** Who fired first by each pattern that matches, in order: a state, or a pronoun for the speaker. */
  firstStrikes: { c: string | null; pronoun: boolean }[];
  unprovoked: boolean;
}

// Reports repeat statements word for word (wire copies, the same quote in many reports).
const WORDINGS = new Map<string, Wording>();

function wordingOf(text: string, nominal: boolean, counter: boolean): Wording {
  const key = `${nominal ? 1 : 0}${counter ? 1 : 0}${text}`;
  let w = WORDINGS.get(key);
  if (!w) {
    if (WORDINGS.size >= 50_000) WORDINGS.clear();
    WORDINGS.set(key, (w = readWording(text, nominal, counter)));
  }
  return w;
}

const NO_TOPICS = new Set<Topic>();
const NOTHING = new Set<string>();

function readWording(text: string, nominal: boolean, counter: boolean): Wording {
  // Not facts of the conflict: purposes ("to minimise collateral damage"), admissions ("accepted
  // responsibility"), dismissals from a job, "the targeted groups".
  const t = fold(text)
    .replace(/\bto (?:minimi[sz]e|avoid|prevent|reduce|limit)\b[^,;.]*/g, '')
    .replace(/\b(?:accept(?:s|ed|ing)?|take(?:s|n)?|took|taking|claim(?:s|ed|ing)?) (?:full |the )?responsibility\b/g, '')
    .replace(/\bfired from (?:his|her|their|the|a) (?:job|post|position|team|company)\b/g, '')
    .replace(/\bthe targeted\b/g, 'the');
  const topics = new Set<Topic>();
  const firstAt: number[] = [];
  for (const [topic, re] of TOPIC_PATTERNS) {
    const m = re.exec(t);
    if (m) {
      topics.add(topic);
      firstAt.push(m.index);
    }
  }
  // "Talks were meaningless while Israel was bombing Iran": the fact sits in a "while" clause of an opinion.
  const whileAt = t.search(/\s(?:while|whilst|as long as|so long as)\s/);
  if (whileAt > 0 && firstAt.length && Math.min(...firstAt) > whileAt) topics.clear();
  // "strikes" as a noun is no fact by itself: a strike statement needs a verb of hitting.
  if (topics.has('strike') && !STRIKE_VERB.test(t) && topics.size === 1) topics.delete('strike');
  // Most reported speech carries none of these facts: nothing more to read.
  if (!topics.size && !counter) {
    return { empty: true, t, topics: NO_TOPICS, kinds: NOTHING, factual: false, negated: false, civilian: 0, figures: [], counts: [], stems: NOTHING,
      selfReference: false, unnamedActor: false, blamed: undefined, firstStrikes: [], unprovoked: false };
  }
  const kinds = new Set<string>();
  for (const [k, re] of KIND_CLASSES) if (re.test(t)) kinds.add(k);
  const first = firstAt.length ? Math.min(...firstAt) : t.length;
  const head = t.slice(0, first);
  // A modal before any verb of fact: "must be held to account", "will defend", "would be considered".
  const modal = NOT_FACTUAL.exec(t);
  const factVerb = FACT_VERB.exec(t);
  const hedged = !!modal && (!factVerb || modal.index < factVerb.index || NOT_FACTUAL.test(head));
  // A counter-account given while rejecting another's claim ("rejected the allegation, saying the
  // mines are old") is a claim whatever its subject.
  const factual = (topics.size > 0 || counter) && !hedged && (nominal || !!factVerb || /\b\w+ing\b/.test(t));
  const negated = NEGATION.test(head) || /\blost no\b|\bno (?:\w+ ){0,2}(?:damage|casualties|aircraft|jets?|drones?)\b/.test(t.slice(0, first + 20));
  const civilian: -1 | 0 | 1 = CIVILIAN_NO.test(t) ? -1 : CIVILIAN_YES.test(t) ? 1 : 0;
  // "strikes were conducted" in a party's own account: the party acts.
  const unnamedActor = /\b(?:were|was|had been|have been|has been)\s+(?:\w+ly\s+)?(?:conducted|carried out|launched|executed|undertaken|directed)\b/.test(t) ||
    /\b(?:strikes|raids|attacks|operations?|response|fire|shelling|bombing|missiles|rockets|drones|shells|bombs)\s+(?:were|was|had been|have been|has been)\s+(?:\w+ly\s+)?(?:aimed|targeted|confined|limited|restricted)\b/.test(t);
  // "Y is responsible for Z", "Y is to blame for Z": the blamed party is the actor, however it is named.
  const blamedFrame = /^(.{1,60}?)\s+is (?:responsible|to blame) for\b/.exec(text);
  return {
    empty: false, t, topics, kinds, factual, negated, civilian, figures: topics.has('casualties') ? casualtyFigures(text) : [],
    counts: thingCounts(text), stems: contentStems(text), selfReference: /^(?:it|its|we|our|they|their)\b/.test(t), unnamedActor,
    blamed: blamedFrame ? countryInPhrase(blamedFrame[1]) : undefined, firstStrikes: firstStrikesOf(text), unprovoked: /\bunprovoked\b/.test(t),
  };
}

/**
 * Reads a statement. `span` places it in the article body (for the entity mentions inside it);
 * `speaker` is the claimant's state, which "it", "we" and "our" refer to.
 */
export function readContent(text: string, span: { start: number; end: number } | null, parties: ArticleParties | null, speakerCountry: string | null, nominal = false, opts: { counter?: boolean } = {}): Content {
  const w = wordingOf(text, nominal, !!opts.counter);
  if (w.empty) return { topics: new Set(), kinds: new Set(), agent: null, actors: new Set(), patients: new Set(), factual: false, selfReference: false, counts: [], negated: false, civilian: 0, figures: [], firstStrike: null, stems: new Set() };
  let agent: string | null = null;
  const patients = new Set<string>();
  const actors = new Set<string>();
  if (span && parties) {
    const body = parties.doc.article.body;
    for (const m of parties.within(span.start, span.end)) {
      const c = m.party.country;
      // "flew from Missouri": a place of origin is neither actor nor target.
      const origin = m.kind === 'place' && /\bfrom\s+(?:the\s+)?$/i.test(body.slice(Math.max(0, m.start - 12), m.start));
      if (!c || origin) continue;
      if (m.kind === 'place' && !agent) {
        patients.add(c);
        continue;
      }
      // "in response to Indian aggression": the other side's act given as a reason is not reported as fact.
      const acting = m.kind !== 'place' && (isAgentive(body, m, span.start) || onActionNoun(body, m)) &&
        !/\b(?:in response to|in retaliation (?:for|against)|response to|retaliation for|described as|called|in reply to)\b[^.;]{0,30}$/i.test(body.slice(Math.max(span.start, m.start - 50), m.start));
      if (acting) actors.add(c);
      if (agent === null && acting) agent = c;
      else if (c !== agent) patients.add(c);
    }
  }
  // "it launched", "its guns", "we", "our": the speaker's own side; so is the unnamed actor of
  // "strikes were conducted" in a party's own account.
  if (speakerCountry && w.selfReference) agent = speakerCountry;
  if (speakerCountry && !agent && w.unnamedActor) agent = speakerCountry;
  if (w.blamed !== undefined) agent = w.blamed ?? agent;
  if (agent) patients.delete(agent);
  if (agent) actors.add(agent);
  return {
    topics: w.topics, kinds: w.kinds, agent, actors, patients, factual: w.factual, negated: w.negated, civilian: w.civilian, figures: w.figures,
    selfReference: w.selfReference, counts: w.counts,
    // An "unprovoked" attack is one its actor started.
    firstStrike: firstStrikeOf(w, speakerCountry) ?? (agent && w.unprovoked ? agent : null), stems: w.stems,
  };
}

const FIRE = String.raw`(?:opened fire|fired|attacked|shelled|struck|launched an? (?:armed |military )?(?:attack|assault|offensive))`;
const SIDE = String.raw`(?:the\s+)?(\p{Lu}[\p{L}-]*)(?:['’]s)?(?:\s+[\p{Ll}-]+){0,2}`;
const FIRST_STRIKE: RegExp[] = [
  new RegExp(String.raw`\b(?:only\s+)?(?:after|before|until)\s+${SIDE}\s+(?:had\s+)?${FIRE}`, 'u'),
  new RegExp(String.raw`${SIDE}\s+(?:had\s+)?(?:\w+\s+){0,6}?${FIRE}(?:\s+[\p{Ll}-]+){0,3}?\s+first\b`, 'u'),
  new RegExp(String.raw`${SIDE}\s+(?:had\s+)?fired the first (?:shot|shell|round)`, 'u'),
];

/** Who fired first, by the statement: the state named with "fired first", "only after X fired" ... */
function firstStrikeOf(w: Wording, speaker: string | null): string | null {
  for (const x of w.firstStrikes) {
    if (x.c) return x.c;
    if (speaker && x.pronoun) return speaker;
  }
  // "acted in self-defence": the speaker's side did not fire first; who did is not said.
  return null;
}

function firstStrikesOf(text: string): Wording['firstStrikes'] {
  if (!/\b(?:first|after|before|until)\b/.test(text)) return [];
  const out: Wording['firstStrikes'] = [];
  for (const re of FIRST_STRIKE) {
    const m = re.exec(text);
    if (m) out.push({ c: countryOfName(m[1]), pronoun: /^(?:we|our|it|its|they|their)$/i.test(m[1]) });
  }
  return out;
}

/** Numbers of weapons, aircraft or troops ("19 missiles", "Seven B-2 stealth bombers", "some 7,000 Rwandan soldiers"). */
const COUNT_RE = new RegExp(String.raw`\b(?:as many as |some |about |around |at least |more than |nearly |roughly )?${NUMBER}\s+((?:[\p{L}\p{N}-]+\s+){0,3}?(missiles|rockets|drones|bombers|jets|aircraft|warplanes|fighters|planes|helicopters|troops|soldiers|tanks|ships|warships|submarines|shells|bombs))\b`, 'giu');

export function thingCounts(text: string): { n: number; what: string; phrase: string }[] {
  if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)\b/i.test(text)) return [];
  const out: { n: number; what: string; phrase: string }[] = [];
  for (const m of text.matchAll(COUNT_RE)) {
    const n = numberOf(m[1]);
    if (!Number.isFinite(n)) continue;
    out.push({ n, what: m[3].toLowerCase(), phrase: m[0] });
  }
  return out;
}

/** A party describing its own action with no outcome on the other side: an announcement, not a claim. */
export function isOwnAction(c: Content, claimant: Party): boolean {
  for (const t of OUTCOME_TOPICS) if (c.topics.has(t)) return false;
  // "their retaliation had targeted military centres": whoever the speaker is, its own side.
  if (c.selfReference && (!c.agent || c.agent === claimant.country) && [...c.actors].every((a) => a === claimant.country)) return true;
  // "Seven bombers dropped bombs on Fordow", said by the side that sent them: no actor named, only the other side hit.
  if (claimant.country && !c.agent && !c.actors.size && c.patients.size && !c.patients.has(claimant.country) && !c.negated) return true;
  if (!claimant.country || c.agent !== claimant.country) return false;
  // "we spotted a drone before their soldiers opened fire": the other side acts too.
  for (const a of c.actors) if (a !== claimant.country) return false;
  for (const t of OUTCOME_TOPICS) if (c.topics.has(t)) return false;
  return true;
}

/** Two statements about the same thing in opposite ways. */
export function contradicts(a: Content, b: Content): boolean {
  if (a.agent && b.agent && a.agent !== b.agent) return false;
  if (!a.agent && !b.agent) return false;
  return (a.civilian === 1 && b.civilian === -1) || (a.civilian === -1 && b.civilian === 1);
}
