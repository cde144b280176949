// Sentence-level event coding: triggers -> frames (reported speech, requests, denials, accusations)
// -> actor and recipient -> modality, with the PLOVER conventions of shared/ontology/PLOVER.md.
import type { Modality, Party, PloverType } from '../../model.ts';
import {
  agentOf, conditionalAround, isVerbAt, futureAt, isClauseBoundary, isPassive, lightVerbOf, mainSubjectAfterComma, makeView,
  negatedAt, possessorOf, prepBefore, recipientOf, same, subjectOf, type Arg, type SentenceView,
} from './clauses.ts';
import { entriesFor, lexOf, mayHoldEvent, type Entry, type Frame } from './lexicon.ts';
import { adversaryOf, countryByName, countryParty, findChunks, geoOf, type ArticleFrame } from './parties.ts';
import { isConflict, isMaterial } from './score.ts';
import { PREPOSITIONS, type Token } from './tokens.ts';
import { findTriggers, type TriggerHit } from './triggers.ts';
import { assaultMode, requestMode, threatMode } from './modes.ts';

// Crowds: when they attack, they riot (PLOVER PROTEST/riot).
const CROWD = /^(protesters|protestors|demonstrators|rioters|students|crowds?|mobs?)$/;

/** An event before dating, scoring and de-duplication. */
export interface Draft {
  type: PloverType;
  mode: string | null;
  actor: Party[];
  recipient: Party[];
  modality: Modality;
  source: string | null;
  /** Token range of the trigger in the sentence, and its text. */
  t0: number;
  t1: number;
  trigger: string;
  /** Parties named as places in the trigger's clause ("in New Delhi"). */
  places: Party[];
  /** Actor was guessed (inherited, adversary, speaker) rather than read. */
  guessedActor: boolean;
}

/** A span of the sentence governed by a frame trigger. */
interface FrameSpan {
  kind: Frame;
  hit: TriggerHit;
  t0: number;
  t1: number;
  speaker: Party[];
  /** For accusations: the accused. For denials: the claimant. */
  other: Party[];
}

export interface SentenceInput {
  tokens: Token[];
  /** 1 for tokens inside a timex of the temporal layer. */
  timex?: Uint8Array;
  /** Parties the quote layer gives as speakers of quotes covering token ranges. */
  quoteSpeakers: { t0: number; t1: number; speaker: Party[] }[];
  /** The article says it cannot verify the claims it reports. */
  unverifiable: boolean;
  /** Events of the previous sentence, for continuation ("The border has also been closed."). */
  previous: Draft[];
}

// Nouns that a trigger noun may modify ("air raid sirens"): then it names no event.
const COMPOUND_HEADS = new Set(['sirens', 'siren', 'system', 'systems', 'capability', 'capabilities', 'helicopter', 'helicopters',
  'footage', 'shelter', 'shelters', 'victims', 'survivors', 'site', 'sites', 'plan', 'plans', 'warning', 'warnings', 'drill', 'drills',
  'threat', 'threats', 'risk', 'risks', 'alert', 'alerts', 'aircraft', 'jets', 'submarine', 'submarines', 'squad', 'squads', 'unit', 'units', 'dogs', 'boats', 'vessel', 'vessels']);

const HYPOTHETICAL = new Set(['imminent', 'possible', 'potential', 'likely', 'feared', 'looming', 'impending', 'hypothetical']);

const HEDGES = new Set(['allegedly', 'purportedly', 'supposedly', 'ostensibly']);

// What a warning must hold to be a threat when it names no other side.
const COERCIVE = /\b(tolerate|punish\w*|retaliat\w*|respond\w*|response|revenge|attack\w*|strike|strikes|force|crush|destroy|consequences|price|pay|war|ban|arrest\w*|sanctions?|action|measures|crack down|crackdown)\b/;

const CLAIM_NOUNS = new Set(['claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'reports', 'assertion', 'assertions']);

// Labels that condemn what they name ("called the attack outrageous", "a declaration of war").
const CONDEMNING = new Set(`outrageous illegal unlawful unacceptable criminal barbaric cowardly heinous brutal reckless
  dangerous flagrant provocative provocation aggression aggressive violation terrorism terrorist war crime crimes
  unprovoked atrocity atrocities massacre genocide piracy treacherous savage inhumane blatant declaration invasion`.split(/\s+/));

const DIPLOMATS = /^(diplomats?|ambassadors?|envoys?|attaches?|attachés?|consuls?|staff|embassy|mission|high|chargé|charge)$/;

function clauseEndFrom(v: SentenceView, k: number): number {
  for (let j = k; j < v.tokens.length; j++) if (isClauseBoundary(v, j)) return j;
  return v.tokens.length;
}

/** Where reported speech ends: what is said runs on through its own subordinate clauses ("said they had
 * spotted a drone before Cambodian soldiers opened fire"), up to a semicolon, a dash or a contrast. */
function speechEndFrom(v: SentenceView, k: number): number {
  for (let j = k; j < v.tokens.length; j++) {
    const t = v.tokens[j];
    if (t.text === ';' || t.text === '—' || t.text === '–' || t.text === ':') return j;
    if (/^(but|whereas|although|though|while)$/.test(t.lower)) return j;
  }
  return v.tokens.length;
}

/** Where what is agreed, asked or denied ends: the clause, or a comma before the reporting tail
 * ("agreed to a ceasefire, Anwar said after hosting ..."). */
function contentEndFrom(v: SentenceView, k: number): number {
  const end = clauseEndFrom(v, k);
  for (let j = k; j < end; j++) {
    if (v.tokens[j].text !== ',') continue;
    for (let m = j + 1; m < Math.min(end, j + 9); m++) {
      const h = v.triggerAt[m];
      if (h && h.entry.pos === 'v' && (h.entry.frame === 'say' || h.entry.frame === 'claim')) return j;
      if (v.tokens[m].punct) break;
    }
  }
  return end;
}

function isQuoteMark(t: Token | undefined): boolean {
  return !!t && /^["“”]$/.test(t.text);
}

/** Reported-speech frames: "X said (that) S", "S, X said", "according to X, S", "X's claims that S". */
function sayFrames(v: SentenceView): FrameSpan[] {
  const out: FrameSpan[] = [];
  const { tokens } = v;
  for (const h of v.triggers) {
    if (h.entry.frame !== 'say' && h.entry.frame !== 'claim') continue;
    if (h.entry.pos === 'n') {
      // "Pakistani claims that ...", "Pakistan's assertion that ...", "claims about ..."
      const poss = possessorOf(v, h);
      const by = agentOf(v, h);
      out.push({ kind: h.entry.frame, hit: h, t0: h.t1, t1: clauseEndFrom(v, h.t1), speaker: poss?.parties ?? by?.parties ?? [], other: [] });
      continue;
    }
    const before = tokens[h.i - 1];
    const complement = clausalComplement(v, h.t1);
    // "..., said Rubio" / "..., Rubio said" / "“...,” she said": the complement is what precedes.
    if (before && (before.text === ',' || isQuoteMark(before)) && v.chunkAt[h.t1] >= 0) {
      const ci = v.chunkAt[h.t1];
      out.push({ kind: h.entry.frame, hit: h, t0: 0, t1: h.i - 1, speaker: v.chunks[ci].parties, other: [] });
      continue;
    }
    const subj = subjectOf(v, h.i);
    // (Not "In a letter to X, Hun Manet said Thai forces had ...": a clause after the verb is what is said.)
    if (subj && subj.chunks.length && !complement) {
      const first = subj.chunks[0];
      const pre = tokens[first.t0 - 1];
      if (pre && (pre.text === ',' || isQuoteMark(pre)) && first.t0 > 2) {
        out.push({ kind: h.entry.frame, hit: h, t0: 0, t1: first.t0 - 1, speaker: subj.parties, other: [] });
        continue;
      }
    }
    // "X said (on Thursday) (that) S", "X told Y that S", "X posted on X that S", "X claimed to have ...":
    // only with a clause after it; "reaffirmed the commitment" has a noun object and reports nothing.
    if (!complement) continue;
    out.push({ kind: h.entry.frame, hit: h, t0: h.t1, t1: speechEndFrom(v, h.t1), speaker: subj?.parties ?? [], other: [] });
  }
  // "according to X, S" / "S, according to X"
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].lower !== 'according' || tokens[k + 1].lower !== 'to') continue;
    let speaker: Party[] = [];
    let endOfSource = k + 2;
    for (let j = k + 2; j < Math.min(tokens.length, k + 10); j++) {
      if (tokens[j].text === ',' || tokens[j].text === '.') { endOfSource = j; break; }
      const ci = v.chunkAt[j];
      if (ci >= 0 && !speaker.length) speaker = v.chunks[ci].parties;
      endOfSource = j + 1;
    }
    if (k < 2) out.push({ kind: 'say', hit: { entry: entriesFor('say')[0], i: k, t0: k, t1: endOfSource }, t0: endOfSource, t1: tokens.length, speaker, other: [] });
    else out.push({ kind: 'say', hit: { entry: entriesFor('say')[0], i: k, t0: k, t1: endOfSource }, t0: 0, t1: k, speaker, other: [] });
  }
  return out;
}

