// Parties the sentence leaves without a state, affiliated the way event coders do (CAMEO, PLOVER):
// a domestic actor belongs to the state its own words or its sentence name.
import type { AnalyzedArticle, Entity, Event, Party } from '../../model.ts';
import { isInternationalBody } from '../entities/attributes.ts';
import { countryByDemonym, countryByName } from './parties.ts';

/**
 * "Bosnian Serbs", "Vietnamese-led forces": a leading demonym or state name affiliates the group.
 * Otherwise a person or group with no state, in a sentence that names exactly one state (by a place
 * or a demonym), is that state's: "President X banned opposition candidates in Uganda", "demonstrators
 * in Monrovia". Domestic events outnumber foreign ones where the text names one state only (on the PLOVER
 * GSR sentences 14 such guesses were right, 1 wrong: "President Bush threatened Russia"). Organisations
 * and officials of international bodies keep their own reading (no state).
 */
export function affiliateParties(doc: AnalyzedArticle, events: Event[], adversary: (country: string | null) => Party | null = () => null): void {
  if (!events.length) return;
  // "Iran's armed forces denied firing": a denial or accusation a state addresses to itself is
  // addressed to its adversary in the story.
  // The accuser named just before answers first ("Israel said Iran had fired ... Iran's armed forces denied").
  events.forEach((e, k) => {
    if ((e.type !== 'REJECT' && e.type !== 'ACCUSE') || !e.recipient.length) return;
    const own = new Set(e.actor.map((p) => p.country).filter(Boolean));
    if (!own.size) return;
    const self = e.recipient.every((r) => r.country && own.has(r.country) && !r.entityId);
    // A denial whose addressee the sentence does not name (read from the story's two sides) answers the
    // accuser just before as well.
    const unnamed = e.type === 'REJECT' && e.recipient.every((r) => !e.evidence.includes(r.name));
    if (!self && !unnamed) return;
    let accuser: Party[] | null = null;
    for (let j = k - 1; j >= 0 && !accuser && events[j].sentenceIndex >= e.sentenceIndex - 2; j--) {
      const x = events[j];
      if (x.type === 'ACCUSE' && x.recipient.some((r) => r.country && own.has(r.country)) && x.actor.every((a) => a.country && !own.has(a.country))) accuser = x.actor;
    }
    if (!accuser && !self) return;
    const other = accuser ?? (own.size === 1 ? [adversary([...own][0])].filter((p): p is Party => !!p) : []);
    if (other.length) e.recipient = other.map((p) => ({ ...p }));
  });
  const statesOf = sentenceStates(doc);
  const groupNamed = namedGroups(doc);
  const isOrg = (p: Party) => !!p.entityId && entityOf(doc, p.entityId)?.type === 'ORG';
  for (const e of events) {
    let sole: string | null | undefined;
    for (const side of [e.actor, e.recipient]) for (const p of side) {
      // "the rebels" in a report about one rebel group ("the M23 rebels"): that group.
      const named = !p.entityId ? groupNamed.get(p.name.toLowerCase()) : undefined;
      if (named) {
        p.name = named.name;
        p.country = named.country;
        p.entityId = named.id;
        continue;
      }
      if (p.country || isOrg(p) || servesInternationalBody(doc, p)) continue;
      const led = leadingState(p.name);
      if (led) {
        p.country = led;
        continue;
      }
      if (sole === undefined) {
        const states = statesOf(e.sentenceIndex);
        sole = states.size === 1 ? [...states][0] : null;
      }
      if (sole) p.country = sole;
    }
  }
}

const ENTITY_INDEX = new WeakMap<AnalyzedArticle, Map<string, Entity>>();
function entityOf(doc: AnalyzedArticle, id: string): Entity | undefined {
  let index = ENTITY_INDEX.get(doc);
  if (!index) ENTITY_INDEX.set(doc, (index = new Map(doc.entities.map((x) => [x.id, x]))));
  return index.get(id);
}

