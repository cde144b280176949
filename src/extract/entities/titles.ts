// Titles and roles around a person's name: "US Secretary of State Marco Rubio",
// "Lt. Gen. Ahmed Sharif Chaudhry", "Pakistan's deputy prime minister and foreign minister X",
// "Tammy Bruce, the State Department spokesperson". Reads token runs, returns roles and the
// country or organisation the title ties the person to.
import { countryByDemonym, countryByName, countryBySeat } from '../gazetteer/countries.ts';
import type { Token } from './tokens.ts';
import { HONORIFICS, RANK_ABBREVIATIONS, RANKS, TITLE_HEADS, TITLE_MODIFIERS } from './vocab.ts';

const bare = (t: Token) => t.key.replace(/\.$/, '');

export function isHonorific(t: Token): boolean {
  return HONORIFICS.has(bare(t));
}

export function isRankAbbreviation(t: Token): boolean {
  return t.text.endsWith('.') && bare(t) in RANK_ABBREVIATIONS;
}

export function isTitleHead(t: Token): boolean {
  const k = bare(t);
  return TITLE_HEADS.has(k) || RANKS.has(k) || isRankAbbreviation(t);
}

export function isTitleWord(t: Token): boolean {
  const k = bare(t);
  return isTitleHead(t) || TITLE_MODIFIERS.has(k) || isHonorific(t) || (k.includes('-') && k.split('-').every((p) => TITLE_HEADS.has(p) || TITLE_MODIFIERS.has(p)));
}

