// Claim candidates of one article: statements the text attributes to a party.
//   quotes  reported speech and direct quotes of the quote layer ("X said that ...", "according to X")
//   nouns   "X's claim/assertion that ...", "Pakistani claims that ...", "claims about ..."
//   frames  "X blamed Y for Z", "X held Y responsible for Z", "X slammed Y's Z, which killed ..."
//   lists   items under "X's version of the events includes the following:"
// Each candidate keeps the sentence it came from and, where the text gives it, the span of the
// statement in the body (for the parties named inside it).
import type { AnalyzedArticle, Evidence, Party, Quote } from '../../model.ts';
import { readContent, type Content } from './content.ts';
import { CONTEST_VERB, DENY_CUE, DENY_VERB, FALSITY, REQUEST_CUE, SILENCE } from './lexicon.ts';
import { ArticleParties, claimantOf, countryInPhrase, mentionOfEntity, stateParty, type PartyMention } from './parties.ts';
import { evidenceOf, fold, remember, sentenceText, tidy } from './text.ts';

export type Via = 'quote' | 'noun' | 'frame' | 'list';

export interface Candidate {
  doc: AnalyzedArticle;
  sentenceIndex: number;
  /** Where the statement is in the body, when it is there word for word. */
  span: { start: number; end: number } | null;
  text: string;
  claimant: Party;
  /** Same key, same speaker (a person's entity, else the state or organisation). */
  speakerKey: string;
  via: Via;
  content: Content;
  /** Disputes the sentence itself ties to this statement ("a figure India disputes", "refuted ... claims"). */
  tied: TiedDispute[];
  /** "X has remained silent on ...": the silent party and the sentence. */
  silence: { party: Party | null; evidence: Evidence }[];
}

export interface TiedDispute {
  disputer: Party;
  kind: 'denied' | 'disputed';
  evidence: Evidence;
}

export interface ArticleReading {
  doc: AnalyzedArticle;
  parties: ArticleParties;
  candidates: Candidate[];
}

const DATELINE_LEAD = /^[\p{Lu}][\p{Lu} .,'-]+(?:,\s*[\p{L} ]+)?\s+[—–-]+\s+/u;

function keyFor(p: Party, kind: string): string {
  if (kind === 'person' && p.entityId) return `person:${p.entityId}`;
  return p.country ? `state:${p.country}` : `name:${fold(p.name)}`;
}

/** The claimant of a quote: its speaker entity, else a state named in the speaker's description. */
function quoteClaimant(doc: AnalyzedArticle, q: Quote, parties?: ArticleParties): { party: Party; kind: string } | null {
  if (q.speakerEntityId) {
    const e = doc.entities.find((x) => x.id === q.speakerEntityId);
    if (e) {
      const m = mentionOfEntity(e);
      // "Eritrea's Ministry of Information": a body without a country of its own takes the one before it.
      if (m.kind === 'org' && !m.party.country) {
        const c = possessiveCountry(doc, e);
        if (c) return { party: stateParty(c), kind: 'state' };
      }
      const p = claimantOf(m);
      if (p) return { party: p, kind: m.kind };
    }
  }
  if (!q.speaker) return null;
  const c = countryInPhrase(q.speaker);
  if (c) return { party: stateParty(c), kind: 'state' };
  // "UN experts said": an organisation named in the speaker's words, in the sentence.
  const s = doc.sentences[q.sentenceIndex];
  if (parties && s) {
    const speaker = fold(q.speaker);
    const m = parties.within(s.start, s.end).find((x) => x.kind === 'org' && !x.pronoun && speaker.includes(fold(doc.article.body.slice(x.start, x.end))));
    const p = m ? claimantOf(m) : null;
    if (p && m) return { party: p, kind: m.kind };
  }
  // "Iranian media quoted officials as saying": state officials or media of a country named just before.
  if (/\b(?:officials?|authorities|media|sources|spokes(?:man|woman|person)|government|ministry|army|military|forces|state television|state media|officers)$/i.test(q.speaker.trim())) {
    const s0 = doc.sentences[q.sentenceIndex];
    const before = s0 ? doc.article.body.slice(Math.max(s0.start, q.start - 80), q.start) : '';
    const named = countryInPhrase(before);
    if (named) return { party: stateParty(named), kind: 'state' };
  }
  // "the ministry said": the last organisation named with that head before the quote.
  const head = /\b(ministry|army|military|government|office|department|agency|forces|command|service|council|commission)$/i.exec(q.speaker.trim())?.[1]?.toLowerCase();
  if (!head) return null;
  let best: { e: (typeof doc.entities)[number]; at: number } | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || !e.name.toLowerCase().endsWith(head)) continue;
    for (const m of e.mentions) if (m.start < q.start && (!best || m.start > best.at)) best = { e, at: m.start };
  }
  if (!best) return null;
  const country = best.e.country ?? possessiveCountry(doc, best.e);
  return country ? { party: stateParty(country), kind: 'state' } : { party: { name: best.e.name, country: null, entityId: best.e.id }, kind: 'org' };
}