/** Frames set by event triggers: content (urge X to ...), deny, accuse, condemn. */
function actFrames(v: SentenceView, acts: Map<TriggerHit, { actor: Arg | null; recipient: Arg | null }>): FrameSpan[] {
  const out: FrameSpan[] = [];
  for (const h of v.triggers) {
    const f = h.entry.frame;
    if (f !== 'content' && f !== 'deny' && f !== 'accuse' && f !== 'condemn') continue;
    let t0 = h.t1;
    // A noun has a complement only when one follows ("offer to mediate", "call for restraint").
    if (h.entry.pos === 'n' && f === 'content' && !/^(to|of|for|that|on)$/.test(v.tokens[h.t1]?.lower ?? '')) continue;
    if (f === 'accuse') {
      // "accused Pakistan of shelling", "blamed Pakistan for the attack": the complement follows of/for.
      for (let k = h.t1; k < Math.min(v.tokens.length, h.t1 + 8); k++) if (/^(of|for)$/.test(v.tokens[k].lower)) { t0 = k + 1; break; }
    }
    const a = acts.get(h);
    if (h.entry.flags.has('objto') && !(a?.recipient?.chunks.length && v.tokens[a.recipient.chunks.at(-1)!.t1]?.lower === 'to')) continue;
    // "rejected Thai allegations that S": rejecting a claim denies what it claims.
    let kind: Frame = f;
    if (f === 'content' && h.entry.type === 'REJECT' && v.tokens.slice(h.t1, h.t1 + 4).some((t) => CLAIM_NOUNS.has(t.lower))) kind = 'deny';
    out.push({ kind, hit: h, t0, t1: contentEndFrom(v, h.t1), speaker: a?.actor?.parties ?? [], other: a?.recipient?.parties ?? [] });
  }
  return out;
}

/** Does a clause follow token k: "that", a quotation, a colon, "to have", or a subject and verb? */
function clausalComplement(v: SentenceView, k: number): boolean {
  for (let j = k; j < Math.min(v.tokens.length, k + 8); j++) {
    const t = v.tokens[j];
    if (t.lower === 'that' || t.text === ':' || t.text === '“' || t.text === '"') return true;
    if (t.lower === 'to' && v.tokens[j + 1]?.lower === 'have') return true;
    const ci = v.chunkAt[j];
    if (ci >= 0) {
      const end = v.chunks[ci].t1;
      const nx = v.tokens[end];
      if (nx && (/^(had|has|have|was|were|is|are|will|would|could|should|must|did|may|might)$/.test(nx.lower) || isVerbAt(v, end) || /ed$/.test(nx.lower))) return true;
      j = end - 1;
      continue;
    }
    if (t.punct && t.text !== ',') return false;
    if (/^(on|to|in|at|with|via|through|during|after|before|the|a|an|his|her|its|their|also|earlier|later|yesterday|today|x|twitter|television|tv|media|social|saturday|sunday|monday|tuesday|wednesday|thursday|friday)$/.test(t.lower) || t.cap) continue;
    // "told reporters that", "told a news conference that": an audience before "that".
    if (!isVerbAt(v, j) && /^(reporters|journalists|parliament|lawmakers|news|conference|briefing|press|audience|crowd|supporters|delegates|council|assembly|state|broadcaster|radio|agency|interview|statement|post|letter)$/.test(t.lower)) continue;
    return false;
  }
  return false;
}

function within(f: FrameSpan, h: TriggerHit): boolean {
  return h !== f.hit && h.t0 >= f.t0 && h.t0 < f.t1;
}

/** Actor of a trigger, read from the sentence. */
function readActor(v: SentenceView, h: TriggerHit): Arg | null {
  const e = h.entry;
  if (e.pos === 'v') {
    // "is opposed to": an adjective, active in meaning.
    if (isPassive(v, h.i) && !(v.tokens[h.i].lower === 'opposed' && v.tokens[h.i + 1]?.lower === 'to')) return agentOf(v, h);
    const s = subjectOf(v, h.i);
    return s;
  }
  const material = e.type ? isMaterial(e.type) : false;
  let poss = possessorOf(v, h);
  // "the Pahalgam attack": a place before an attack is where it happened, not who did it.
  if (poss && material && poss.chunks.every((c) => c.kind === 'place')) poss = null;
  let light = lightVerbOf(v, h);
  // "call" supports only collective action ("called a strike"); "calling the strikes a declaration of war" labels.
  if (light != null && /^call/.test(v.tokens[light].lower) && e.type !== 'PROTEST') light = null;
  const lightSubj = light != null && !isPassive(v, light) ? subjectOf(v, light) : null;
  const agent = agentOf(v, h);
  // A noun inside a sentence-initial phrase ("In separate calls with A and B, Rubio ...").
  const fronted = !material && h.t0 <= 5 && /^(in|during|after|following|with|on|at|amid)$/i.test(v.tokens[0].text) ? mainSubjectAfterComma(v, h) : null;
  const pronounPoss = poss && poss.chunks.every((c) => c.kind === 'pronoun');
  const ownPoss = poss && !pronounPoss ? poss : null;
  // "Rubio expressed sorrow during his call with Sharif", "guerrillas wounded two soldiers in a bomb
  // attack": a noun in a phrase attached to an active verb takes that verb's subject.
  let ppSubj: Arg | null = null;
  let ppHead = h.t0 - 1;
  while (ppHead >= 0 && !v.tokens[ppHead].punct && v.chunkAt[ppHead] < 0 && !PREPOSITIONS.has(v.tokens[ppHead].lower) && h.t0 - ppHead < 4) ppHead--;
  if (!lightSubj && !ownPoss && ppHead >= 0 && /^(during|in|on|at|with|for)$/.test(v.tokens[ppHead].lower)) {
    // (Not across a relative clause: "gun emplacements that were responsible for Monday's shelling".)
    for (let k = ppHead - 1; k >= 0 && !isClauseBoundary(v, k) && !/^(that|which|who)$/.test(v.tokens[k].lower); k--) if (isVerbAt(v, k)) { if (!isPassive(v, k)) ppSubj = subjectOf(v, k); break; }
  }
  if (material) return ownPoss ?? agent ?? lightSubj ?? ppSubj ?? fronted ?? poss;
  return agent ?? lightSubj ?? ppSubj ?? ownPoss ?? fronted ?? poss;
}

