// Pronouns and descriptions linked to the entity they refer to: "she said" -> the last woman
// named as subject, "the secretary" -> the person holding a secretary's office, "his Indian
// counterpart" -> the Indian holder of the same kind of office, "it" -> the country or
// organisation that is the subject.
import type { AnalyzedArticle } from '../../model.ts';
import { countryByDemonym, countryByName } from '../gazetteer/countries.ts';
import type { Draft } from './link.ts';
import { isTitleHead, isTitleWord } from './titles.ts';
import type { Token } from './tokens.ts';
import { COUNTERPART, GROUP_PRONOUNS, PERSONAL_PRONOUNS, ROLE_SYNONYMS } from './vocab.ts';

interface Anchor {
  start: number;
  end: number;
  sentence: number;
  d: Draft;
}

/** Every name mention of a type, in text order, with its sentence. */
function anchors(drafts: Draft[], tokens: Token[], types: string[]): Anchor[] {
  const out: Anchor[] = [];
  for (const d of drafts) {
    if (!types.includes(d.type)) continue;
    for (const m of d.mentions) if (m.kind !== 'demonym') out.push({ start: m.start, end: m.end, sentence: tokens[m.from].sentence, d });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Is a token inside quotation marks (the speaker's own words)? */
function quotedSpans(body: string): [number, number][] {
  const spans: [number, number][] = [];
  // A quotation left open runs to the end of its paragraph.
  for (let m, re = /“[^”\n]*(?:”|(?=\n)|$)|"[^"\n]*"/g; (m = re.exec(body)); ) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function linkReferences(drafts: Draft[], tokens: Token[], doc: AnalyzedArticle): void {
  const body = doc.article.body;
  const quoted = quotedSpans(body);
  const people = anchors(drafts, tokens, ['PERSON']);
  const groups = anchors(drafts, tokens, ['GPE', 'ORG']);
  const taken = new Set<number>();
  for (const d of drafts) for (const m of d.mentions) for (let k = m.from; k < m.to; k++) taken.add(k);

  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Quoted spans and tokens are both in text order: one pointer walks them.
    while (q < quoted.length && quoted[q][1] <= t.start) q++;
    const inQuote = q < quoted.length && quoted[q][0] <= t.start;
    if (inQuote) continue;
    // Descriptions first: "his Indian counterpart" is one reference, "Pakistan's foreign minister" too.
    const desc = description(tokens, i);
    if (desc) {
      const d = holderOf(desc, people, tokens);
      if (d) {
        d.extra.push({ start: tokens[desc.from].start, end: tokens[desc.to - 1].end, text: body.slice(tokens[desc.from].start, tokens[desc.to - 1].end), kind: 'description' });
        if (!d.country && desc.country) d.country = desc.country;
        i = desc.to - 1;
        continue;
      }
    }
    if (taken.has(i)) continue;
    const gender = PERSONAL_PRONOUNS.get(t.key);
    if (gender) {
      const d = personFor(people, tokens, i, gender);
      if (d) {
        d.extra.push({ start: t.start, end: t.end, text: t.text, kind: 'pronoun' });
        // "she said" tells the person's gender for the pronouns that follow.
        d.gender ??= gender;
      }
      continue;
    }
    if (GROUP_PRONOUNS.has(t.key)) {
      // "It was the deadliest ...": "it" before a form of "be" is mostly an event or a dummy subject.
      if ((t.key === 'it') && /^(is|was|has|had|will|would|seems|seemed|appears|remains)$/.test(tokens[i + 1]?.key ?? '')) continue;
      const d = groupFor(groups, people, tokens, i);
      if (d) d.extra.push({ start: t.start, end: t.end, text: t.text, kind: 'pronoun' });
      continue;
    }
  }
  for (const d of drafts) d.extra.sort((a, b) => a.start - b.start);
}

/** The person a he/she/his/her refers to. */
function personFor(people: Anchor[], tokens: Token[], i: number, gender: 'm' | 'f'): Draft | null {
  const t = tokens[i];
  const fits = (a: Anchor) => !a.d.gender || a.d.gender === gender;
  // "In his call with Sharif, Rubio urged": a possessive in an opening phrase points forward to the subject.
  if (t.initial || tokens[i - 1]?.initial) {
    const comma = tokens.findIndex((x, k) => k > i && x.sentence === t.sentence && x.text === ',');
    if (comma > 0 && t.key === (gender === 'm' ? 'his' : 'her')) {
      const subj = people.find((a) => a.start >= tokens[comma].end && a.start <= tokens[comma].end + 1 && fits(a));
      if (subj) return subj.d;
    }
  }
  const fronted = (a: Anchor) => inFrontedPhrase(tokens, a);
  const same = people.filter((a) => a.sentence === t.sentence && a.end <= t.start && fits(a) && !fronted(a));
  // Not the opening word of its sentence: the subject (first person named) of its sentence.
  if (same.length && !t.initial) return same[0].d;
  // Else the subject (first person named) of the closest earlier sentence that names one.
  for (let s = t.sentence - (same.length && !t.initial ? 0 : 1); s >= Math.max(0, t.sentence - 4); s--) {
    const inS = people.filter((a) => a.sentence === s && fits(a) && a.end <= t.start);
    const subject = inS.find((a) => !fronted(a)) ?? inS[0];
    if (subject) return subject.d;
  }
  return null;
}

function lastIndex<T>(list: T[], ok: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (ok(list[i])) return i;
  return -1;
}

const PREPOSITIONS = new Set('in with during after before at on for from to by under over against about among between since like despite'.split(' '));

/** "In his call with Sharif, Rubio urged": a name inside an opening prepositional phrase is not the subject. */
function inFrontedPhrase(tokens: Token[], a: Anchor): boolean {
  let first = tokens.findIndex((x) => x.start >= a.start);
  if (first < 0) return false;
  let k = first;
  while (k > 0 && tokens[k - 1].sentence === a.sentence) k--;
  if (!PREPOSITIONS.has(tokens[k].key)) return false;
  for (let j = k; j < first; j++) if (tokens[j].text === ',') return false;
  for (let j = first; j < tokens.length && tokens[j].sentence === a.sentence; j++) if (tokens[j].text === ',') return true;
  return false;
}

/** The country or organisation an "it"/"its"/"they" refers to: the subject nearby, if no person intervenes. */
function groupFor(groups: Anchor[], people: Anchor[], tokens: Token[], i: number): Draft | null {
  const t = tokens[i];
  const candidates = groups.filter((a) => a.end <= t.start && a.sentence >= t.sentence - 1);
  if (!candidates.length) return null;
  const last = candidates[candidates.length - 1];
  if (people.some((p) => p.start > last.start && p.end <= t.start)) return null;
  // "they" for a country only when the sentence's subject is that country.
  const subject = candidates.find((a) => a.sentence === t.sentence) ?? candidates[0];
  // "they" for a country or a body, never for a town ("fired into Surin, where they ...").
  if (t.key === 'they' || t.key === 'them' || t.key === 'their') return (subject.d.type === 'GPE' && !subject.d.place) || subject.d.type === 'ORG' ? subject.d : null;
  return subject.d;
}

interface Description {
  from: number;
  to: number;
  /** Role words (lower case) of the description: "military spokesperson", "foreign minister". */
  role: string;
  head: string;
  country: string | null;
  counterpart: boolean;
  possessor: boolean;
}

/** "the secretary", "the Pakistani Prime Minister", "his Indian counterpart", "Pakistan's foreign minister". */
const DESCRIPTION_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their']);

function description(tokens: Token[], i: number): Description | null {
  const t = tokens[i];
  const det = DESCRIPTION_DETERMINERS.has(t.key);
  let j = i + 1;
  let country: string | null = null;
  let possessor = false;
  if (!det) {
    // "Pakistan's foreign minister" (the possessive first: most capitalised words have none, and no look-up then).
    if (!t.cap || !/^['’]s?$/.test(tokens[i + 1]?.text ?? '')) return null;
    const c = countryByName(t.text);
    if (!c) return null;
    country = c.iso3;
    possessor = true;
    j = i + 2;
  }
  const roleTokens: Token[] = [];
  while (j < tokens.length && tokens[j].sentence === t.sentence) {
    const x = tokens[j];
    if (!country && x.cap && !roleTokens.some(isTitleHead)) {
      const c = countryByDemonym(x.text) ?? countryByName(x.text);
      if (c) {
        country = c.iso3;
        j++;
        continue;
      }
    }
    if (x.key === 'top' || isTitleWord(x) || COUNTERPART.has(x.key)) {
      roleTokens.push(x);
      j++;
      continue;
    }
    break;
  }
  // "the secretary of state": the head may take an "of"/"for" complement.
  while (roleTokens.length && !(isTitleHead(roleTokens[roleTokens.length - 1]) || COUNTERPART.has(roleTokens[roleTokens.length - 1].key))) {
    const headAt = lastIndex(roleTokens, (x) => isTitleHead(x));
    if (headAt >= 0 && /^(of|for)$/.test(roleTokens[headAt + 1]?.key ?? '')) break;
    roleTokens.pop();
    j--;
  }
  if (!roleTokens.length) return null;
  const headAt = lastIndex(roleTokens, (x) => isTitleHead(x) || COUNTERPART.has(x.key));
  if (headAt < 0) return null;
  const last = roleTokens[headAt];
  // A name right after makes it a title, not a description ("the Foreign Secretary Vikram Misri").
  const after = tokens[j];
  if (after && after.cap && after.sentence === t.sentence && !after.initial) return null;
  // Plural offices ("the leaders", "officials") describe groups.
  if (/s$/.test(last.key) && !/(ss|us)$/.test(last.key) && !COUNTERPART.has(last.key)) return null;
  return {
    from: i, to: j, role: roleTokens.map((x) => x.key).join(' '), head: last.key, country,
    counterpart: COUNTERPART.has(last.key), possessor,
  };
}

function roleMatches(desc: Description, roles: string[]): number {
  const rs = roles.map((r) => r.toLowerCase());
  if (rs.some((r) => r === desc.role)) return 3;
  const syn = ROLE_SYNONYMS[desc.role] ?? ROLE_SYNONYMS[desc.head];
  if (syn && rs.some((r) => syn.some((s) => r.includes(s)))) return 2;
  // "the secretary" fits "Secretary of State"; "defense minister" does not fit "Prime Minister".
  const words = desc.role.split(' ').filter((w) => !/^(top|senior|former|the|of|for)$/.test(w));
  if (rs.some((r) => words.every((w) => r.split(/\s+/).includes(w)))) return 1;
  return 0;
}

/** The person a description refers to: same office (and country), nearest before it. */
function holderOf(desc: Description, people: Anchor[], tokens: Token[]): Draft | null {
  const at = tokens[desc.from].start;
  const seen = new Set<Draft>();
  const before = people.filter((a) => a.start < at).reverse();
  const ordered = [...before, ...people.filter((a) => a.start >= at)];
  let best: Draft | null = null;
  let bestScore = 0;
  for (const a of ordered) {
    if (seen.has(a.d)) continue;
    seen.add(a.d);
    // A description with a country only fits a person known to be of that country.
    if (desc.country && a.d.country !== desc.country) continue;
    let score: number;
    if (desc.counterpart) {
      // "his Indian counterpart": an official of that country; the possessor's office decides among several.
      if (!desc.country || a.d.country !== desc.country) continue;
      score = 1;
    } else {
      score = roleMatches(desc, a.d.roles);
    }
    if (score > bestScore) {
      best = a.d;
      bestScore = score;
    }
  }
  return best;
}