/** "Eritrea's Ministry of Information", "the Ethiopian army": the state printed before an organisation's name. */
function possessiveCountry(doc: AnalyzedArticle, e: { mentions: { start: number }[] }): string | null {
  const body = doc.article.body;
  for (const x of e.mentions) {
    const before = body.slice(Math.max(0, x.start - 30), x.start);
    const m = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?:['’]s)?\s+$/u.exec(before);
    const c = m ? countryInPhrase(m[1]) : null;
    if (c) return c;
  }
  return null;
}

/** Locates `piece` inside [from, to) of the body. */
function locate(body: string, piece: string, from: number, to: number): { start: number; end: number } | null {
  for (const n of [40, 20, 12]) {
    const at = body.indexOf(piece.slice(0, Math.min(piece.length, n)), from);
    if (at >= 0 && at <= to) return { start: at, end: Math.min(at + piece.length, Math.max(to, at + piece.length)) };
  }
  return null;
}

/** "it shot down ..." in a party's claim: the party itself. */
function namePronoun(t: string, claimant: Party): string {
  if (!claimant.country || claimant.entityId) return t;
  return t.replace(/^(?:it|they)\b/i, claimant.name).replace(/^(?:its|their)\b/i, `${claimant.name}'s`);
}

function cleanQuoteText(q: Quote, speaker: string, sentence: string): string {
  let t = tidy(q.text.replace(DATELINE_LEAD, '').replace(TIED_TAIL, '').replace(BACKGROUND_TAIL, ''));
  t = t.replace(/^that\s+/i, '');
  // 'Eritrea "has not launched a drone"': a quote opening on its verb takes the subject printed before it.
  if (/^(?:has|have|had|is|are|was|were|did|does|will|would)\b/i.test(t)) {
    const subject = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*["“‘']?\s*$/u.exec(sentence.slice(0, Math.max(0, sentence.indexOf(q.text.slice(0, 20)))));
    if (subject) t = `${subject[1]} ${t}`;
  }
  const cue = fold(q.cue ?? '');
  // "claimed to have intercepted ..." -> "<speaker> intercepted ..."
  if (/^to\s+(?:have\s+)?/i.test(t)) t = `${speaker} ${t.replace(/^to\s+(?:have\s+)?/i, '')}`;
  // "accused Y of Z"
  if (/^accus/.test(cue) || /\baccus(?:ed|es|ing)\b/i.test(sentence) && /^\p{Lu}[\p{L}\s]{0,40}? of /u.test(t)) {
    t = t.replace(/^(.{1,60}?)\s+of\s+(\S+)/, (_, who: string, next: string) => (/ing$|ly$/.test(next) ? `${who} ${next}` : `${who}'s ${next}`));
  }
  // "Ethiopia held the government in Asmara responsible for the attack": the blamed party is the subject.
  const blame = /^[\p{L}\s'’.-]{0,50}?\b(?:held|holds|blamed|blames)\s+(.{2,60}?)\s+(?:fully\s+|directly\s+|solely\s+|squarely\s+)?(responsible\s+)?for\s+(.+)$/u.exec(t);
  if (blame && (blame[2] || /blame/.test(blame[0]))) t = `${blame[1]} is ${blame[2] ? 'responsible' : 'to blame'} for ${blame[3]}`;
  // "conveyed Pakistan's strong condemnation of India's strikes, which he said resulted in ..."
  t = t.replace(/^[\p{L}\s'’]{0,40}?\b(?:strong(?:est)?\s+)?(?:condemnation|criticism|denunciation)\s+of\s+/u, '');
  return t;
}

// Trailing clauses that are not part of the statement: a dispute the outlet adds ("..., a figure India
// disputes", "..., which Eritrea denied sending"), or background ("..., a day after ...").
const TIED_TAIL = /,\s*(?:(?:a|the)\s+(?:figure|number|toll|claim|account|version|assertion|charge|allegation)s?\s+(?:that\s+|which\s+)?|which\s+)[^,;]{2,60}?\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|firmly\s+|flatly\s+)?(?:disput|contest|question|challeng|deni|deny|reject|dismiss|refut)\w*\b.*$/i;
const BACKGROUND_TAIL = /(?:,\s+|\s+)(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|hours?|weeks?|months?)\s+(?:after|before|since)|(?:hours|days|weeks)\s+(?:after|before))\b.*$/i;

// "..., and dismissed Bangkok's claims ...", "..., and Defence Minister X ordered ...": what follows a second
// reporting verb, or a new clause with a named subject, is not the statement.
const NEXT_REPORT = /,?\s+and\s+(?:also\s+)?(?:dismissed|rejected|denied|refuted|accused|called|described|said|added|insisted|warned|urged|asked|stressed|noted|thanked|welcomed|praised)\b.*$|,\s+and\s+(?:\p{Lu}[\p{L}.-]*\s+){1,5}(?:\p{Ll}+ed|said|told)\b.*$/u;
// "..., and a deputy speaker of parliament said S": S is a second statement of the same side.
const SECOND_REPORT = /,\s+and\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,5}(?:said|says|told|added)\s+(?:that\s+)?/u;

const QUOTE_PIECES = new Map<string, string[]>();

/** The statements of a quote, cleaned and split: read once per distinct quote, cue, speaker and sentence. */
function quotePieces(q: Quote, speaker: string, sentence: string): string[] {
  const key = `${q.text}\u0000${q.cue ?? ''}\u0000${speaker}\u0000${sentence}`;
  let pieces = QUOTE_PIECES.get(key);
  if (!pieces) {
    pieces = splitStatements(cleanQuoteText(q, speaker, sentence));
    // (A NUL inside a part would make two keys alike: such texts are not remembered.)
    if (key.split('\u0000').length !== 4) return pieces;
    if (QUOTE_PIECES.size >= 20_000) QUOTE_PIECES.clear();
    QUOTE_PIECES.set(key, pieces);
  }
  return pieces;
}

/** "A, and that B" / "A; B": one statement per fact. */
function splitStatements(t: string): string[] {
  return t.replace(NEXT_REPORT, '').split(SECOND_REPORT).flatMap((x) => x.split(/\s*;\s+|,?\s+and\s+that\s+/)).map(tidy).filter((x) => x.length > 8);
}

function tiedAfter(reading: { doc: AnalyzedArticle; parties: ArticleParties }, si: number, from: number): TiedDispute[] {
  // "..., a figure that India disputes" / "..., which Eritrea denied sending"
  const { doc, parties } = reading;
  const s = doc.sentences[si];
  const body = doc.article.body;
  const tail = body.slice(from, s.end);
  const m = /,\s*(?:(?:a|the)\s+(?:figure|number|toll|claim|account|version|assertion|charge|allegation)s?\s+(?:that\s+|which\s+)?|which\s+)([^,;]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:strongly\s+|firmly\s+|flatly\s+)?(disput\w*|contest\w*|questions?|questioned|challeng\w*|deni\w*|deny|reject\w*|dismiss\w*|refut\w*)\b/i.exec(tail);
  if (!m) return [];
  const whoStart = from + m.index + m[0].indexOf(m[1]);
  const mention = parties.within(whoStart, whoStart + m[1].length).find((x) => x.kind !== 'place');
  const disputer = mention ? claimantOf(mention) : null;
  if (!disputer) return [];
  const kind = /^(?:disput|contest|question|challeng)/i.test(m[2]) ? 'disputed' : 'denied';
  return [{ disputer, kind, evidence: evidenceOf(doc, si) }];
}

function governingDispute(reading: ArticleReading, si: number, nounStart: number, npText: string): TiedDispute[] {
  const { doc, parties } = reading;
  const s = doc.sentences[si];
  const before = doc.article.body.slice(s.start, nounStart);
  const verb = DENY_VERB.exec(fold(before)) ?? CONTEST_VERB.exec(fold(before));
  const falsity = FALSITY.test(fold(npText));
  if (!verb && !falsity) return [];
  const pos = verb ? s.start + verb.index : nounStart;
  const subject = parties.subjectBefore(s.start, pos);
  const disputer = subject ? claimantOf(subject) : null;
  if (!disputer) return [];
  const kind = verb && CONTEST_VERB.test(verb[0]) ? 'disputed' : 'denied';
  return [{ disputer, kind, evidence: evidenceOf(doc, si) }];
}

function silenceIn(reading: ArticleReading, si: number, upTo: number): Candidate['silence'] {
  const { doc, parties } = reading;
  const s = doc.sentences[si];
  const before = doc.article.body.slice(s.start, upTo);
  const m = SILENCE.exec(before);
  if (!m) return [];
  const subject = parties.subjectBefore(s.start, s.start + m.index);
  return [{ party: subject ? claimantOf(subject) : null, evidence: evidenceOf(doc, si) }];
}

type NewCandidate = Omit<Candidate, 'content' | 'doc' | 'tied' | 'silence'> & Partial<Pick<Candidate, 'tied' | 'silence'>> & { nominal?: boolean; counter?: boolean };

function pushCandidate(reading: ArticleReading, c: NewCandidate): void {
  const { nominal, counter, ...rest } = c;
  const content = readContent(c.text, c.span, reading.parties, c.claimant.country, nominal, { counter });
  reading.candidates.push({ doc: reading.doc, tied: [], silence: [], ...rest, text: namePronoun(c.text, c.claimant), content });
}

function fromQuotes(reading: ArticleReading): void {
  const { doc } = reading;
  const body = doc.article.body;
  for (const q of doc.quotes) {
    const cue = fold(q.cue ?? '');
    if (REQUEST_CUE.test(cue) || DENY_CUE.test(cue)) continue;
    const who = quoteClaimant(doc, q, reading.parties);
    if (!who) continue;
    const si = q.sentenceIndex;
    // "... hit a grain depot, killing six civilians": the outcome clause the quote layer leaves out.
    const sEnd = doc.sentences[si]?.end ?? q.end;
    const outcome = /^,\s+(?:killing|wounding|injuring|leaving|destroying|damaging)\b[^.;:"“”]*/.exec(body.slice(q.end, sEnd));
    let quoted = outcome ? { ...q, text: q.text + outcome[0], end: q.end + outcome[0].length } : q;
    // "... directed towards non-military targets, and confined to terrorist camps": a coordinated
    // predicate of the same reported clause.
    const coordinated = q.kind === 'indirect' ? /^,?\s+and\s+\p{Ll}+ed\b[^.;:"“”]*/u.exec(body.slice(quoted.end, sEnd)) : null;
    if (coordinated && !doc.quotes.some((o) => o !== q && o.start >= quoted.end && o.start < quoted.end + coordinated[0].length)) {
      quoted = { ...quoted, text: quoted.text + coordinated[0], end: quoted.end + coordinated[0].length };
    }
    // "... told reporters that A, a heritage site, and that B": the second that-clause is said too.
    const more = /^[^"“”;]*?,?\s+and\s+that\s+[^"“”;]+$/.exec(body.slice(quoted.end, sEnd));
    if (more && q.kind === 'indirect' && !doc.quotes.some((o) => o !== q && o.start >= quoted.end && o.start < sEnd)) {
      const tail = more[0].replace(/^[^]*?,?\s+and\s+that\s+/, '');
      quoted = { ...quoted, text: `${quoted.text}, and that ${tail}`, end: sEnd };
    }
    // "Y rejected the allegation, saying S": S is Y's own account.
    const lead = body.slice(doc.sentences[si]?.start ?? q.start, q.start);
    const counter = DENY_VERB.test(fold(lead)) && /\b(?:saying|insisting|adding|arguing|explaining)\s+(?:that\s+)?$/.test(fold(lead));
    // "X phoned Y to say S, the agency reported": the agency reports someone else's words.
    if (/\b(?:to say|saying)\b/.test(q.text) && doc.quotes.some((o) => o !== q && o.start >= q.start && o.end <= q.end)) continue;
    for (const piece of quotePieces(quoted, q.speaker ?? who.party.name, sentenceText(doc, si))) {
      const span = locate(body, piece, q.start, quoted.end) ?? { start: q.start, end: quoted.end };
      pushCandidate(reading, {
        sentenceIndex: si, span, text: piece, claimant: who.party, speakerKey: keyFor(who.party, who.kind), via: 'quote', counter,
        tied: tiedAfter(reading, si, span.start),
      });
    }
  }
}

const NOUN_CLAIM = /\b(claims?|assertions?|allegations?|accusations?|charges?|reports?)\s+(that|about|of)\s+/gi;
const CLAUSE_END = /\s*(?:[;—–]|,\s+(?:a|an|which|who|reaffirming|saying|adding|calling|while|but|as|describing|insisting|noting|citing)\b|\s+as\s+["“']?(?:[\p{L}-]+\s+){0,2}?(?:baseless|false|fabricated|a fabrication|invented|lies|untrue|propaganda|frivolous|ludicrous|unfounded|fake|nonsense|absurd)\b|$)/u;

/** The party owning a claim noun: "Pakistan's assertion", "Pakistani claims", "X's campaign, including baseless claims". */
function ownerOfNoun(reading: ArticleReading, si: number, nounStart: number): PartyMention | null {
  const { doc, parties } = reading;
  const s = doc.sentences[si];
  const body = doc.article.body;
  const ms = parties.within(s.start, nounStart).filter((m) => m.kind !== 'place');
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    const between = body.slice(m.end, nounStart);
    if (/^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,2}\s*$/u.test(between) && !/\b(?:on|of|about|to|with|from)\s*$/.test(between)) return m;
    if (/^['’]s\s+[\p{Ll}\s-]{0,40},?\s+including(?:\s+[\p{Ll}-]+){0,2}\s*$/u.test(between)) return m;
  }
  return null;
}

function fromNouns(reading: ArticleReading): void {
  const { doc } = reading;
  const body = doc.article.body;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const text = sentenceText(doc, si);
    if (!/claim|assertion|allegation|accusation|charge|report/i.test(text)) continue;
    NOUN_CLAIM.lastIndex = 0;
    for (let m; (m = NOUN_CLAIM.exec(text)); ) {
      const link = m[2].toLowerCase();
      const rest = text.slice(m.index + m[0].length);
      if (link === 'of' && /^(?:responsibility|credit)\b/i.test(rest)) continue; // claims of responsibility: one's own act
      if (/^reports?$/i.test(m[1]) && link !== 'that') continue;
      const end = CLAUSE_END.exec(rest);
      const content = tidy(rest.slice(0, end ? end.index : rest.length));
      if (content.length < 8) continue;
      const nounStart = s.start + m.index;
      const owner = ownerOfNoun(reading, si, nounStart);
      const claimant = owner ? claimantOf(owner) : null;
      if (!claimant) continue;
      const contentStart = nounStart + m[0].length;
      const np = body.slice(Math.max(s.start, nounStart - 40), contentStart);
      pushCandidate(reading, {
        sentenceIndex: si, span: { start: contentStart, end: contentStart + content.length }, text: content, claimant, nominal: link !== 'that',
        speakerKey: keyFor(claimant, owner!.kind), via: 'noun',
        tied: [...governingDispute(reading, si, owner!.start, np), ...tiedAfter(reading, si, contentStart + content.length)],
        silence: silenceIn(reading, si, owner!.start),
      });
    }
  }
}

// "sanctioned X over his alleged role in supporting the M23": the subject alleges the role.
const ALLEGED_ROLE = /\b(?:sanctioned|accused|blamed|charged|indicted|condemned|punished|criticised|criticized|targeted)\s+(.{2,60}?)\s+(?:over|for)\s+(?:his|her|its|their)\s+(?:alleged|suspected|reported)\s+((?:role|involvement|part|support)\b[^,;.]*)/i;
// "an operation President Donald Trump said had obliterated the sites": the operation's result, in his words.
const SAID_REL = /\b((?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:operation|strikes?|attacks?|raids?|bombing|campaign|offensive|barrage))\s+(?:that\s+|which\s+)?((?:\p{Lu}[\p{L}.-]*\s+){1,4})said\s+(?:had|has|have|was|were)\s+["“]?([^;.]+)/u;
const ACCUSED = /\b(?:accused|accuses)\s+(.{2,60}?)\s+of\s+([^;.]+)/i;
const ACCUSING = /,\s+(?:accusing|blaming)\s+(.{2,60}?)\s+(?:of|for)\s+([^,;.]+)/i;
const BLAME = /\b(?:blamed|blames|blaming)\s+([^,;]{2,60}?)\s+for\s+([^,;]+)/i;
const RESPONSIBLE = /\b(?:held|holds|holding)\s+([^,;]{2,60}?)\s+(?:fully\s+|directly\s+|solely\s+|squarely\s+)?responsible\s+for\s+([^,;]+)/i;
const CONDEMN_WHICH = /\b(?:slammed|condemned|denounced|decried|criticised|criticized|deplored|protested)\s+([^,;]{3,90}?),\s+which\s+((?:\w+\s+){0,3}?(?:killed|damaged|destroyed|injured|wounded|hit|left|caused|claimed)\b[^;]*)/i;

function fromFrames(reading: ArticleReading): void {
  const { doc, parties } = reading;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const text = sentenceText(doc, si);
    const { frames, saidRel } = framesOf(text);
    if (!frames.length) continue;
    const accusedByQuote = doc.quotes.some((q) => q.sentenceIndex === si && /^accus/i.test(q.cue ?? ''));
    for (const { m, make } of frames) {
      // The quote layer read this accusation already, with its speaker.
      if (accusedByQuote && /^accus/i.test(m[0])) continue;
      const verbAt = s.start + m.index;
      const named = m[0] === saidRel ? parties.within(s.start + m.index + m[0].indexOf(m[2]), s.start + m.index + m[0].indexOf(m[2]) + m[2].length).filter((x) => x.kind !== 'place').pop() ?? null : null;
      const subject = named ?? parties.subjectBefore(s.start, verbAt);
      const claimant = subject ? claimantOf(subject) : null;
      if (!claimant) continue;
      const objStart = verbAt + m[0].indexOf(m[1]);
      pushCandidate(reading, {
        sentenceIndex: si, span: { start: objStart, end: s.start + m.index + m[0].length }, text: tidy(make(m)), claimant,
        speakerKey: keyFor(claimant, subject!.kind), via: 'frame', tied: tiedAfter(reading, si, s.start + m.index + m[0].length),
      });
    }
  }
}

/** The blame and accusation frames of a sentence's text, and its "an operation X said had ..." phrase. */
const framesOf = remember((text: string) => {
  const frames: { m: RegExpExecArray; make: (m: RegExpExecArray) => string }[] = [];
  if (!/blam|held|hold|slammed|condemn|denounc|decried|critici[sz]ed|deplored|protested|accus|alleged|suspected|said/i.test(text)) return { frames, saidRel: undefined };
  for (const [re, make] of [
    [BLAME, (m: RegExpExecArray) => `${m[1]} is to blame for ${m[2]}`],
    [RESPONSIBLE, (m: RegExpExecArray) => `${m[1]} is responsible for ${m[2]}`],
    [CONDEMN_WHICH, (m: RegExpExecArray) => `${m[1]} ${m[2]}`],
    [ACCUSING, (m: RegExpExecArray) => `${m[1]} ${m[2]}`],
    [SAID_REL, (m: RegExpExecArray) => `${m[1].replace(/^an?\s+/, 'the ')} had ${m[3].replace(/["“”]/g, '')}`],
    // "accused Pakistan of heavy shelling ..., which it said killed 16 civilians" -> "Pakistan's heavy shelling ... killed 16 civilians".
    [ACCUSED, (m: RegExpExecArray) => {
      const what = m[2].replace(/,\s+which\s+(?:\p{Ll}+\s+)?(?:said|says|claimed|claims)\s+/u, ' ');
      return /^(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b/u.test(what) ? `${m[1]} ${what}` : `${m[1]}'s ${what}`;
    }],
    [ALLEGED_ROLE, (m: RegExpExecArray) => `${m[1].replace(/^(?:\p{Ll}+\s+){0,2}(?:minister|official|commander|general|leader)\s+/u, '')} had a ${m[2]}`],
  ] as const) {
    const m = re.exec(text);
    if (m) frames.push({ m, make });
  }
  return { frames, saidRel: frames.length ? SAID_REL.exec(text)?.[0] : undefined };
});

// "S, the X ministry said in a statement.": a tag attribution at the end of a sentence.
const TAG = /^(.{20,}?\S),\s+((?!(?:although|though|but|while|whereas|and|as)\b)(?:the\s+)?[\p{L}'’. -]{2,70}?)\s+(?:said|says|told|announced|claimed|reported|stated|added|insisted|alleged)\b[^,;"“”]{0,60}\.?$/u;
const ACCORDING_TAIL = /^(.{20,}?\S),\s+according to\s+((?:the\s+)?[\p{L}\p{N}'’./ -]{2,70}?)(?:,\s+(?:although|though|but|while|whereas)\b.*)?\.?$/u;

// "Cambodian authorities said one civilian was killed ...": a subject and a speech verb opening the sentence.
// (Also after a clause boundary: "Rwanda denies it, but UN experts have said that ...".)
const LEAD_SAID = /(?:^|[,;]\s+(?:but\s+|and\s+|while\s+|though\s+|although\s+|whereas\s+)?)((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|later\s+|earlier\s+|repeatedly\s+)?(?:said|says|say|claimed|claims|reported|reports|announced|stated|alleged|alleges|insisted|estimated|estimates)\s+(?:on\s+\p{Lu}\w+\s+|late\s+on\s+\p{Lu}\w+\s+)?(?:that\s+)?(.{12,})$/u;

interface Tags {
  /** "X said S" opening the sentence: X and S with their offsets in the sentence, and S's statements. */
  lead: { who: string; whoAt: number; what: string; whatAt: number; pieces: string[] } | null;
  /** "S, X said" / "S, according to X" closing it (read when the lead gives no claim; undefined until then). */
  tail?: RegExpExecArray | null;
}

/** What a sentence's text says of who said what, null when it has no verb of saying. */
const tagsOf = remember((text: string): Tags | null => {
  if (!/\b(?:said|says|say|told|announced|claimed|claims|reported|reports|stated|added|insisted|alleged|alleges|estimated|estimates|according)\b/.test(text)) return null;
  const undated = text.replace(DATELINE_LEAD, '');
  const lead = LEAD_SAID.exec(undated);
  // "Ethiopia has not said how many ...": nothing said.
  if (!lead || /\b(?:not|never|no|n't|cannot|declined|refused)\b/i.test(lead[1]) || /^(?:how|whether|what|why|when|who|which|if)\b/i.test(lead[2])) return { lead: null };
  const statement = tidy(lead[2].replace(TIED_TAIL, '').replace(/,\s+figures?\s+that\b.*$/i, ''));
  return {
    lead: {
      who: lead[1], whoAt: text.length - undated.length + undated.indexOf(lead[1], lead.index), what: lead[2], whatAt: text.indexOf(lead[2]),
      pieces: splitStatements(statement),
    },
  };
});

/** Reports the quote layer left out: "X said S" opening a sentence, "S, X said" closing one. */
function fromTags(reading: ArticleReading): void {
  const { doc, parties } = reading;
  // Only where the quote layer has nothing: a statement overlapping one of its quotes is its business.
  const quotesIn = new Map<number, Quote[]>();
  for (const q of doc.quotes) (quotesIn.get(q.sentenceIndex) ?? quotesIn.set(q.sentenceIndex, []).get(q.sentenceIndex)!).push(q);
  const free = (si: number, start: number, end: number) => !(quotesIn.get(si) ?? []).some((q) => q.speaker && q.start < end && start < q.end);
  for (let si = 0; si < doc.sentences.length; si++) {
    const text = sentenceText(doc, si);
    const tag = tagsOf(text);
    if (!tag) continue;
    const lead = tag.lead;
    if (lead) {
      const s = doc.sentences[si];
      const mention = parties.within(s.start + lead.whoAt, s.start + lead.whoAt + lead.who.length).filter((x) => x.kind !== 'place').pop();
      const claimant = mention ? claimantOf(mention) : null;
      const start = s.start + lead.whatAt;
      if (claimant && mention && (claimant.country || mention.kind === 'person' || mention.kind === 'org') && free(si, start, start + lead.what.length)) {
        for (const piece of lead.pieces) {
          pushCandidate(reading, {
            sentenceIndex: si, span: { start, end: start + lead.what.length }, text: piece, claimant,
            speakerKey: keyFor(claimant, mention.kind), via: 'quote', tied: tiedAfter(reading, si, start),
          });
        }
        continue;
      }
    }
    const m = tag.tail === undefined ? (tag.tail = ACCORDING_TAIL.exec(text) ?? TAG.exec(text)) : tag.tail;
    if (!m) continue;
    const s = doc.sentences[si];
    const whoStart = s.start + m[1].length + text.slice(m[1].length).indexOf(m[2]);
    const mention = parties.within(whoStart, whoStart + m[2].length).filter((x) => x.kind !== 'place').pop();
    let claimant = mention ? claimantOf(mention) : null;
    if (mention?.kind === 'org' && !mention.party.country && mention.party.entityId) {
      const e = doc.entities.find((x) => x.id === mention.party.entityId);
      const c = e ? possessiveCountry(doc, e) : null;
      if (c) claimant = stateParty(c);
    }
    if (!claimant || !mention) continue;
    // "... to say the strike was not aimed at Qatar, the agency reported": the agency reports someone else's words.
    if (/\b(?:to say|saying|said|says|told)\b/.test(m[1])) continue;
    const statement = tidy(m[1].replace(DATELINE_LEAD, ''));
    const start = s.start + m[1].indexOf(statement.slice(0, 20));
    if (!free(si, start, start + statement.length)) continue;
    pushCandidate(reading, {
      sentenceIndex: si, span: { start, end: start + statement.length }, text: statement.replace(BACKGROUND_TAIL, ''), claimant,
      speakerKey: keyFor(claimant, mention.kind), via: 'quote',
    });
  }
}

const VERSION_HEAD = /\b(?:version|account|claims|allegations|side of the story|list)\b[^:]*:\s*$/i;

function fromLists(reading: ArticleReading): void {
  const { doc, parties } = reading;
  for (let si = 0; si < doc.sentences.length; si++) {
    const text = sentenceText(doc, si);
    if (!/:\s*$/.test(text) || !VERSION_HEAD.test(text)) continue;
    const s = doc.sentences[si];
    const owner = parties.within(s.start, s.end).find((m) => m.kind !== 'place' && m.kind !== 'person' || m.kind === 'person');
    const claimant = owner ? claimantOf(owner) : null;
    if (!claimant) continue;
    // The items: the following short paragraphs, one or two sentences each.
    let k = si + 1;
    while (k < doc.sentences.length && k - si <= 12) {
      const para = doc.sentences[k].paragraph;
      const inPara = doc.sentences.filter((x) => x.paragraph === para).length;
      if (inPara > 2) break;
      const item = sentenceText(doc, k);
      const t = doc.sentences[k];
      // Items with their own attribution come through the quote layer.
      if (!doc.quotes.some((q) => q.sentenceIndex === k)) {
        pushCandidate(reading, {
          sentenceIndex: k, span: { start: t.start, end: t.end }, text: tidy(item.replace(/\b(?:allegedly|reportedly|purportedly)\s+/g, '')), claimant,
          speakerKey: keyFor(claimant, owner!.kind), via: 'list',
        });
      }
      k++;
    }
  }
}

/** Drops a candidate another one of the same speaker and sentence already covers. */
function dedupe(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const rank: Record<Via, number> = { frame: 0, noun: 1, quote: 2, list: 3 };
  const sorted = [...cands].sort((a, b) => a.sentenceIndex - b.sentenceIndex || rank[a.via] - rank[b.via] || b.text.length - a.text.length);
  let sentence: Candidate[] = [];
  for (const c of sorted) {
    if (sentence.length && sentence[0].sentenceIndex !== c.sentenceIndex) sentence = [];
    const dup = sentence.find((o) => o.claimant.country === c.claimant.country &&
      (o.span && c.span ? o.span.start < c.span.end && c.span.start < o.span.end : false));
    if (dup) {
      dup.tied.push(...c.tied);
      dup.silence.push(...c.silence);
      continue;
    }
    out.push(c);
    sentence.push(c);
  }
  return out;
}

// Claims and discrepancies read the same candidates: read each article once.
// (Keyed on the layers read, so that an article analysed again is read again.)
const READINGS = new WeakMap<AnalyzedArticle, { reading: ArticleReading; quotes: unknown; entities: unknown }>();

export function readArticle(doc: AnalyzedArticle): ArticleReading {
  const cached = READINGS.get(doc);
  if (cached && cached.quotes === doc.quotes && cached.entities === doc.entities) return cached.reading;
  const reading: ArticleReading = { doc, parties: new ArticleParties(doc), candidates: [] };
  fromFrames(reading);
  fromNouns(reading);
  fromQuotes(reading);
  fromTags(reading);
  fromLists(reading);
  reading.candidates = dedupe(reading.candidates);
  READINGS.set(doc, { reading, quotes: doc.quotes, entities: doc.entities });
  return reading;
}