function partyCountries(ps: Party[]): Set<string> {
  const out = new Set<string>();
  for (const p of ps) if (p.country) out.add(p.country);
  return out;
}

function hasCountry(ps: Party[]): boolean {
  for (const p of ps) if (p.country) return true;
  return false;
}

/** Is a state of `a` also a state of `b`? */
function sharesCountry(a: Party[], b: Party[]): boolean {
  for (const p of a) if (p.country) for (const q of b) if (q.country === p.country) return true;
  return false;
}

function dropSame(recipient: Party[], actor: Party[]): Party[] {
  const ac = partyCountries(actor);
  // The same party, or the actor's own state named as a bare country ("offered U.S. assistance").
  return recipient.filter((r) => !actor.some((a) => same(a, r)) && !(r.country && ac.has(r.country) && countryByName(r.name)?.iso3 === r.country && actor.some((a) => a.name === r.name || countryByName(a.name)?.iso3 === r.country || a.entityId)));
}

/** Code every event of one sentence. */
export function codeSentence(input: SentenceInput, frame: ArticleFrame): { drafts: Draft[]; view: SentenceView } {
  const { tokens } = input;
  if (!mayHoldEvent(tokens)) return { drafts: [], view: makeView(tokens, [], []) };
  const chunks = findChunks(tokens, frame, (i) => !tokens[i].cap && lexOf(tokens[i]).entries.length > 0);
  const chunkEnd = new Set(chunks.map((c) => c.t1 - 1));
  const demonymAt = new Set(chunks.filter((c) => c.kind === 'demonym').map((c) => c.t1 - 1));
  const inChunk = new Uint8Array(tokens.length);
  for (const c of chunks) if (c.kind !== 'pronoun') for (let k = c.t0; k < c.t1; k++) if (tokens[k].cap) inChunk[k] = 1;
  const triggers = findTriggers(tokens, (k) => chunkEnd.has(k), (k) => demonymAt.has(k) || !!(tokens[k]?.cap && geoOf(tokens[k]).demonym), (k) => inChunk[k] === 1);
  const v = makeView(tokens, chunks, triggers, input.timex);

  const acts = new Map<TriggerHit, { actor: Arg | null; recipient: Arg | null }>();
  for (const h of triggers) {
    if (!h.entry.type) continue;
    const actor = readActor(v, h);
    const recipient = recipientOf(v, h, h.entry.recip);
    acts.set(h, { actor, recipient });
  }
  const frames = [...sayFrames(v), ...actFrames(v, acts)];
  for (const q of input.quoteSpeakers) {
    frames.push({ kind: 'say', hit: { entry: entriesFor('say')[0], i: -1, t0: -1, t1: -1 }, t0: q.t0, t1: q.t1, speaker: q.speaker, other: [] });
  }
  const hasPrimaryAssault = triggers.some((h) => h.entry.type === 'ASSAULT' && !h.entry.flags.has('secondary'));

  const drafts: Draft[] = [];
  for (const h of triggers) {
    if (!h.entry.type) continue;
    const governing = triggerGoverning(v, h, frames, hasPrimaryAssault);
    if (!governing) continue;
    const c = newCoding(h, acts.get(h)!, governing);
    if (readParties(v, c, frame) && guessActor(v, c, input, frame) && readMode(v, c) && readModality(v, c, input) && fillRecipient(v, c, frames, frame, drafts) && settleParties(v, c, frame)) emitDrafts(v, c, drafts);
  }

  // "A spoke to B, as did C": the same events with C as actor.
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k].lower === 'as' && tokens[k + 1].lower === 'did' && v.chunkAt[k + 2] >= 0) {
      const extra = v.chunks[v.chunkAt[k + 2]].parties;
      for (const d of [...drafts]) if (d.t0 < k && d.actor.length && extra.length) drafts.push(cloneDraft(d, extra, d.recipient));
    }
  }
  // A speaker's "X must / needs to / should Y" in reported speech is a request to X.
  for (const f of frames) {
    if (f.kind !== 'say' || !f.speaker.length) continue;
    for (let k = f.t0; k < f.t1; k++) {
      const w = tokens[k].lower;
      const modal = w === 'must' || w === 'should' || (w === 'need' || w === 'needs') && tokens[k + 1]?.lower === 'to';
      if (!modal) continue;
      if (drafts.some((d) => (d.type === 'THREATEN' && d.t0 >= f.t0 && d.t0 < f.t1) || (d.type === 'REQUEST' && d.t0 === f.hit.t0))) break;
      if (/^(there|it)$/.test(tokens[k - 1]?.lower ?? '')) continue;
      const subj = subjectOf(v, k);
      const addressee = !!subj && (subj.chunks.length > 0 || subj.how === 'np');
      let recipient = addressee ? dropSame(subj.parties, f.speaker) : [];
      // "we need to see Cambodia act in good faith": what the speaker needs of another party.
      const see = tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'see' ? v.chunkAt[k + 3] : -1;
      if (see >= 0) recipient = dropSame(v.chunks[see].parties, f.speaker);
      // Things that should or must happen ("attacks should never take place") are no request to anyone;
      // people who must be brought to justice are the object of a demand.
      if (!recipient.length && !addressee && see < 0) continue;
      const m = requestMode(tokens, k, clauseEndFrom(v, k)) ?? null;
      const hit = f.hit;
      drafts.push({
        type: 'REQUEST', mode: m, actor: f.speaker, recipient, modality: 'asserted', source: null,
        t0: hit.i >= 0 ? hit.t0 : k, t1: hit.i >= 0 ? hit.t1 : k + 1, trigger: tokens[k].text, places: [], guessedActor: false,
      });
      break;
    }
  }
  return { drafts, view: v };
}