/** Title-case a role phrase, expanding rank abbreviations: "lt. gen." -> "Lieutenant General". */
export function roleText(tokens: Token[]): string {
  return tokens
    .filter((t) => !isHonorific(t))
    .map((t) => {
      const k = bare(t);
      if (isRankAbbreviation(t)) return RANK_ABBREVIATIONS[k];
      if (/^(of|for|and|the|on)$/.test(k)) return k;
      if (t.acronym) return t.text;
      return t.text.replace(/^\p{Ll}/u, (c) => c.toUpperCase()).replace(/-(\p{Ll})/gu, (_, c) => '-' + c.toUpperCase());
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Split "Deputy Prime Minister and Foreign Minister" into its offices. */
export function splitRoles(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "and" separates two offices when a title head came before it.
    if (t.key === 'and' && cur.some(isTitleHead) && i + 1 < tokens.length) {
      out.push(cur);
      cur = [];
      continue;
    }
    cur.push(t);
  }
  if (cur.length) out.push(cur);
  // "Lt. Gen." is one rank, "Army Chief" one office: ranks stay apart from offices.
  const result: Token[][] = [];
  for (const part of out) {
    const ranks = part.filter((t) => isRankAbbreviation(t));
    const rest = part.filter((t) => !isRankAbbreviation(t));
    if (ranks.length) result.push(ranks);
    if (rest.length && rest.some((t) => isTitleHead(t) || TITLE_MODIFIERS.has(bare(t)))) result.push(rest);
  }
  return result.filter((p) => p.some(isTitleHead));
}

export interface Affiliation {
  /** ISO alpha-3, or null. */
  country: string | null;
  /** The title names the affiliation (a country, or an organisation with none): context must not override it. */
  explicit: boolean;
  /** Tokens of an organisation the title names ("White House", "European Union"). */
  orgFrom?: number;
  orgTo?: number;
}

/** A country named by one token or a dotted acronym: "US", "Pakistani", "Pakistan". */
export function countryOfToken(t: Token): string | null {
  return (countryByDemonym(t.text) ?? countryByName(t.text))?.iso3 ?? null;
}

export interface TitleBefore {
  /** Token index where the title phrase starts (including a country or possessor). */
  start: number;
  roles: string[];
  affiliation: Affiliation;
  ranks: string[];
}

/**
 * A lower-case or mixed title phrase that ends right before token `at` (where a name starts):
 * "external affairs minister", "Pakistan's army chief,", "Saudi minister of state for foreign affairs".
 * Null when none.
 */
export function titleBefore(tokens: Token[], at: number): TitleBefore | null {
  let i = at - 1;
  const sentence = tokens[at]?.sentence;
  // "army chief, Gen. Asim Munir": a comma may separate the title from the name.
  if (i >= 0 && tokens[i].text === ',' && i - 1 >= 0 && isTitleHead(tokens[i - 1])) i--;
  // "the U.S. ambassador to Malaysia, X": the host of an envoy is no part of the title.
  else if (i >= 0 && tokens[i].text === ',') {
    const host = hostComplementStart(tokens, i);
    if (host >= 0) i = host;
    else {
      // "the commander of the Islamic Revolutionary Guard Corps, X": an office of a named body.
      const office = officeOfBody(tokens, i, sentence);
      if (office) return office;
    }
  }
  if (i < 0 || tokens[i].sentence !== sentence) return null;
  const end = i + 1;
  // "president of the Senate": a title ending in a connector names what follows as its body.
  if (/^(of|for|the|and|to)$/.test(tokens[i].key)) return null;
  let sawHead = false;
  while (i >= 0 && tokens[i].sentence === sentence) {
    const t = tokens[i];
    // "Pakistan's UN ambassador": an organisation's acronym may stand inside a title.
    if ((isTitleWord(t) && !(t.cap && countryOfToken(t))) || (sawHead && t.acronym && !countryOfToken(t))) {
      if (isTitleHead(t)) sawHead = true;
      i--;
      continue;
    }
    break;
  }
  let start = i + 1;
  if (!sawHead || start >= end) return null;
  // Leading connectors are not part of the title.
  while (start < end && /^(of|for|and|the)$/.test(tokens[start].key)) start++;
  const roleTokens = tokens.slice(start, end).filter((t) => !/^[,]$/.test(t.text));
  const affiliation = affiliationBefore(tokens, start);
  const parts = splitRoles(roleTokens);
  if (!parts.length) return null;
  return {
    start: affiliation.start,
    roles: parts.filter((p) => !p.every(isRankAbbreviation)).map(roleText),
    ranks: parts.filter((p) => p.every(isRankAbbreviation)).map(roleText),
    affiliation: affiliation.affiliation,
  };
}

/** Envoys' heads: their "to X" names the host, not the office. */
const ENVOY_HEADS = new Set('ambassador envoy representative consul emissary delegate'.split(' '));

/** "ambassador to Malaysia ,": index of the envoy head when the comma at `comma` closes such a phrase, else -1. */
function hostComplementStart(tokens: Token[], comma: number): number {
  let k = comma - 1;
  while (k >= 0 && tokens[k].cap && comma - k <= 4) k--;
  if (k === comma - 1) return -1;
  // "ambassador to the United Nations ,"
  if (k >= 1 && tokens[k].key === 'the') k--;
  if (k < 1 || !/^(to|in|at)$/.test(tokens[k].key)) return -1;
  if (tokens[k - 1].sentence !== tokens[comma].sentence) return -1;
  return ENVOY_HEADS.has(bare(tokens[k - 1])) ? k - 1 : -1;
}

/**
 * "the head of the International Atomic Energy Agency, X": a lower-case office of a capitalised body
 * before the comma. The body is the affiliation (its country, or none for an international body).
 */
function officeOfBody(tokens: Token[], comma: number, sentence: number): TitleBefore | null {
  let k = comma - 1;
  const orgTo = comma;
  while (k >= 0 && tokens[k].sentence === sentence && (tokens[k].cap || (/^(of|and|for)$/.test(tokens[k].key) && tokens[k - 1]?.cap)) && comma - k <= 8) k--;
  let orgFrom = k + 1;
  if (orgFrom >= orgTo || !tokens[orgFrom].cap) return null;
  if (k >= 0 && tokens[k].key === 'the') k--;
  if (k < 1 || tokens[k].key !== 'of' || !isTitleHead(tokens[k - 1]) || tokens[k - 1].cap) return null;
  let start = k - 1;
  while (start - 1 >= 0 && tokens[start - 1].sentence === sentence && isTitleWord(tokens[start - 1]) && !tokens[start - 1].cap && !/^(of|for|and|the)$/.test(tokens[start - 1].key)) start--;
  const role = roleText(tokens.slice(start, k)) + ' of ' + tokens.slice(tokens[orgFrom - 1].key === 'the' ? orgFrom - 1 : orgFrom, orgTo).map((t) => t.text).join(' ');
  const country = countryOfPhrase(tokens.slice(orgFrom, orgTo));
  return {
    start,
    roles: [role],
    ranks: [],
    affiliation: country ? { country, explicit: true } : { country: null, explicit: false, orgFrom, orgTo },
  };
}

/** What stands before a title: "Pakistan's", "Pakistani", "US", "the European Union's", a determiner. */
export function affiliationBefore(tokens: Token[], start: number): { start: number; affiliation: Affiliation } {
  let i = start - 1;
  const none = { start, affiliation: { country: null, explicit: false } };
  if (i < 0) return none;
  // "his Thai counterpart, acting premier X": the apposed description before the comma gives it.
  if (tokens[i].text === ',' && i >= 2) {
    let j = i - 1;
    while (j >= 0 && tokens[j].sentence === tokens[i].sentence && !tokens[j].cap && (isTitleWord(tokens[j]) || tokens[j].key === 'counterpart') && !/^(of|for|and|the)$/.test(tokens[j].key)) j--;
    if (j < i - 1 && j >= 0) {
      const inner = affiliationBefore(tokens, j + 1);
      if (inner.affiliation.country) return { start, affiliation: inner.affiliation };
    }
    return none;
  }
  // possessive: "Pakistan's", "the European Union's"
  if (/^['’]s?$/.test(tokens[i].text) && i - 1 >= 0) {
    let j = i - 1;
    while (j - 1 >= 0 && tokens[j - 1].cap && tokens[j - 1].sentence === tokens[j].sentence && !/^the$/i.test(tokens[j - 1].text)) j--;
    const c = countryOfPhrase(tokens.slice(j, i));
    if (c) return { start: j, affiliation: { country: c, explicit: true } };
    if (tokens[j].cap) return { start: j, affiliation: { country: null, explicit: true, orgFrom: j, orgTo: i } };
    return none;
  }
  // adjectival: "Pakistani", "US", "Indian"
  if (tokens[i].cap) {
    const c = countryOfToken(tokens[i]);
    if (c) return { start: i, affiliation: { country: c, explicit: true } };
    // "Kremlin spokesman", "White House press secretary": an office of a seat of power serves its state.
    for (let n = 2; n >= 1; n--) {
      const seat = i - n + 1 >= 0 && tokens[i - n + 1].sentence === tokens[i].sentence ? countryBySeat(tokens.slice(i - n + 1, i + 1).map((t) => t.text).join(' ')) : null;
      if (seat) return { start: i - n + 1, affiliation: { country: seat, explicit: true, orgFrom: i - n + 1, orgTo: i + 1 } };
    }
  }
  return none;
}

/** The country a short phrase names ("United States", "Pakistan", "Saudi"), or null. */
export function countryOfPhrase(tokens: Token[]): string | null {
  if (!tokens.length) return null;
  const text = tokens.map((t) => t.text).join(' ');
  return (countryByName(text) ?? countryByDemonym(text))?.iso3 ?? countryBySeat(text);
}

export interface TitleInside {
  /** Index of the first name token. */
  nameFrom: number;
  roles: string[];
  ranks: string[];
  honorific: string | null;
  affiliation: Affiliation;
}

/**
 * A title inside a capitalised chunk before the name: "US Secretary of State Marco Rubio",
 * "White House Press Secretary Karoline Leavitt", "Lt. Gen. Ahmed Sharif Chaudhry", "Ms. Bruce".
 * The name must keep at least one token. Null when the chunk opens with no title.
 */
export function titleInside(tokens: Token[], from: number, to: number): TitleInside | null {
  // The name starts after the last title head whose complement ("of State", "for Foreign Affairs") is done.
  let nameFrom = -1;
  let lastHead = -1;
  for (let k = from; k < to - 1; k++) {
    if (isTitleHead(tokens[k]) || isHonorific(tokens[k])) lastHead = k;
  }
  if (lastHead < 0) return null;
  nameFrom = lastHead + 1;
  // "Secretary of State Marco Rubio": the complement of a head belongs to the title.
  for (let k = from; k <= lastHead; k++) {
    if (isTitleHead(tokens[k]) && k + 1 < to && /^(of|for)$/.test(tokens[k + 1].key)) {
      let m = k + 2;
      while (m < to && (TITLE_MODIFIERS.has(bare(tokens[m])) || /^(of|for|and|the)$/.test(tokens[m].key)) && !isTitleHead(tokens[m])) m++;
      if (m > nameFrom && m < to) nameFrom = m;
      // "President of the Eurogroup": the complement is an organisation, not the start of a name.
      if (/^(of|for|the)$/.test(tokens[m - 1].key) && m >= nameFrom) return null;
    }
  }
  // Honorifics and ranks right after the title ("Minister Dr S. Jaishankar", "Chief Gen. Munir").
  let honorific: string | null = null;
  const extraRanks: Token[] = [];
  while (nameFrom < to - 1 && (isHonorific(tokens[nameFrom]) || isRankAbbreviation(tokens[nameFrom]))) {
    if (isHonorific(tokens[nameFrom])) honorific = bare(tokens[nameFrom]);
    else extraRanks.push(tokens[nameFrom]);
    nameFrom++;
  }
  if (nameFrom >= to) return null;
  // Walk back from the head over title words; what is left before is the affiliation.
  let t0 = lastHead;
  while (t0 - 1 >= from && isTitleWord(tokens[t0 - 1]) && !countryOfToken(tokens[t0 - 1])) t0--;
  let affiliation: Affiliation = { country: null, explicit: false };
  if (t0 > from) {
    const c = countryOfPhrase(tokens.slice(from, t0));
    // "White House Press Secretary": a seat of power gives the state and stays a named body.
    if (c && countryBySeat(tokens.slice(from, t0).map((t) => t.text).join(' '))) affiliation = { country: c, explicit: true, orgFrom: from, orgTo: t0 };
    else if (c) affiliation = { country: c, explicit: true };
    else affiliation = { country: null, explicit: false, orgFrom: from, orgTo: t0 };
  }
  const titleTokens = tokens.slice(t0, nameFrom).filter((t) => !extraRanks.includes(t));
  // "Ms. Bruce": an honorific alone.
  const onlyHonorific = titleTokens.every(isHonorific);
  if (onlyHonorific && !honorific) honorific = bare(titleTokens[0]);
  const parts = onlyHonorific ? [] : splitRoles(titleTokens);
  const roles = parts.filter((p) => !p.every(isRankAbbreviation)).map(roleText);
  const ranks = [...parts.filter((p) => p.every(isRankAbbreviation)), ...(extraRanks.length ? [extraRanks] : [])].map(roleText);
  // An organisation in front ("White House Press Secretary") is part of the office's name.
  if (affiliation.orgFrom !== undefined && roles.length) {
    roles[0] = tokens.slice(affiliation.orgFrom, affiliation.orgTo).map((t) => t.text).join(' ') + ' ' + roles[0];
  }
  return { nameFrom, roles, ranks, honorific, affiliation };
}

/** A title phrase after a name, in apposition: "Tammy Bruce, the State Department spokesperson,". */
export function titleAfter(tokens: Token[], nameTo: number): { roles: string[]; affiliation: Affiliation } | null {
  let i = nameTo;
  if (i >= tokens.length || tokens[i].text !== ',') return null;
  i++;
  const sentence = tokens[nameTo - 1].sentence;
  if (i < tokens.length && /^(the|a|an)$/i.test(tokens[i].text)) i++;
  const start = i;
  let affiliation: Affiliation = { country: null, explicit: false };
  const phrase: Token[] = [];
  let sawHead = false;
  while (i < tokens.length && tokens[i].sentence === sentence && phrase.length < 10) {
    const t = tokens[i];
    if (isTitleWord(t)) {
      phrase.push(t);
      if (isTitleHead(t)) sawHead = true;
      i++;
      continue;
    }
    if (i === start && t.cap) {
      const c = countryOfToken(t);
      if (c) {
        affiliation = { country: c, explicit: true };
        i++;
        if (i < tokens.length && /^['’]s?$/.test(tokens[i].text)) i++;
        continue;
      }
    }
    break;
  }
  // The phrase must end the apposition.
  if (!sawHead || !(i >= tokens.length || /^[,.;)]$/.test(tokens[i].text) || tokens[i].sentence !== sentence)) return null;
  while (phrase.length && !isTitleHead(phrase[phrase.length - 1]) && !TITLE_MODIFIERS.has(bare(phrase[phrase.length - 1]))) phrase.pop();
  const parts = splitRoles(phrase);
  if (!parts.length) return null;
  return { roles: parts.map(roleText), affiliation };
}
