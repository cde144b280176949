// Offices attributed to one person: one report says A also serves as O while another treats O as a
// separate official beside A ("Secretary Rubio and National Security Adviser"); or reports give one
// person different offices ("special envoy for the Horn of Africa" / "Peace and Security Commissioner").
import type { AnalyzedArticle, Discrepancy, Entity } from '../../model.ts';
import { sentenceIndexAt } from '../claims/text.ts';
import { countryInPhrase } from '../claims/parties.ts';
import { addValue, disjoint, personKey, storyName, type StoryView, type Value } from './shared.ts';

const HEAD = String.raw`(?:envoy|commissioner|minister|secretary|adviser|advisor|spokesperson|spokesman|spokeswoman|ambassador|president|chief|commander|director|chairman|chairwoman|chairperson|governor|mayor|premier|chancellor|representative|mediator|coordinator|prosecutor|attorney general|head)`;
const ALSO_SERVING = new RegExp(String.raw`\b(?:who\s+(?:is|was|has been)\s+|is\s+|was\s+)?(?:also|concurrently|simultaneously|additionally)\s+(?:serving|acting|doubling|working)\s+as\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[\p{L}-]+\s+){0,4}?${HEAD})\b`, 'iu');
const CAP_HEAD = HEAD.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);
const SEPARATE = new RegExp(String.raw`^\s+and\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,4}${CAP_HEAD})\b(?!\s+\p{Lu})`, 'u');
// What SEPARATE opens with, read in place: most names are followed by something else.
const AND_AFTER = /\s+and\s/y;
const RANKS = /^(?:colonel|lieutenant|general|major|captain|brigadier|admiral|marshal|sergeant|wing commander|group captain|air marshal|lieutenant general|major general|lieutenant colonel|commander)$/i;
const SYNONYM_HEADS: string[][] = [['minister', 'secretary', 'premier', 'chancellor'], ['spokesperson', 'spokesman', 'spokeswoman'], ['adviser', 'advisor'], ['chief', 'commander', 'head', 'director'], ['chairman', 'chairwoman', 'chairperson', 'president', 'head']];
// "special envoy for the Horn of Africa": a proper name after the office, small words included.
const OF_NAME = String.raw`(?:\s+(?:for|of|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|and|the|for|\p{Lu}[\p{L}-]*)){0,5})?`;
const APPOSITION_BEFORE = new RegExp(String.raw`((?:the\s+)?(?:[\p{L}'’-]+\s+){0,8}?${HEAD}${OF_NAME}),\s*$`, 'iu');
const APPOSITION_AFTER = new RegExp(String.raw`^,\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}'’-]+\s+){0,8}?${HEAD}${OF_NAME})(?=[,.;]|\s+(?:who|which|said|told)\b)`, 'iu');