/** What one trigger codes, read in stages (small functions compile cheaply and stay optimised). */
interface Coding {
  readonly h: TriggerHit;
  readonly e: Entry;
  readonly act: { actor: Arg | null; recipient: Arg | null };
  readonly governing: FrameSpan[];
  type: PloverType;
  mode: string | null;
  actor: Party[];
  recipient: Party[];
  guessedActor: boolean;
  modality: Modality;
  say: FrameSpan | null;
  deny: FrameSpan | null;
  accuse: FrameSpan | null;
  condemn: FrameSpan | null;
}

function newCoding(h: TriggerHit, act: { actor: Arg | null; recipient: Arg | null }, governing: FrameSpan[]): Coding {
  return {
    h, e: h.entry, act, governing, type: h.entry.type!, mode: h.entry.mode, actor: [], recipient: [], guessedActor: false,
    modality: 'asserted', say: null, deny: null, accuse: null, condemn: null,
  };
}

/** The frames governing a trigger, or null when the trigger codes no event of its own. */
function triggerGoverning(v: SentenceView, h: TriggerHit, frames: FrameSpan[], hasPrimaryAssault: boolean): FrameSpan[] | null {
  const e = h.entry;
  const tokens = v.tokens;
  if (e.flags.has('secondary') && hasPrimaryAssault) return null;
  const governing = frames.filter((f) => within(f, h));
  // A request's content is not an event of its own; the call it was made in is ("urged X to ... in calls with Y").
  const inSetting = e.type === 'CONSULT' && e.pos === 'n' && /^(in|during|on)$/.test(tokens[h.t0 - 1]?.lower ?? '') || (e.type === 'CONSULT' && e.pos === 'n' && /^(in|during|on)$/.test(tokens[h.t0 - 2]?.lower ?? ''));
  if (governing.some((f) => f.kind === 'content') && !inSetting) return null;
  // The antecedent of a condition ("if there are attacks on us") is hypothetical.
  if (isMaterial(e.type!) && inConditionalAntecedent(v, h.t0)) return null;
  // "a settlement reached through dialogue": a participle after the very noun it needs modifies that noun.
  if (e.pos === 'v' && e.near && e.near.has(tokens[h.i - 1]?.lower ?? '') && !/ly$/.test(tokens[h.i - 1].lower) && /(ed|en|wn|ht)$/.test(tokens[h.i].lower) && v.chunkAt[h.i - 1] < 0) return null;
  // "an operation that he called Rising Lion", "called the talks 'very good'": naming, not phoning.
  if (e.type === 'CONSULT' && e.words[0] === 'call' && e.pos === 'v') {
    const naming = namingAfter(v, h);
    if (naming === 'relative' || naming === 'label') return null;
    // One phones people and states; "the bloc called the Intergovernmental Authority" names it.
    const obj = v.chunkAt[h.t1] >= 0 ? v.chunks[v.chunkAt[h.t1]] : null;
    if (obj && (obj.kind === 'org' || obj.kind === 'place')) return null;
  }
  // "-ing" right after a plain noun modifies it ("an incident targeting civilians").
  if (e.pos === 'v' && /ing$/.test(tokens[h.i].lower) && h.i > 0 && !tokens[h.i - 1].punct && !tokens[h.i - 1].cap && v.chunkAt[h.i - 1] < 0 && !isVerbAt(v, h.i - 1) && !PREPOSITIONS.has(tokens[h.i - 1].lower) && !/(ed|ly)$/.test(tokens[h.i - 1].lower) && !/^(is|was|are|were|be|been|also|and|not|of|by|after|before|while|without|for|to)$/.test(tokens[h.i - 1].lower)) return null;
  return governing;
}

