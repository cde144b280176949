// Turns a speaker's text span into a speaker: the entity that owns the span (through the entity
// layer's mentions: names, aliases, pronouns, descriptions), else a name written there, else the
// description itself ("Pakistani military"). Pronouns the entity layer left open fall back to the
// subject of their sentence or to the last speaker of the same kind.
import type { AnalyzedArticle, Entity, Span } from '../../model.ts';
import { AGENT_NOUNS, DETERMINERS, DOCUMENT_NOUNS, NOT_NAME_WORDS, PREPOSITIONS, SUBJECT_PRONOUNS, TITLES, VERB_PREMODIFIERS } from './lexicon.ts';
import { countryByCapital, countryByDemonym, countryByName } from '../gazetteer/countries.ts';
import { MEDIA_WORD } from './channel.ts';
import { isCapitalized, isPossessive, isWord, type Token } from './tokens.ts';

export interface ResolvedSpeaker {
  speaker: string | null;
  entity: Entity | null;
  /** The span named a person (entity type PERSON, or a personal name without an entity). */
  person: boolean;
  /** The span was a pronoun the entity layer did not resolve (or "they"). */
  openPronoun?: string;
  /** For "they": the entity layer's link, used when no plural antecedent is found. */
  hint?: Entity | null;
  /** The span was a document with no owner ("a statement"): the caller may take the last speaker. */
  ownerless?: boolean;
}

export type EntityAt = (doc: AnalyzedArticle, start: number, end: number) => Entity | null;

interface IndexedMention { start: number; end: number; entity: Entity }

const mentionIndex = new WeakMap<Entity[], IndexedMention[]>();

function mentionsOf(doc: AnalyzedArticle): IndexedMention[] {
  let idx = mentionIndex.get(doc.entities);
  if (!idx) {
    idx = doc.entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
    idx.sort((a, b) => a.start - b.start || b.end - a.end);
    mentionIndex.set(doc.entities, idx);
  }
  return idx;
}

/** The entity with a mention covering offset `at` (the longest such mention). */
export function entityCovering(doc: AnalyzedArticle, at: number): { entity: Entity; start: number; end: number } | null {
  const idx = mentionsOf(doc);
  let lo = 0, hi = idx.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  let best: IndexedMention | null = null;
  // Mentions are short, so the covering ones start a few entries back.
  for (let k = lo - 1; k >= 0 && k >= lo - 12; k--) {
    const m = idx[k];
    if (m.start <= at && at < m.end && (!best || m.end - m.start > best.end - best.start)) best = m;
  }
  return best;
}

/** Default lookup: the entity whose mention covers the span's last character. */
export const entityAtEnd: EntityAt = (doc, _start, end) => entityCovering(doc, end - 1)?.entity ?? null;

// Words of office that precede a name in a capitalised run ("Foreign Secretary Vikram Misri").
const ROLE_WORDS = new Set(
  ('secretary minister president vice prime premier chancellor chief spokesperson spokesman spokeswoman ' +
    'commander general admiral colonel captain major lieutenant sergeant ambassador envoy adviser advisor ' +
    'director governor mayor senator representative chairman chairwoman chair ceo founder leader head ' +
    'attorney judge justice officer deputy assistant special national security foreign defence defense ' +
    'interior home finance external affairs press wing air marshal sheikh king queen prince pope').split(' '),
);

const ORG_WORDS = /\b(?:Department|Ministry|Office|Agency|Police|Party|Army|Forces?|Council|Commission|Committee|Court|Bank|Group|Inc|Corp|Company|University|News|Times|Post|Government|Administration|Service|Authority|Board|Union|Association|Institute|Center|Centre|Network|Coalition|Front|League|Organi[sz]ation|Foundation|Fund|Guard|Navy|Embassy|Media|Television|Radio|Council)\b/;

function tokensIn(tokens: Token[], span: Span): Token[] {
  return tokens.filter((t) => t.start >= span.start && t.end <= span.end);
}

/** The run of capitalised name words at the end of a phrase ("... spokesperson Tammy Bruce"),
 * with the small words of institution names ("Centers for Disease Control and Prevention"). */