/** The state of a name's first word: "Bosnian Serbs", "Rwandan rebels", "Vietnamese-led forces". */
function leadingState(name: string): string | null {
  const first = name.split(/[\s-]+/)[0];
  if (!first || !/^\p{Lu}/u.test(first)) return null;
  // A name of two words or more: the name itself may be a state's ("Sri Lanka").
  if (first === name) return null;
  return countryByDemonym(first)?.iso3 ?? null;
}

/** States a sentence names: places with a state (cities give theirs) and demonyms. */
function sentenceStates(doc: AnalyzedArticle): (si: number) => Set<string> {
  const memo = new Map<number, Set<string>>();
  const body = doc.article.body;
  // Place mentions with a state, sorted by position: each sentence reads its own by binary search.
  let places: { start: number; end: number; country: string }[] | null = null;
  return (si) => {
    let states = memo.get(si);
    if (states) return states;
    states = new Set();
    const s = doc.sentences[si];
    if (s) {
      if (!places) {
        places = [];
        for (const ent of doc.entities) {
          if (!ent.country || (ent.type !== 'GPE' && ent.type !== 'LOC')) continue;
          for (const m of ent.mentions) {
            if (m.kind === 'pronoun' || (m.kind === 'demonym' && ethnicBefore(body, m.start))) continue;
            places.push({ start: m.start, end: m.end, country: ent.country });
          }
        }
        places.sort((x, y) => x.start - y.start);
      }
      let lo = 0, hi = places.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (places[mid].start < s.start) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < places.length && places[k].start < s.end; k++) if (places[k].end <= s.end) states.add(places[k].country);
      for (const w of body.slice(s.start, s.end).matchAll(/\b\p{Lu}[\p{L}]+(?=[\s-])/gu)) {
        const c = countryByDemonym(w[0]) ?? (w[0].length > 3 ? countryByName(w[0]) : null);
        if (c && !ethnicBefore(body, s.start + w.index!)) states.add(c.iso3);
      }
    }
    memo.set(si, states);
    return states;
  };
}

/**
 * "U.N. Secretary-General Kofi Annan", "BP Chairman X": officials of an international body or of a
 * named company or group serve it, not the state their sentence names.
 */
function servesInternationalBody(doc: AnalyzedArticle, p: Party): boolean {
  if (!p.entityId) return false;
  return entityOf(doc, p.entityId)?.roles.some((r) => isInternationalBody(r) || /\b\p{Lu}[\p{Lu}\d&-]*\p{Lu}\b/u.test(r)) ?? false;
}

/** "ethnic Albanians": a people, which names no state. */
function ethnicBefore(body: string, at: number): boolean {
  return /\bethnic\s+$/i.test(body.slice(Math.max(0, at - 8), at));
}

const GROUP_NOUNS = new Set('rebels militants insurgents fighters guerrillas separatists jihadists militia militiamen'.split(' '));

/**
 * Group nouns the report uses for exactly one named organisation ("the M23 rebels", "AFC/M23 fighters"):
 * the bare noun ("the rebels") is that organisation. Two groups called rebels leave the noun unresolved.
 */
function namedGroups(doc: AnalyzedArticle): Map<string, Entity> {
  const body = doc.article.body;
  const byNoun = new Map<string, Set<Entity>>();
  for (const e of doc.entities) {
    if (e.type !== 'ORG') continue;
    for (const m of e.mentions) {
      if (m.kind === 'pronoun') continue;
      const next = /^\s+([a-z]+)/.exec(body.slice(m.end, m.end + 16))?.[1];
      if (!next || !GROUP_NOUNS.has(next)) continue;
      (byNoun.get(next) ?? byNoun.set(next, new Set()).get(next)!).add(e);
    }
  }
  const out = new Map<string, Entity>();
  for (const [noun, set] of byNoun) if (set.size === 1) out.set(noun, [...set][0]);
  return out;
}