function normalise(office: string): string {
  return office.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

const LAST_HEAD = new RegExp(`${HEAD}(?!.*${HEAD})`, 'i');
const ANY_HEAD = new RegExp(HEAD, 'i');

const HEADS = new Map<string, string>();

function headOf(office: string): string {
  let h = HEADS.get(office);
  if (h === undefined) {
    const m = LAST_HEAD.exec(office);
    h = m ? m[0].toLowerCase() : office.toLowerCase();
    if (HEADS.size >= 10_000) HEADS.clear();
    HEADS.set(office, h);
  }
  return h;
}

function sameHead(a: string, b: string): boolean {
  if (a === b) return true;
  return SYNONYM_HEADS.some((set) => set.includes(a) && set.includes(b));
}

/** The organisation part in front of an office: "the African Union's special envoy" -> "special envoy". */
function withoutOwner(office: string): string {
  return office.replace(/^(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?[\p{L}-]+['’]s\s+/u, '').replace(/^(?:[\p{Lu}]{2,}\s+)+/u, '');
}

const LOWER = new WeakMap<AnalyzedArticle, string>();

function formerIn(doc: AnalyzedArticle, role: string): boolean {
  // The body in lower case when it says "former" anywhere, else "" (one look per article).
  let lower = LOWER.get(doc);
  if (lower === undefined) LOWER.set(doc, (lower = /\bformer\b/i.test(doc.article.body) ? doc.article.body.toLowerCase() : ''));
  if (!lower) return false;
  const r = role.toLowerCase();
  for (let at = lower.indexOf(r); at >= 0; at = lower.indexOf(r, at + 1)) {
    if (/\bformer\s+(?:[\p{L}-]+\s+){0,2}$/u.test(lower.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

interface OfficeNote { doc: AnalyzedArticle; at: number; office: string; former: boolean }

/** Offices printed next to a person's name in one article. */
function officesOf(doc: AnalyzedArticle, e: Entity): OfficeNote[] {
  const body = doc.article.body;
  const out: OfficeNote[] = [];
  for (const m of e.mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue;
    // Appositions sit between commas: look only where one is.
    // (Only the clause before the name: back to the last stop, dash or quote, twelve words at most.)
    // (The clause kept is the end of the text before the name: it ends with a comma when that text does.)
    const preceding = body.slice(Math.max(0, m.start - 120), m.start);
    const before = /,\s*$/.test(preceding)
      ? APPOSITION_BEFORE.exec(preceding.replace(/^[^]*[.;:—–“”"(]\s*/, '').split(/(?=\s)/).slice(-12).join('').trimStart()) : null;
    const after = body.charCodeAt(m.end) === 44 /* , */ ? APPOSITION_AFTER.exec(body.slice(m.end, m.end + 120)) : null;
    for (const hit of [before, after]) {
      if (!hit) continue;
      const raw = hit[1];
      const former = /\b(?:former|ex|onetime|previous|retired)\b/i.test(raw);
      const office = withoutOwner(raw.replace(/^(?:a|an|the)\s+/i, '').replace(/\b(?:former|ex-|onetime|previous|retired)\s+/gi, ''));
      if (office.split(/\s+/).length > 9) continue;
      out.push({ doc, at: m.start, office, former });
    }
  }
  // Roles the entity layer read, unless the article gives them as past ("a former foreign minister").
  for (const r of e.roles) if (!RANKS.test(r) && !formerIn(doc, r)) {
    const m = e.mentions.find((x) => x.kind === 'name') ?? e.mentions[0];
    if (m) out.push({ doc, at: m.start, office: r, former: false });
  }
  return out.filter((o) => ANY_HEAD.test(o.office) && !RANKS.test(normalise(o.office)));
}

/** The person an "also serving as" sentence is about: a person named in it, else the article's main person near it. */
function holderBefore(doc: AnalyzedArticle, at: number): Entity | null {
  const si = sentenceIndexAt(doc, at);
  const s = doc.sentences[si];
  let best: Entity | null = null;
  let bestStart = -1;
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) if (m.start >= s.start && m.end <= at && m.start > bestStart) [best, bestStart] = [e, m.start];
  }
  if (best) return best;
  // "The Trump administration official, who is also serving as ...": the most mentioned person of the
  // country the description names, among those of the sentences just before.
  const country = countryInPhrase(doc.article.body.slice(s.start, at));
  const from = doc.sentences[Math.max(0, si - 4)].start;
  let top: Entity | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'PERSON' || (country && e.country && e.country !== country)) continue;
    if (!e.mentions.some((m) => m.start >= from && m.start < s.start)) continue;
    if (!top || e.mentions.length > top.mentions.length) top = e;
  }
  return top;
}

/**
 * Two of the heads `all` that are not the same office and that no article gives together (each with a
 * head the same as it). Articles giving the same heads are looked at once.
 */
function headsClash(all: string[], articleHeads: Iterable<Set<string>>): boolean {
  const met = new Set<string>(); // "i j" for heads i < j of `all` some article gives together
  const seen = new Set<string>();
  for (const set of articleHeads) {
    const key = [...set].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const given: number[] = [];
    all.forEach((h, i) => {
      for (const x of set) if (sameHead(x, h)) return void given.push(i);
    });
    for (let a = 0; a < given.length; a++) for (let b = a + 1; b < given.length; b++) met.add(`${given[a]} ${given[b]}`);
  }
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
    if (!sameHead(all[i], all[j]) && !met.has(`${i} ${j}`)) return true;
  }
  return false;
}

export function officeDiscrepancies(view: StoryView): Discrepancy[] {
  const out: Discrepancy[] = [];
  // 1. "A is also serving as O" against "A and O" (O a separate official).
  const also = new Map<string, { name: string; office: string; values: Value[] }>();
  const separate = new Map<string, Value[]>();
  for (const doc of view.articles) {
    const body = doc.article.body;
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si];
      const text = body.slice(s.start, s.end);
      if (!/\bas\b/.test(text)) continue;
      const m = ALSO_SERVING.exec(text);
      if (!m) continue;
      const holder = holderBefore(doc, s.start + m.index);
      if (!holder) continue;
      const office = normalise(m[1]);
      const key = `${personKey(view, holder)}|${office}`;
      const name = storyName(view, holder);
      const entry = also.get(key) ?? also.set(key, { name, office, values: [] }).get(key)!;
      addValue(entry.values, `${name.split(/\s+/).pop()} is also serving as ${office}`, doc, s.start + m.index);
    }
    for (const e of doc.entities) {
      if (e.type !== 'PERSON') continue;
      for (const mention of e.mentions) {
        if (mention.kind !== 'name' && mention.kind !== 'alias') continue;
        AND_AFTER.lastIndex = mention.end;
        if (!AND_AFTER.test(body)) continue;
        const m = SEPARATE.exec(body.slice(mention.end, mention.end + 80));
        if (!m) continue;
        const office = normalise(m[1]);
        const key = `${personKey(view, e)}|${office}`;
        // "Secretary Rubio": the title printed before the name.
        const title = /((?:\p{Lu}[\p{L}.-]*\s+){1,2})$/u.exec(body.slice(Math.max(0, mention.start - 40), mention.start));
        const shown = `${title ? title[1] : ''}${mention.text}`.trim();
        const list = separate.get(key) ?? separate.set(key, []).get(key)!;
        addValue(list, `a separate ${m[1].trim()} beside ${shown}`, doc, mention.start);
      }
    }
  }
  for (const [key, a] of also) {
    const b = separate.get(key);
    if (!b) continue;
    const values = disjoint([...a.values, ...b]);
    if (values.length < 2) continue;
    out.push({ id: '', about: `whether ${a.name} is also the ${a.office}`, values });
  }

  // 2. Different offices for one person in different reports.
  const byPerson = new Map<string, { name: string; notes: OfficeNote[] }>();
  for (const doc of view.articles) for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    const key = personKey(view, e);
    const entry = byPerson.get(key) ?? byPerson.set(key, { name: storyName(view, e), notes: [] }).get(key)!;
    entry.notes.push(...officesOf(doc, e).filter((o) => !o.former && !ALSO_SERVING.test(doc.article.body.slice(Math.max(0, o.at - 60), o.at))));
  }
  for (const { name, notes } of byPerson.values()) {
    const heads = new Map<string, Set<string>>(); // article -> heads
    for (const n of notes) {
      const id = n.doc.article.id;
      (heads.get(id) ?? heads.set(id, new Set()).get(id)!).add(headOf(n.office));
    }
    if (heads.size < 2) continue;
    // Group the articles by the office heads they give; a conflict is two heads that never meet.
    const all = [...new Set(notes.map((n) => headOf(n.office)))];
    if (!headsClash(all, heads.values())) continue;
    const values: Value[] = [];
    for (const n of notes) {
      const h = headOf(n.office);
      const existing = values.find((v) => sameHead(headOf(v.value), h));
      addValue(values, existing ? existing.value : n.office, n.doc, n.at);
    }
    const kept = disjoint(values);
    if (kept.length < 2) continue;
    out.push({ id: '', about: `office held by ${name}`, values: kept });
  }
  return out;
}