/** Actor and recipient as read, the governing frames, and the filters that need them. */
function readParties(v: SentenceView, st: Coding, frame: ArticleFrame): boolean {
  const { h, e, act, governing } = st;
  const tokens = v.tokens;
  // A passive attack or arrest: its subject is the victim ("three soldiers were killed").
  if (e.pos === 'v' && e.recip[0] === 'obj' && isPassive(v, h.i) && !act.recipient && (e.type === 'ASSAULT' || e.type === 'COERCE' || e.type === 'ACCUSE')) {
    const victim = subjectOf(v, h.i);
    if (victim && victim.chunks.every((c) => c.kind !== 'place')) act.recipient = victim;
  }
  let type: PloverType = e.type!;
  let mode = e.mode;
  // "their arrests", "his release": the one possessor is the patient, not also the agent.
  if (act.actor?.how === 'possessor' && act.recipient && act.actor.chunks.length && act.actor.chunks.every((c) => act.recipient!.chunks.includes(c))) act.actor = null;
  let actor = act.actor?.parties ?? [];
  let recipient = act.recipient?.parties ?? [];
  let guessedActor = false;
  // The reporting frame: a reporting verb of the sentence before a quotation the quote layer found.
  const sayFramesHere = governing.filter((f) => f.kind === 'say' || f.kind === 'claim');
  const say = sayFramesHere.filter((f) => f.hit.i >= 0).at(-1) ?? sayFramesHere.at(-1) ?? null;
  const deny = governing.find((f) => f.kind === 'deny') ?? null;
  const accuse = governing.find((f) => f.kind === 'accuse') ?? null;
  const condemn = governing.find((f) => f.kind === 'condemn') ?? null;

  // "the emir had taken a call from Trump": the caller calls the one who took the call.
  if (type === 'CONSULT' && e.pos === 'n' && !recipient.length && act.actor?.how === 'agent') {
    const light = lightVerbOf(v, h);
    const taker = light != null ? subjectOf(v, light) : null;
    if (taker?.parties.length && !taker.parties.some((p) => actor.some((a) => same(a, p)))) recipient = taker.parties;
  }
  if (e.flags.has('party') && !recipient.length) return false;
  // "told X to do Y" is a directive; "told X that ..." reports.
  if (e.flags.has('objto') && !(act.recipient && act.recipient.chunks.length && tokens[act.recipient.chunks.at(-1)!.t1]?.lower === 'to')) return false;
  // A noun trigger that modifies another noun ("air raid sirens", "attack helicopters") names no event.
  if (e.pos === 'n' && COMPOUND_HEADS.has(tokens[h.t1]?.lower ?? '')) return false;
  // "protested": a crowd's protest, or a government's verbal protest.
  if (e.flags.has('protestverb') && act.actor && act.actor.chunks.length && act.actor.chunks.every((c) => c.kind === 'country' || c.kind === 'org' || c.kind === 'person')) { type = 'ACCUSE'; mode = 'disapprove'; }
  // Evaluative nouns ("Pakistan's escalation", "Indian aggression") accuse their possessor; the accuser is the speaker.
  if (e.flags.has('possrecip')) {
    const poss = possessorOf(v, h);
    if (!poss || !say?.speaker.length) return false;
    actor = say.speaker;
    recipient = poss.parties;
  }
  // "X claimed it launched ...", "X posted that he had urged ...": the first pronoun of a reported
  // clause is the speaker.
  if (say?.speaker.length && act.actor && act.actor.chunks.length === 1 && act.actor.chunks[0].kind === 'pronoun' && act.actor.chunks[0].t0 >= say.t0 &&
      !v.chunks.some((c) => c.t0 >= say.t0 && c.t0 < act.actor!.chunks[0].t0)) {
    actor = say.speaker;
  }
  // "can't tell", "cannot stop": inability is no event.
  if (tokens.slice(Math.max(0, h.t0 - 3), h.t0).some((t) => /^(can't|cannot|can|couldn't)$/.test(t.lower)) && tokens.slice(Math.max(0, h.t0 - 3), h.t0).some((t) => /^(n't|not|cannot|can't|couldn't)$/.test(t.lower) || t.lower === 'cannot')) return false;
  // "accused each other": reciprocal, the accusations' content is not coded.
  if (act.recipient && act.recipient.chunks.some((c) => c.kind === 'pair' && tokens[c.t0].lower === 'each')) recipient = [];
  if (accuse && within(accuse, h) && tokens.slice(accuse.hit.t1, accuse.t0).some((t) => t.lower === 'each')) return false;
  // What someone is accused of is a hostile act or nothing ("accuses Pakistan of supporting the attack").
  if (accuse && within(accuse, h) && !(isMaterial(e.type!) && isConflict(e.type!))) return false;
  // Habitual present of a material act ("India only targets terror infrastructure") reports no happening.
  if (e.pos === 'v' && isMaterial(type) && /[^s]s$/.test(tokens[h.i].lower) && !tokens[h.i - 1]?.lower.match(/^(now|today)$/)) return false;
  if (e.flags.has('intercept')) {
    // An interception is part of the attack of the side that fired: actor = owner of the weapons.
    const owner = possessorOf(v, { entry: h.entry, i: h.i, t0: h.t1 + 3, t1: h.t1 + 3 });
    const interceptor = actor;
    actor = owner?.parties ?? [];
    recipient = interceptor;
    if (!actor.length) {
      const c = interceptor.find((p) => p.country)?.country ?? null;
      const adv = adversaryOf(c, frame);
      if (adv) { actor = [adv]; guessedActor = true; }
    }
    mode = mode ?? assaultMode(tokens, h.t0, h.t1 + 6);
  }
  if (e.flags.has('swap')) [actor, recipient] = [recipient, actor];
  st.type = type;
  st.mode = mode;
  st.actor = actor;
  st.recipient = recipient;
  st.guessedActor = guessedActor;
  st.say = say;
  st.deny = deny;
  st.accuse = accuse;
  st.condemn = condemn;
  return true;
}

/** An actor the sentence does not name: the accused, the speaker, the adversary, the previous event's. */
function guessActor(v: SentenceView, st: Coding, input: SentenceInput, frame: ArticleFrame): boolean {
  const { h, e, act } = st;
  const tokens = v.tokens;
  let { type, actor, recipient, guessedActor } = st;
  const { say, accuse, condemn } = st;
  // Accused / condemned party acts in the complement when the noun has no actor of its own.
  if (!actor.length && accuse && within(accuse, h)) { actor = accuse.other; guessedActor = true; }
  if (!actor.length && condemn && within(condemn, h)) { actor = condemn.other; guessedActor = true; }
  // A statement-like act in reported speech with no party as subject is the speaker's.
  if ((!actor.length || act.actor?.how === 'np') && say?.speaker.length && !isMaterial(type)) { actor = say.speaker; guessedActor = true; }
  const secondary = e.flags.has('secondary');
  const weapon = act.actor?.how === 'weapon';
  // Harm suffered or a weapon's hit ("one civilian was killed in Oddar Meanchey", "a rocket struck a petrol
  // station in Kantharalak"): the attacker is the other side of the victims, never their own state.
  if (!actor.length && type === 'ASSAULT' && (secondary || weapon || e.flags.has('agentless') || isPassiveAct(v, h))) {
    const victims = recipient.find((p) => p.country)?.country ?? placesAround(v, h).find((p) => p.country)?.country ?? null;
    const adv = adversaryOf(victims, frame);
    if (adv) {
      actor = [adv]; guessedActor = true;
      if (!recipient.length) recipient = [countryParty(victims!)];
    }
  }
  // Agentless continuation of the previous sentence ("The border has also been closed.").
  if (!actor.length && !secondary && !weapon) {
    const prev = input.previous.find((d) => d.type === type && d.actor.length);
    if (prev) { actor = prev.actor; if (!recipient.length) recipient = prev.recipient; guessedActor = true; }
  }
  // Agentless reported self-action ("strikes were conducted", in an official's briefing): the speaker's state.
  // (Only when the target is unnamed or of another state: "Eritrea would not be lectured by governments
  // silent when Serha was shelled" is no Eritrean shelling.)
  if (!actor.length && say?.speaker.length && isMaterial(type) && !secondary && (!recipient.length || recipient.some((p) => p.country))) {
    const c = say.speaker.find((p) => p.country)?.country;
    if (c && (weapon || isPassiveAct(v, h)) && !recipient.some((p) => p.country === c)) { actor = [countryParty(c)]; guessedActor = true; }
  }
  // Blackouts and other readiness measures at home: the country of the places named.
  if (!actor.length && type === 'MOBILIZE') {
    const places = placesAround(v, h);
    const c = places.find((p) => p.country)?.country;
    if (c) { actor = [countryParty(c)]; guessedActor = true; }
  }

  // "the Pahalgam attack": the place named before an attack is its target.
  if (type === 'ASSAULT' && e.pos === 'n' && !recipient.length) {
    const before = possessorOf(v, h);
    if (before && before.chunks.every((c) => c.kind === 'place')) recipient = before.parties.filter((p) => p.country);
  }
  st.actor = actor;
  st.recipient = recipient;
  st.guessedActor = guessedActor;
  return true;
}

/** The mode from the words around the trigger. */
function readMode(v: SentenceView, st: Coding): boolean {
  const { h, e, act } = st;
  const tokens = v.tokens;
  let { type, mode, recipient } = st;
  // Mode from context.
  if (type === 'CONSULT' && !mode && tokens.slice(Math.max(0, h.t0 - 3), h.t1).some((t) => /^(phone|telephone|telephonic)$/.test(t.lower))) mode = 'phone';
  if (type === 'ASSAULT' && !mode) mode = assaultMode(tokens, Math.max(0, h.t0 - 4), h.t1 + 6);
  if (type === 'REQUEST') mode = requestMode(tokens, h.t1, clauseEndFrom(v, h.t1)) ?? mode;
  if (type === 'THREATEN' && !mode) mode = threatMode(tokens, h.t1, clauseEndFrom(v, h.t1));
  // Support for a process between parties is an appeal to them ("support for direct dialogue").
  if (type === 'SUPPORT' && e.pos === 'n' && h.entry.words[0] === 'support') {
    const m = requestMode(tokens, h.t1, Math.min(tokens.length, h.t1 + 4));
    if (m) {
      type = 'REQUEST'; mode = m;
      const between = recipientOf(v, h, ['between']);
      if (between) recipient = between.parties;
    }
  }
  st.type = type;
  st.mode = mode;
  st.recipient = recipient;
  return true;
}

/** Modality: negated, planned, claimed, denied; announced acts become threats or agreements. */
function readModality(v: SentenceView, st: Coding, input: SentenceInput): boolean {
  const { h, e, act } = st;
  const tokens = v.tokens;
  let { type, mode, actor } = st;
  const { say, deny, accuse } = st;
  // Modality.
  let modality: Modality = 'asserted';
  const negated = negatedAt(v, h.i);
  const future = e.pos === 'v' ? futureAt(v, h.i) : futureAt(v, h.t0);
  if (e.flags.has('future') && !future && !/prepare/.test(tokens.slice(Math.max(0, h.t0 - 5), h.t0).map((t) => t.lower).join(' ')) && !tokens.slice(Math.max(0, h.t0 - 8), h.t0).some((t) => t.lower === 'met')) return false;
  if (future && !e.flags.has('future')) {
    // Announced future cooperation is an AGREE; announced or conditional coercion is a THREATEN.
    if (negated && (type === 'AGREE' || type === 'SUPPORT' || type === 'COOPERATE' || type === 'AID' || type === 'CONCEDE')) { type = 'REJECT'; mode = null; }
    else if (type === 'SUPPORT' || type === 'COOPERATE' || type === 'AID' || type === 'RETREAT' || type === 'CONCEDE') { type = 'AGREE'; mode = null; }
    // An announced sanction is that sanction, planned ("said it would expel Rwandan diplomats"); announced
    // violence is a threat.
    else if (type === 'SANCTION') modality = 'planned';
    else if (isMaterial(type) && isConflict(type)) {
      mode = type === 'ASSAULT' || type === 'MOBILIZE' ? 'violence' : 'restrict';
      type = 'THREATEN';
    }
    else if (type === 'CONSULT') { type = 'AGREE'; mode = null; modality = 'planned'; }
  } else if (negated && e.flags.has('negonly')) modality = 'asserted';
  else if (negated && type === 'AGREE' && /^(accept|agree)/.test(tokens[h.i].lower)) { type = 'REJECT'; mode = null; }
  else if (negated) modality = 'negated';
  // An announced step on a condition ("will withdraw unless ...") is a threat.
  // A sanction on a condition threatens relations or restrictions.
  const sanctionThreat = () => (/ties|relations|talks|negotiations/.test(tokens.slice(h.t1, h.t1 + 6).map((t) => t.lower).join(' ')) ? 'relations' : 'restrict');
  if (future && (isMaterial(e.type!) || type === 'THREATEN') && /^(unless)$/.test(tokens.slice(h.t1, Math.min(tokens.length, h.t1 + 20)).find((t) => t.lower === 'unless')?.lower ?? '') ) {
    mode = type === 'SANCTION' ? sanctionThreat() : mode && threatModeOk(mode) ? mode : null;
    type = 'THREATEN';
    if (modality === 'planned') modality = 'asserted';
  } else if (conditionalAround(v, h.i) && isMaterial(type) && isConflict(type) && future) {
    if (type === 'SANCTION') mode = sanctionThreat();
    type = 'THREATEN';
    if (modality === 'planned') modality = 'asserted';
  }

  if (modality === 'asserted' && isMaterial(type)) {
    const hedged = tokens.slice(Math.max(0, h.t0 - 4), h.t0).some((t) => HEDGES.has(t.lower));
    const partisan = say && hasCountry(say.speaker) && hasCountry(actor) && !sharesCountry(actor, say.speaker);
    if (deny) modality = 'denied';
    else if (hedged || (say && say.kind === 'claim') || (accuse && within(accuse, h)) || partisan) modality = 'claimed';
    else if (input.unverifiable && say) modality = 'claimed';
  }
  if (deny && deny.hit !== h && modality === 'asserted' && isMaterial(type)) modality = 'denied';
  // What the denier calls the other side's act ("refuted Pakistan's disinformation campaign") is the denier's claim.
  if (deny && modality === 'denied' && h.t0 <= deny.t0 + 3 && type === 'COERCE') modality = 'claimed';
  st.type = type;
  st.mode = mode;
  st.modality = modality;
  return true;
}

/** Recipient fallbacks: the accuser, the claimant, the adversary, the other party of a conversation. */
function fillRecipient(v: SentenceView, st: Coding, frames: FrameSpan[], frame: ArticleFrame, drafts: Draft[]): boolean {
  const { h, e, act } = st;
  const tokens = v.tokens;
  let { type, mode, actor, recipient } = st;
  const { accuse } = st;
  // "reciprocal" nouns and verbs with "between": the two parties act on each other ("fighting between the two neighbours").
  if (e.flags.has('recip2') && act.recipient?.how === 'between' && recipient.length >= 2 && !actor.some((a) => recipient.some((r) => same(a, r)))) {
    actor = recipient; recipient = [];
  }
  // "ordering Thai diplomats to leave": an expulsion, not a request.
  if (type === 'REQUEST' && /^(order|tell|told|ask|instruct|direct)/.test(tokens[h.i]?.lower ?? '') &&
      tokens.slice(h.t1, h.t1 + 6).some((t) => DIPLOMATS.test(t.lower)) && tokens.slice(h.t1, h.t1 + 10).some((t, k, a) => t.lower === 'to' && /^(leave|depart|quit|go)$/.test(a[k + 1]?.lower ?? ''))) {
    type = 'SANCTION'; mode = 'expel';
  }
  // Crowds attacking ("protesters stormed the embassy") riot; states and armies assault.
  // "protesters in Kinshasa attacked": a crowd named by where it is riots too.
  const crowdIn = act.actor?.how === 'located' && CROWD.test(act.actor.parties[0]?.name.split(' ')[0].toLowerCase() ?? '');
  if (type === 'ASSAULT' && act.actor?.chunks.length && (crowdIn || act.actor.chunks.every((c) => c.kind === 'group' && CROWD.test(tokens[c.t1 - 1].lower)))) {
    type = 'PROTEST'; mode = 'riot';
  }
  // Recipient fallbacks: what an accused side is accused of doing was done to the accuser.
  if (!recipient.length && accuse && within(accuse, h) && isMaterial(type) && accuse.speaker.some((p) => p.country)) {
    recipient = accuse.speaker.filter((p) => p.country && !actor.some((a) => a.country === p.country)).map((p) => (p.entityId && !countryByName(p.name) ? countryParty(p.country!) : p));
  }
  // A warning without an addressee threatens only when what it warns of names the other side
  // ("warned that Israel had prepared a bitter fate"); "warned that the defence is not hermetic" is no threat.
  if (type === 'THREATEN' && e.words[0] === 'warn' && !recipient.length) {
    const own = partyCountries(actor);
    const end = clauseEndFrom(v, h.t1);
    for (let k = h.t1; k < end && !recipient.length; k++) {
      const ci = v.chunkAt[k];
      if (ci < 0) continue;
      const other = v.chunks[ci].parties.filter((p) => p.country && !own.has(p.country));
      if (other.length) recipient = other;
      k = v.chunks[ci].t1 - 1;
    }
    if (!recipient.length && !COERCIVE.test(tokens.slice(h.t1, end).map((t) => t.lower).join(' '))) return false;
  }
  recipient = dropSame(recipient, actor);
  if (type === 'REJECT' && e.frame === 'deny' && !recipient.length) {
    const claimFrame = frames.find((f) => f.kind === 'claim' && f.speaker.length);
    if (claimFrame) recipient = claimFrame.speaker;
  }
  const recip2 = e.flags.has('recip2') && act.actor && act.actor.parties.length >= 2 && !recipient.length;
  if (!recipient.length && !recip2 && actor.length) {
    const wantsAdversary = isConflict(type) && type !== 'REQUEST' && type !== 'PROTEST' && !(type === 'MOBILIZE' && mode !== 'troops') || type === 'AGREE';
    // (Both sides acting together have no adversary: "the two neighbours, which fought a war".)
    if (wantsAdversary && partyCountries(actor).size <= 1) {
      const c = actor.find((p) => p.country)?.country ?? null;
      const adv = adversaryOf(c, frame);
      if (adv && !(type === 'AGREE' && actor.length > 1)) recipient = [adv];
    }
  }
  // Said during a call or meeting: addressed to the other party of that conversation.
  if (!recipient.length && (type === 'REQUEST' || type === 'SUPPORT' || type === 'AGREE' || type === 'THREATEN') && actor.length) {
    const talk = drafts.find((d) => d.type === 'CONSULT' && d.recipient.length && d.actor.some((a) => actor.some((b) => same(a, b))));
    if (talk) recipient = drafts.filter((d) => d.type === 'CONSULT' && d.t0 === talk.t0).flatMap((d) => d.recipient);
  }
  st.type = type;
  st.mode = mode;
  st.actor = actor;
  st.recipient = recipient;
  return true;
}

/** Last readings of the parties (places, home states) and the filters on what is left. */
function settleParties(v: SentenceView, st: Coding, frame: ArticleFrame): boolean {
  const { h, e, act } = st;
  const tokens = v.tokens;
  let { type, mode, actor, recipient, guessedActor, modality } = st;
  // A third party's call for de-escalation, or its offer ("Malaysia was ready to help"), with no addressee
  // is addressed to both sides.
  if ((type === 'REQUEST' && mode === 'yield' || type === 'AGREE' && actor.length === 1) && !recipient.length && frame.pair.length === 2 && actor.length && actor.every((a) => a.country && !frame.pair.includes(a.country))) {
    recipient = frame.pair.map(countryParty);
  }
  if (!actor.length && recipient.length && type === 'ASSAULT' && modality !== 'asserted') {
    const c = recipient.find((p) => p.country)?.country ?? null;
    const adv = adversaryOf(c, frame);
    if (adv) { actor = [adv]; guessedActor = true; }
  }

  // A place with no country ("the Line of Control") is where, not whom.
  if (isMaterial(type) && isConflict(type)) {
    const placeOnly = recipient.filter((r) => !r.country && act.recipient?.chunks.some((c) => c.kind === 'place' && c.parties.includes(r)));
    if (placeOnly.length) {
      recipient = recipient.filter((r) => !placeOnly.includes(r));
      if (!recipient.length) { const adv = adversaryOf(actor.find((p) => p.country)?.country ?? null, frame); if (adv) recipient = [adv]; }
    }
  }
  // A protest with no named target is aimed at the authorities where it happens.
  if (type === 'PROTEST' && !recipient.length) {
    const where = placesAround(v, h).find((p) => p.country)?.country ?? actor.find((p) => p.country)?.country;
    if (where) recipient = [countryParty(where)];
  }
  // A visit with no named host: the state of the place visited ("arrived in Amman on a visit").
  if (type === 'CONSULT' && mode === 'visit' && !recipient.length) {
    const ac = partyCountries(actor);
    const host = placesAround(v, h).find((p) => p.country && !ac.has(p.country));
    if (host) recipient = [countryParty(host.country!)];
  }
  // A council or assembly meets by itself: a multilateral consultation.
  if (type === 'CONSULT' && !recipient.length && actor.length === 1 && !actor[0].country && /\b(council|assembly|summit|committee|commission|conference|league|union|forum)\b/i.test(actor[0].name) && e.pos === 'n') mode = 'multilateral';
  // A meeting needs two sides: one party alone met nobody we know of.
  else if (type === 'CONSULT' && !recipient.length && actor.length < 2) return false;
  // An accusation is aimed at someone.
  if (type === 'ACCUSE' && mode !== 'investigate' && e.pos === 'n' && !recipient.length && actor.length < 2) return false;
  // "their response has been targeted, precise, controlled": a participle in a list of qualities.
  if (e.pos === 'v' && isPassive(v, h.i) && tokens[h.i + 1]?.text === ',' && !act.actor) return false;
  // A group or person of no known state in a sentence that names one state only belongs to it
  // ("Sudan accused rebels of ...", "Akayev agreed to resign without returning to Kyrgyzstan").
  // (Not from a state the act is aimed at: "Bush threatened action against Russia".)
  const home = soleCountry(v, true);
  if (home && !recipient.some((p) => p.country === home)) actor = actor.map((p) => (p.country ? p : { name: p.name, country: home, entityId: p.entityId }));
  const sole = soleCountry(v, false);
  if (sole) recipient = recipient.map((p) => (p.country ? p : { name: p.name, country: sole, entityId: p.entityId }));
  // A domestic act with no named target is aimed at home ("rebels staged a hunger strike in Algeria").
  // (Only when the sentence names that state apart from the actor: "rebels in the Ivory Coast".)
  const actorChunks = new Set(act.actor?.chunks ?? []);
  if (sole && !recipient.length && actor.length === 1 && actor[0].country === sole && type !== 'CONSULT' &&
      v.chunks.some((c) => !actorChunks.has(c) && c.kind !== 'pronoun' && c.parties.some((p) => p.country === sole))) recipient = [countryParty(sole)];
  // "the attack", "the strikes" with no doer refer back to a happening told before, not a new one.
  if (!actor.length && e.pos === 'n' && /^(the|this|that|these|those)$/.test(tokens[h.t0 - 1]?.lower ?? '') && !PREPOSITIONS.has(tokens[h.t1]?.lower ?? '')) return false;
  // Several places of one state hit by one act ("the Fordow, Natanz and Isfahan sites") are one target: the state.
  if (recipient.length > 1 && isMaterial(type) && recipient.every((r) => r.country && r.country === recipient[0].country && !countryByName(r.name)) &&
      act.recipient?.chunks.every((c) => c.kind === 'place')) recipient = [countryParty(recipient[0].country!)];
  // An event with no actor says something only when it names whom it hit: a state or a named party
  // ("a roadside bombing killed a U.S. soldier"), not "one" or "nuclear scientists".
  // Verbal acts need a speaker.
  if (!actor.length && (!recipient.some((p) => p.country || p.entityId) || !(isMaterial(type) || type === 'ACCUSE'))) return false;
  // Cutting relations is aimed at another party, not one's own state ("Jordan closed its airspace");
  // cooperation needs a partner or several actors.
  if (type === 'SANCTION' && recipient.length && recipient.every((r) => r.country && actor.some((a) => a.country === r.country))) return false;
  if (type === 'COOPERATE' && !recipient.length && actor.length < 2) return false;
  st.mode = mode;
  st.actor = actor;
  st.recipient = recipient;
  st.guessedActor = guessedActor;
  return true;
}

/** The drafts of a coded trigger (one per partner of a call, both ways of an exchange, the accusation of a reported attack). */
function emitDrafts(v: SentenceView, st: Coding, drafts: Draft[]): boolean {
  const { h, e } = st;
  const tokens = v.tokens;
  const { type, mode, actor, recipient, guessedActor, modality } = st;
  const { say, deny } = st;
  const source = say?.speaker[0]?.name ?? null;
  const base: Draft = {
    type, mode, actor, recipient, modality, source, t0: h.t0, t1: h.t1,
    trigger: tokens.slice(h.t0, h.t1).map((t) => t.text).join(' '), places: placesAround(v, h), guessedActor,
  };
  // Calls and visits with several parties are one event per party ("spoke with A and B").
  // Something said to be imminent or possible has not happened: only the saying is coded (below).
  // ("a possible attack", "an incursion ... is considered imminent"; not "mobilized for a possible war").
  const before = tokens.slice(Math.max(0, h.t0 - 2), h.t0).some((t) => HYPOTHETICAL.has(t.lower));
  const after = tokens.slice(h.t1, Math.min(tokens.length, h.t1 + 6));
  const predicated = after.some((t) => HYPOTHETICAL.has(t.lower)) && after.some((t) => /^(is|are|was|were|be|been|considered|seen|deemed|feared)$/.test(t.lower));
  const hypothetical = isMaterial(type) && e.pos === 'n' && (before || predicated);
  if (hypothetical) { /* not an event */ }
  else if (type === 'CONSULT' && recipient.length > 1) for (const r of recipient) drafts.push(cloneDraft(base, base.actor, [r]));
  else if (type === 'ASSAULT' && !recipient.length && actor.length === 2) {
    // An exchange of fire is two attacks, one each way.
    drafts.push(cloneDraft(base, [actor[0]], [actor[1]]), cloneDraft(base, [actor[1]], [actor[0]]));
  } else drafts.push(base);

  // "X said Y struck Z": a party reporting the other side's attack accuses it.
  const claimInsideDenial = !!deny && !!say && !sharesCountry(say.speaker, deny.speaker);
  if (say && say.speaker.length && say.hit.i >= 0 && tokens[say.hit.i]?.lower !== 'according' && !guessedActor && isMaterial(type) && isConflict(type) && (modality !== 'denied' || claimInsideDenial)) {
    const sc = partyCountries(say.speaker);
    const targets = actor.filter((a) => a.country && !sc.has(a.country));
    if (sc.size && targets.length) {
      drafts.push({
        type: 'ACCUSE', mode: 'allege', actor: say.speaker, recipient: targets, modality: 'asserted', source: null,
        t0: base.t0, t1: base.t1, trigger: base.trigger, places: base.places, guessedActor: false,
      });
    }
  }
  return true;
}

/** A copy of a draft with other parties (every draft keeps one object shape). */
function cloneDraft(d: Draft, actor: Party[], recipient: Party[]): Draft {
  return {
    type: d.type, mode: d.mode, actor, recipient, modality: d.modality, source: d.source,
    t0: d.t0, t1: d.t1, trigger: d.trigger, places: d.places, guessedActor: d.guessedActor,
  };
}

const THREAT_MODES = new Set(['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence']);
function threatModeOk(mode: string): boolean {
  return THREAT_MODES.has(mode);
}

/** "called X Y": 'relative' when "call" has its object before it ("which they called X"), 'label' when a
 * second phrase or a quotation follows the object ("called the attack 'outrageous'"), else null. */
function namingAfter(v: SentenceView, h: TriggerHit): 'relative' | 'label' | null {
  const { tokens } = v;
  // "an operation that Netanyahu called X", "which they called X" (not "said that he had called both leaders").
  const objectNamed = v.chunkAt[h.t1] >= 0 && v.chunks[v.chunkAt[h.t1]].kind !== 'pronoun';
  for (let k = h.i - 1; k >= Math.max(0, h.i - 5) && !objectNamed; k--) {
    if (/^(which|what)$/.test(tokens[k].lower) || (tokens[k].lower === 'that' && k > 0 && !isVerbAt(v, k - 1) && !v.triggerAt[k - 1] && !v.timex[k - 1])) return 'relative';
    if (isVerbAt(v, k) || tokens[k].punct) break;
  }
  let k = h.t1;
  if (tokens[k] && /^(on|for|off|upon|in|to|from|with|at|back)$/.test(tokens[k].lower)) return null;
  // Skip the object noun phrase.
  let n = 0;
  while (k < tokens.length && n < 6 && !tokens[k].punct && !PREPOSITIONS.has(tokens[k].lower) && !isVerbAt(v, k) && !(n > 0 && /^(a|an|the)$/.test(tokens[k].lower))) { k++; n++; }
  if (!n) return null;
  const next = tokens[k];
  if (!next) return null;
  if (isQuoteMark(next) || /^(a|an|the)$/.test(next.lower)) return 'label';
  if (!next.punct && /(ous|ful|ble|ive|ic|al|ent|ant|ed)$/.test(next.lower) && !PREPOSITIONS.has(next.lower) && !isVerbAt(v, k)) return 'label';
  return null;
}

/** Is the act told without its doer: a passive verb, or a noun whose support verb is passive ("strikes were conducted")? */
function isPassiveAct(v: SentenceView, h: TriggerHit): boolean {
  if (h.entry.pos === 'v') return isPassive(v, h.i);
  const light = lightVerbOf(v, h);
  return light != null && isPassive(v, light);
}

/** The one state a sentence names, if it names exactly one. */
function soleCountry(v: SentenceView, homeOnly: boolean): string | null {
  let c: string | null = null;
  for (let ci = 0; ci < v.chunks.length; ci++) for (const p of v.chunks[ci].parties) {
    if (homeOnly && /^(against|with|to|on|at|into|toward|towards|from|of)$/.test(prepBefore(v, ci) ?? '')) continue;
    if (!p.country) continue;
    if (c && c !== p.country) return null;
    c = p.country;
  }
  return c;
}

/** Is token k inside an "if"/"unless" clause that ends with a comma before the main clause? */
function inConditionalAntecedent(v: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    const w = v.tokens[j];
    if (w.text === ',' || w.text === ';') return false;
    if (w.lower === 'if' || w.lower === 'unless') return true;
  }
  return false;
}

/** Places named in the trigger's clause after in/at/near: for locations and home-front actors. */
function placesAround(v: SentenceView, h: TriggerHit): Party[] {
  const out: Party[] = [];
  const from = Math.max(0, h.t0 - 12);
  const to = Math.min(v.tokens.length, h.t1 + 25);
  for (let k = from; k < to; k++) {
    const ci = v.chunkAt[k];
    if (ci < 0) continue;
    const c = v.chunks[ci];
    if (c.kind !== 'place' && c.kind !== 'country' && c.kind !== 'demonym') { k = c.t1 - 1; continue; }
    const prep = prepBefore(v, ci);
    if (c.kind === 'demonym' || (prep && /^(in|at|near|of|including|across|inside)$/.test(prep)) || v.tokens[c.t0 - 1]?.text === ',') out.push(...c.parties);
    k = c.t1 - 1;
  }
  return out;
}