function trailingName(inside: Token[]): Token[] {
  let k = inside.length - 1;
  const out: Token[] = [];
  while (k >= 0) {
    const t = inside[k];
    if (isWord(t) && isCapitalized(t) && !NOT_NAME_WORDS.has(t.lower)) out.unshift(t);
    else if (isWord(t) && out.length && /^(?:al|bin|de|van|von|der|da|di|la|le|del|of|for|and|on)$/.test(t.text) && isCapitalized(inside[k - 1]) && !NOT_NAME_WORDS.has(inside[k - 1].lower)) out.unshift(t);
    else break;
    k--;
  }
  // "and" joins two names unless it is inside an institution's name ("... for X and Y").
  const and = out.findIndex((t) => t.text === 'and');
  if (and >= 0 && !out.slice(0, and).some((t) => t.text === 'of' || t.text === 'for')) {
    k += and + 1;
    out.splice(0, and + 1);
  }
  // A name is not the object of a post-modifier: "a spokesman for the State Department".
  let p = k;
  while (p >= 0 && isWord(inside[p]) && DETERMINERS.has(inside[p].lower)) p--;
  if (p >= 0 && isWord(inside[p]) && PREPOSITIONS.has(inside[p].text)) return [];
  // Possessives belong to a following head ("Pakistan's" in "Pakistan's minister").
  if (out.length && isPossessive(out[out.length - 1])) return [];
  return out;
}

/** The personal name at the end of a capitalised run of role words: "White House Press Secretary
 * Karoline Leavitt" -> "Karoline Leavitt", "Secretary of State Marco Rubio" -> "Marco Rubio". */
function personalName(words: Token[]): Token[] {
  // An institution's name ("National Institute on Drug Abuse") is not a role and a person.
  if (words.some((t) => /^(?:on|for|and)$/.test(t.text))) return words;
  let cut = 0;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k].lower;
    if (TITLES.has(w) || ROLE_WORDS.has(w)) cut = k + 1;
    else if (w === 'of' && k + 2 < words.length) { cut = k + 2; k++; }
  }
  return words.slice(cut);
}

function isPersonName(words: Token[]): boolean {
  const text = words.map((t) => t.text).join(' ');
  if (ORG_WORDS.test(text) || countryByName(text) || countryByDemonym(text) || countryByCapital(text)) return false;
  // A one-word name could be an organisation's acronym ("CDC") or a place; a title makes it a person.
  if (words.length === 1) return !/^\p{Lu}{2,}$/u.test(text) && !/^\p{Lu}\.(?:\p{Lu}\.)+$/u.test(text);
  return true;
}

/** An unnamed speaker as the text describes it ("Pakistani military", "CDC officials"): a phrase
 * headed by a word for people or bodies, or holding a name beyond its first word. */
