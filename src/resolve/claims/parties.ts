// Who is who in an article, for claims: every mention of a party (a person, a state, a state body,
// another organisation) with its offsets, from the entity layer and, for words it left out
// ("Pakistani claims", "Eritrean officials"), from the country gazetteer.
import type { AnalyzedArticle, Entity, Party } from '../../model.ts';
import { remember } from './text.ts';
import { countryByCapital, countryByDemonym, countryByIso3, countryByName } from '../../extract/events/parties.ts';

export type PartyKind = 'person' | 'state' | 'org' | 'place';

export interface PartyMention {
  start: number;
  end: number;
  kind: PartyKind;
  party: Party;
  pronoun: boolean;
  /** A demonym or adjective ("Pakistani"), not a name. */
  adjective: boolean;
}

export function stateParty(iso3: string): Party {
  return { name: countryByIso3(iso3)?.name ?? iso3, country: iso3, entityId: null };
}

/** The country a place or organisation name stands for, when it is a country, a capital or a demonym. */
export const countryOfName = remember((name: string): string | null => {
  const n = name.replace(/['’]s$/, '');
  return countryByName(n)?.iso3 ?? countryByCapital(n)?.iso3 ?? countryByDemonym(n)?.iso3 ?? demonymLike(n);
});

const demonymMemo = new Map<string, string | null>();

/** A demonym spelled otherwise than the gazetteer's ("Ecuadorian" for "Ecuadorean"): a country name and a demonym ending. */
export function demonymLike(word: string): string | null {
  if (word.length < 6 || !/(?:ian|ean|an|ese|ish|i)$/.test(word)) return null;
  let v = demonymMemo.get(word);
  if (v !== undefined) return v;
  v = null;
  for (let len = word.length - 1; len >= 4 && !v; len--) {
    if (!/^(?:v?ian|ean|an|n|ese|i|ish)$/.test(word.slice(len))) continue;
    v = countryByName(word.slice(0, len))?.iso3 ?? countryByName(word.slice(0, len) + 'a')?.iso3 ?? null;
  }
  if (demonymMemo.size > 10000) demonymMemo.clear();
  demonymMemo.set(word, v);
  return v;
}

export function mentionOfEntity(e: Entity): { kind: PartyKind; party: Party } {
  if (e.type === 'PERSON') return { kind: 'person', party: { name: e.name, country: e.country, entityId: e.id } };
  if (e.type === 'GPE') {
    const c = countryOfName(e.name);
    if (c) return { kind: 'state', party: stateParty(c) };
    return { kind: 'place', party: { name: e.name, country: e.country ?? e.geo?.country ?? null, entityId: e.id } };
  }
  // "Royal Thai Army", "Ethiopian Government Communication Service": the country in the name.
  if (e.type === 'ORG') return { kind: 'org', party: { name: e.name, country: e.country ?? countryInPhrase(e.name), entityId: e.id } };
  return { kind: 'place', party: { name: e.name, country: e.country ?? e.geo?.country ?? null, entityId: e.id } };
}

const CAP_WORD = /\p{Lu}[\p{L}.-]*(?:['’]s)?/gu;

/** A capitalised word naming a country or its people ("Pakistani", "Eritrea's"): its length without "'s", the country. */
const capitalWord = remember((raw: string): { length: number; country: string; adjective: boolean } | null => {
  const word = raw.replace(/['’]s$/, '');
  if (word.length < 3) return null;
  const dem = countryByDemonym(word)?.iso3 ?? demonymLike(word);
  const c = dem ?? countryByName(word)?.iso3;
  return c ? { length: word.length, country: c, adjective: !!dem } : null;
});

export class ArticleParties {
  readonly list: PartyMention[] = [];
  constructor(readonly doc: AnalyzedArticle) {
    const body = doc.article.body;
    for (const e of doc.entities) {
      const m0 = mentionOfEntity(e);
      for (const m of e.mentions) {
        // "AFC/M23": a slashed name the entity layer cut at the slash.
        const slash = m0.kind === 'org' ? /^\/[\p{L}\p{N}]+/u.exec(body.slice(m.end, m.end + 20)) : null;
        const party = slash ? { ...m0.party, name: m0.party.name + slash[0] } : m0.party;
        this.list.push({ start: m.start, end: m.end + (slash ? slash[0].length : 0), kind: m0.kind, party, pronoun: m.kind === 'pronoun', adjective: m.kind === 'demonym' });
      }
    }
    this.list.sort((a, b) => a.start - b.start);
    // Demonyms and country names the entity layer did not keep.
    const extra: PartyMention[] = [];
    CAP_WORD.lastIndex = 0;
    for (let m; (m = CAP_WORD.exec(body)); ) {
      const word = capitalWord(m[0]);
      if (!word) continue;
      const start = m.index, end = m.index + word.length;
      if (this.covering(start, end)) continue;
      extra.push({ start, end, kind: 'state', party: stateParty(word.country), pronoun: false, adjective: word.adjective });
    }
    if (extra.length) {
      this.list.push(...extra);
      this.list.sort((a, b) => a.start - b.start);
    }
  }

  private firstAtOrAfter(pos: number): number {
    let lo = 0, hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  covering(start: number, end: number): PartyMention | null {
    const i = this.firstAtOrAfter(start);
    for (let k = Math.max(0, i - 3); k < Math.min(this.list.length, i + 3); k++) {
      const m = this.list[k];
      if (m.start < end && m.end > start) return m;
    }
    return null;
  }

  /**
   * The subject of a verb at `pos`: the nearest party mention before it in the sentence that is not
   * the object of a preposition nor a possessive modifier ("Pakistan's shelling"); a possessive
   * ("Pakistan's defence minister said") when nothing else is there.
   */
  subjectBefore(sentenceStart: number, pos: number): PartyMention | null {
    const body = this.doc.article.body;
    let possessive: PartyMention | null = null;
    const ms = this.within(sentenceStart, pos);
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i];
      // "Russian-made", "Pakistan-based": a compound modifier, not a party acting.
      if (m.kind === 'place' || m.end > pos || body[m.end] === '-') continue;
      // (Case kept: "On Monday Rwanda cut ties" has no object of "on" in Rwanda.)
      const before = body.slice(Math.max(sentenceStart, m.start - 30), m.start);
      if (/\b(?:[Ii]n|[Oo]n|[Aa]t|[Tt]o|[Ff]rom|[Ww]ith|[Aa]bout|[Oo]f|[Ff]or|[Aa]gainst|[Bb]y|[Nn]ear|[Tt]owards?|[Ii]nto|[Oo]ver|[Aa]cross|[Bb]etween|[Aa]mid|[Aa]fter|[Bb]efore|[Tt]han)\s+(?:the\s+|a\s+|an\s+)?(?:\p{Ll}[\p{L}-]*\s+)?$/u.test(before)) continue;
      if (!m.pronoun && /^['’]s\b/.test(body.slice(m.end, m.end + 2)) || m.adjective) {
        possessive ??= m;
        continue;
      }
      return m;
    }
    return possessive;
  }

  /** Mentions starting inside [start, end). */
  within(start: number, end: number): PartyMention[] {
    const out: PartyMention[] = [];
    for (let i = this.firstAtOrAfter(start); i < this.list.length && this.list[i].start < end; i++) out.push(this.list[i]);
    return out;
  }
}

/**
 * The party a claim is attributed to: a named person as such; a state, a state body or an official
 * without a name as the state; another organisation by its name.
 */
export function claimantOf(m: { kind: PartyKind; party: Party }): Party | null {
  if (m.kind === 'person') return m.party;
  if (m.kind === 'state') return m.party;
  if (m.kind === 'org') return m.party.country ? stateParty(m.party.country) : { name: m.party.name, country: null, entityId: m.party.entityId ?? null };
  return null;
}

/** A state named in a short description ("Pakistani military", "Ethiopia's army", "Eritrean officials"). */
export const countryInPhrase = remember((text: string): string | null => {
  const words = text.match(/\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*/gu) ?? [];
  for (const w of words) {
    const c = countryOfName(w);
    if (c) return c;
    for (const part of w.split(/\s+/)) {
      const p = countryOfName(part);
      if (p) return p;
    }
  }
  return null;
});

// ---------- explicit country cues for persons ----------

const TITLE_HEAD = String.raw`(?:minister|president|premier|chancellor|spokes(?:man|woman|person)|secretary|ambassador|envoy|chief|commander|general|adviser|advisor|official|leader|emir|king|governor|diplomat|negotiator|representative)`;
// "Iranian President Masoud Pezeshkian", "Iran's foreign minister, Abbas Araghchi", "Eritrea's Information Minister Samuel Tekle".
const CUE_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{L}-]*)(?:['’]s)?\s+(?:(?:deputy|acting|former|top|chief|senior|vice|prime|foreign|defence|defense|information|interior|army|military|government|state|national|security|military's|army's|[\p{Lu}][\p{L}-]*)\s+){0,3}${TITLE_HEAD},?\s+(?:the\s+)?$`, 'iu');
// "Hun Manet, Cambodia's prime minister".
const CUE_AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}${TITLE_HEAD}\b`, 'u');

const TITLE_WORD = new RegExp(TITLE_HEAD, 'i');

/** The country a title before a name states ("Iranian President"), from the 80 characters before it. */
const cueBefore = remember((text: string): string | null => {
  // (The title word must be in the text for it to be in its last eight words.)
  if (!TITLE_WORD.test(text)) return null;
  const last = text.split(/(?=\s)/).slice(-8).join('');
  const hit = TITLE_WORD.test(last) && countryInPhrase(last) ? CUE_BEFORE.exec(last) : null;
  return hit ? countryOfName(hit[1]) : null;
});

/** The country a title after a name states (", Cambodia's prime minister"), from the 80 characters after it. */
const cueAfter = remember((text: string): string | null => {
  const hit = TITLE_WORD.test(text) && countryInPhrase(text) ? CUE_AFTER.exec(text) : null;
  return hit ? countryOfName(hit[1]) : null;
});

/** Key of a person across articles: first and last name folded. */
export function personNameKey(name: string): string {
  const parts = name.toLowerCase().replace(/[^\p{L}\s-]/gu, '').split(/\s+/).filter(Boolean);
  return parts.slice(-2).join(' ');
}

/**
 * The country each person's title states outright somewhere in the story ("Iranian President X",
 * "Eritrea's Information Minister X"), by vote; only persons with a clear winner.
 */
export function personCountryCues(articles: AnalyzedArticle[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const doc of articles) {
    const body = doc.article.body;
    for (const e of doc.entities) {
      if (e.type !== 'PERSON') continue;
      for (const m of e.mentions) {
        if (m.kind !== 'name') continue;
        // (Cheap look first: most names have no title next to them.)
        const before = cueBefore(body.slice(Math.max(0, m.start - 80), m.start));
        const after = body.charCodeAt(m.end) === 44 /* , */ ? cueAfter(body.slice(m.end, m.end + 80)) : null;
        for (const c of [before, after]) {
          if (!c) continue;
          const key = personNameKey(e.name);
          const v = votes.get(key) ?? votes.set(key, new Map()).get(key)!;
          v.set(c, (v.get(c) ?? 0) + 1);
        }
      }
    }
  }
  const out = new Map<string, string>();
  for (const [key, v] of votes) {
    const ranked = [...v].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 1 || ranked[0][1] > ranked[1][1]) out.set(key, ranked[0][0]);
  }
  // No title says it: the country most reports give the person, when most of them agree.
  const byReport = new Map<string, Map<string, number>>();
  for (const doc of articles) for (const e of doc.entities) {
    if (e.type !== 'PERSON' || !e.country) continue;
    const key = personNameKey(e.name);
    if (out.has(key) || key.split(' ').length < 2) continue;
    const v = byReport.get(key) ?? byReport.set(key, new Map()).get(key)!;
    v.set(e.country, (v.get(e.country) ?? 0) + 1);
  }
  for (const [key, v] of byReport) {
    const ranked = [...v].sort((a, b) => b[1] - a[1]);
    const total = ranked.reduce((n, [, c]) => n + c, 0);
    if (ranked.length > 1 && ranked[0][1] * 2 > total) out.set(key, ranked[0][0]);
  }
  return out;
}