function describe(inside: Token[], headEnd: number, anyHead: boolean): string | null {
  // "an official who spoke on condition of anonymity": the relative clause is not the description.
  const rel = inside.findIndex((t, n) => n > 0 && isWord(t) && /^(?:who|whom|whose|which|that)$/.test(t.text));
  if (rel > 0) { inside = inside.slice(0, rel); headEnd = Math.min(headEnd, rel); }
  let k = 0;
  while (k < inside.length && isWord(inside[k]) && (DETERMINERS.has(inside[k].lower) || VERB_PREMODIFIERS.has(inside[k].text))) k++;
  const rest = inside.slice(k);
  if (!rest.length || rest.length > 10) return null;
  // The head (before any "of/for/in ..." post-modifier) must name people or a body.
  const head = inside.slice(k, Math.max(k + 1, headEnd));
  const hasAgent = head.some((t, n) => isWord(t) && (AGENT_NOUNS.has(t.lower.replace(/['’]s$/, '')) || (n > 0 && isCapitalized(t) && !NOT_NAME_WORDS.has(t.lower))));
  // The subject of a speech verb speaks whatever its head ("the engineer said"); elsewhere (a
  // sentence's subject taken as a speaker or an antecedent) the head must name people or a body.
  if (!hasAgent && !(anyHead && head.some((t) => isWord(t) && !NOT_NAME_WORDS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower)))) return null;
  // A long phrase is given by its head ("Rescuers searching for a woman trapped in ..." -> "Rescuers").
  let words = rest.length > 6 ? head : rest;
  if (rest.length > 6) while (words.length > 1 && isWord(words[words.length - 1]) && /^\p{Ll}.*(?:ing|ed)$/u.test(words[words.length - 1].text)) words = words.slice(0, -1);
  // An indefinite article stays: "a deputy speaker of parliament" is not a known person.
  let text = k === 1 && /^(?:a|an)$/.test(inside[0].lower) ? inside[0].text : '';
  for (const t of words) text += (text && t.kind === 'word' ? ' ' : '') + t.text;
  return text.replace(/\s+([’'])/g, '$1');
}

/** The person a role description stands for ("the secretary of state", "Pakistan's foreign
 * minister"): a PERSON entity holding that role (of that country, when the description names one),
 * the one mentioned last before the description when several do. */
function roleHolder(doc: AnalyzedArticle, inside: Token[], at: number): Entity | null {
  const words = inside.filter((t) => isWord(t) && !DETERMINERS.has(t.lower));
  let country: string | null = null;
  while (words.length > 1) {
    const w = words[0].text.replace(/['’]s$/, '');
    const c = countryByDemonym(w) ?? countryByName(w);
    if (!c) break;
    country = c.iso3;
    words.shift();
  }
  if (!words.length || !words.some((t) => ROLE_WORDS.has(t.lower))) return null;
  const role = words.map((t) => t.lower).join(' ');
  let best: Entity | null = null;
  let bestAt = -Infinity;
  for (const e of doc.entities) {
    if (e.type !== 'PERSON' || (country && e.country && e.country !== country)) continue;
    if (!e.roles.some((r) => { const x = r.toLowerCase(); return x === role || x.endsWith(' ' + role); })) continue;
    let last = -1, next = Infinity;
    for (const m of e.mentions) {
      if (m.end <= at && m.start > last) last = m.start;
      if (m.start >= at && m.start < next) next = m.start;
    }
    // The holder named last before the description; else (a lede naming the office before the
    // person) the one named first after it.
    const rank = last >= 0 ? last : next < Infinity ? -1 - (next - at) : -Infinity;
    if (rank > bestAt) { best = e; bestAt = rank; }
  }
  return best;
}

// Head nouns of a definite description of a company or similar body ("the oil giant said").
const ORG_HEADS = new Set(
  ('company firm giant group agency bank carrier airline insurer lender retailer maker manufacturer ' +
    'producer automaker carmaker broadcaster network publisher chain operator conglomerate startup ' +
    'utility charity organisation organization consortium outlet newspaper').split(' '),
);

const MEDIA_HEADS = new Set(['broadcaster', 'network', 'publisher', 'newspaper', 'outlet', 'agency']);

/** "the company", "the oil giant": the organisation named last before the description. */
function organisationMeant(doc: AnalyzedArticle, head: Token[], at: number, inQuote?: (offset: number) => boolean): Entity | null {
  const last = head[head.length - 1];
  if (!isWord(head[0]) || head[0].lower !== 'the' || !isWord(last) || !ORG_HEADS.has(last.lower) || head.slice(1).some(isCapitalized)) return null;
  // A news outlet the text cites ("told the BBC") is "the network" or "the broadcaster", not "the group".
  const media = MEDIA_HEADS.has(last.lower);
  let best: Entity | null = null, bestAt = -1;
  for (const e of doc.entities) {
    if (e.type !== 'ORG' || (!media && MEDIA_WORD.test(e.name))) continue;
    for (const m of e.mentions) if (m.end <= at && m.start > bestAt && m.kind !== 'pronoun' && !inQuote?.(m.start)) { best = e; bestAt = m.start; }
  }
  return best;
}

// Generic nouns for a body that an organisation's name can modify ("the Red Cross rescue service").
const BODY_NOUNS = new Set('service group movement agency organisation organization militia coalition alliance party network outfit body bloc'.split(' '));

/** "the Magen David Adom rescue service", "the M23 rebel group": an organisation's name used as the
 * modifier of a generic noun for a body is that organisation (a country's name is not: "the Iranian
 * agency" is an agency of Iran). */
function namedBody(doc: AnalyzedArticle, head: Token[], entityAt: EntityAt): Entity | null {
  const last = head[head.length - 1];
  if (!isWord(last) || last.text !== last.lower || !BODY_NOUNS.has(last.lower)) return null;
  for (let k = head.length - 2; k >= 0; k--) {
    const t = head[k];
    if (!isCapitalized(t)) continue;
    const e = entityAt(doc, t.start, t.end);
    return e?.type === 'ORG' ? e : null;
  }
  return null;
}

export interface ResolveOptions {
  entityAt: EntityAt;
  /** True for offsets inside quoted words: names there are not antecedents of the narrative. */
  inQuote?: (offset: number) => boolean;
  /** The span is the subject of a speech verb: any noun phrase may be described as the speaker. */
  anyHead?: boolean;
}

const fromEntity = (e: Entity): ResolvedSpeaker => ({ speaker: e.name, entity: e, person: e.type === 'PERSON' });

/** Resolves a speaker span (a noun phrase or a pronoun) against the entity layer. */
export function resolveSpan(doc: AnalyzedArticle, tokens: Token[], span: Span, opts: ResolveOptions): ResolvedSpeaker {
  const inside = tokensIn(tokens, span).filter((t) => t.kind !== 'open' && t.kind !== 'close');
  if (!inside.length) return { speaker: null, entity: null, person: false };

  if (inside.length === 1 && SUBJECT_PRONOUNS.has(inside[0].lower)) {
    const p = inside[0].lower;
    const e = opts.entityAt(doc, inside[0].start, inside[0].end);
    // A link that does not fit the pronoun ("he" to an organisation) is not taken; "they" is left to
    // the caller, which prefers a plural description ("BBC forecasters") to an entity inside it.
    const fits = e && (p === 'he' || p === 'she' ? e.type === 'PERSON' : p === 'it' ? e.type !== 'PERSON' : p !== 'they' && p !== 'you');
    return fits ? fromEntity(e) : { speaker: null, entity: null, person: false, openPronoun: p, hint: p === 'they' ? e : null };
  }

  // A name at the end of the phrase is its head ("secretary of state Marco Rubio"); it was checked
  // not to be the object of a post-modifier ("a spokesman for the State Department").
  const name = trailingName(inside);
  // "ambassador to Britain Liu Xiaming": a person named at the end after a place.
  if (!name.length) {
    const last = inside[inside.length - 1];
    const e = isCapitalized(last) ? opts.entityAt(doc, last.start, last.end) : null;
    if (e?.type === 'PERSON') return fromEntity(e);
  }
  if (name.length) {
    // Ask for the personal name first: "Nassau County District Attorney Kathleen Rice" is Rice.
    const personal = personalName(name);
    const e = opts.entityAt(doc, personal[0].start, personal[personal.length - 1].end) ?? opts.entityAt(doc, name[0].start, name[name.length - 1].end);
    if (e) return fromEntity(e);
    const person = isPersonName(personal);
    return { speaker: (person ? personal : name).map((t) => t.text).join(' '), entity: null, person };
  }
  // Otherwise the head comes before the first post-modifier ("spokesman | for the ministry").
  let headEnd = inside.length;
  for (let k = 1; k < inside.length; k++) {
    const t = inside[k];
    // "of/for/on" inside a capitalised name stay ("Secretary of State", "Institute on Drug Abuse").
    const inName = /^(?:of|for|on|and)$/.test(t.text) && isCapitalized(inside[k - 1]) && isCapitalized(inside[k + 1]);
    if (isWord(t) && PREPOSITIONS.has(t.text) && isWord(inside[k - 1]) && !inName) { headEnd = k; break; }
    // "a UN report seen by Reuters": a participle before its own phrase modifies the head.
    const prev = inside[k - 1], next = inside[k + 1];
    if (isWord(t) && t.text === t.lower && /(?:ed|seen|written|given|shown|made|taken|sent)$/.test(t.text) && isWord(prev) && !DETERMINERS.has(prev.lower) &&
      !isPossessive(prev) && isWord(next) && PREPOSITIONS.has(next.text)) { headEnd = k; break; }
  }
  const head = inside.slice(0, headEnd);
  const headWord = head[head.length - 1];
  // A description the entity layer linked ("the top US diplomat") owns its head word; a modifier
  // ("Pakistani" in "Pakistani military") does not.
  const e = opts.entityAt(doc, headWord.start, headWord.end);
  if (e) return fromEntity(e);
  // A document speaks for its author: "readouts from the State Department", "Netanyahu's statement",
  // "a statement on the Memorial website", "the Iranian readout", "ministry data".
  if (isWord(headWord) && DOCUMENT_NOUNS.has(headWord.lower)) {
    // "a statement from X", "a statement issued by X", "a report seen by Reuters" (no owner: the
    // agency saw it) -> X.
    let post = inside.slice(headEnd);
    if (post.length > 2 && post[0].text === post[0].lower && /ed$|^(?:written|given|made|sent)$/.test(post[0].text) && !/^(?:seen|obtained|reviewed|read|heard)$/.test(post[0].lower)) post = post.slice(1);
    if (post.length > 1 && /^(?:from|by|of|on)$/.test(post[0].lower)) return resolveSpan(doc, tokens, { start: post[1].start, end: span.end }, opts);
    const owner = head.findIndex((t) => isPossessive(t));
    if (owner >= 0) return resolveSpan(doc, tokens, { start: head[0].start, end: head[owner].end - 2 }, opts);
    for (let m = head.length - 2; m >= 0; m--) {
      const t = head[m];
      if (!isWord(t) || DETERMINERS.has(t.lower)) continue;
      const e = opts.entityAt(doc, t.start, t.end);
      if (e) return fromEntity(e);
      const country = isCapitalized(t) ? countryByDemonym(t.text) : null;
      if (country) return { speaker: country.name, entity: null, person: false };
      if (isCapitalized(t) || AGENT_NOUNS.has(t.lower)) {
        const words = head.slice(0, m + 1).filter((x) => isWord(x) && !DETERMINERS.has(x.lower));
        return { speaker: words.map((x) => x.text).join(' '), entity: null, person: false };
      }
    }
    return { speaker: null, entity: null, person: false, ownerless: true };
  }
  const holder = roleHolder(doc, inside, span.start) ?? organisationMeant(doc, head, span.start, opts.inQuote) ?? namedBody(doc, head, opts.entityAt);
  if (holder) return fromEntity(holder);
  return { speaker: describe(inside, headEnd, !!opts.anyHead), entity: null, person: false };
}
