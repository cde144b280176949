// Casualty figures for one place and day: reports giving different numbers killed (or wounded) in the
// same place on the same day, whoever they attribute them to. A toll said to have risen or been
// revised is an update, not a contradiction.
import type { AnalyzedArticle, Discrepancy } from '../../model.ts';
import { casualtyFigures, thingCounts } from '../claims/content.ts';
import { REVISION } from '../claims/lexicon.ts';
import { countryOfName } from '../claims/parties.ts';
import { fold, sentenceText } from '../claims/text.ts';
import { addValue, dayNumber, disjoint, type StoryView, type Value } from './shared.ts';

// Counts of a whole ("seven civilians", "killing nine"), not of a part ("including four children").
const WHOLE = /\b(?:civilians|people|persons|soldiers|troops|militants|dead)\b|\b(?:killing|killed|kills|wounding|wounded|injuring|injured)\s+(?:at least\s+|about\s+|some\s+)?\S+\s*$/;
const PART = /\b(?:including|among them|of them|of whom)\b/;

// What a strike hit: "when a rocket struck a petrol station", "shells hit the market".
const HIT_TARGET = /\b(?:hit|struck|strikes?|shelled|bombed|landed on|slammed into|targeted)\s+(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?(?:station|school|hospital|clinic|market|mosque|church|temple|pagoda|camp|depot|plant|building|bridge|airport|bus|train|convoy|shelter|factory|warehouse|port|checkpoint))\b/;

interface Report { doc: AnalyzedArticle; si: number; at: number; n: number; what: string; phrase: string; day: number[] | null; place: string; at2: string }

/** Two reports can be of one event: one of them names no day, or they name days at most one apart. */
function sameDays(a: number[] | null, b: number[] | null): boolean {
  return !a || !b || a.some((x) => b.some((y) => Math.abs(x - y) <= 1));
}

export function figureDiscrepancies(view: StoryView): Discrepancy[] {
  const byPlace = new Map<string, Report[]>();
  for (const doc of view.articles) {
    // Places of the article, for the sentences that name them.
    const places = doc.entities.filter((e) => e.type === 'GPE' || e.type === 'FAC' || e.type === 'LOC');
    if (!places.length) continue;
    for (let si = 0; si < doc.sentences.length; si++) {
      const text = sentenceText(doc, si);
      if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)\b/i.test(text)) continue;
      if (!/kill|dead|died|death|wound|injur|casualt|toll/i.test(text)) continue;
      const lower = fold(text);
      if (REVISION.test(lower)) continue;
      const figures = casualtyFigures(text).filter((f) => {
        const i = lower.indexOf(String(f.n));
        return !PART.test(lower.slice(Math.max(0, i - 25), i)) && WHOLE.test(lower);
      });
      if (!figures.length) continue;
      const s = doc.sentences[si];
      // Where: what was hit ("a petrol station") in its country, else the most specific place named.
      const named = places.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end && m.kind !== 'pronoun' && m.kind !== 'demonym'));
      const town = named.find((e) => !countryOfName(e.name)) ?? null;
      const target = HIT_TARGET.exec(lower)?.[1];
      const country = town?.country ?? named.map((e) => e.country).find(Boolean) ?? null;
      const where = target && country ? { key: `${target}|${country}`, label: `the ${target}`, at: 'at' } : town ? { key: town.name.toLowerCase(), label: town.name, at: 'in' } : null;
      if (!where) continue;
      // The day only when the sentence gives one: a later report looking back dates its own sentences otherwise.
      // The days the sentence names ("on Monday night", "in Monday's shelling"): the figure belongs to one of them.
      const days = doc.timexes.filter((t) => t.start >= s.start && t.end <= s.end).map((t) => dayNumber(t.value.slice(0, 10))).filter((d): d is number => d !== null);
      for (const f of figures) {
        const day = days.length ? days : null;
        const key = `${where.key}|${f.what}`;
        (byPlace.get(key) ?? byPlace.set(key, []).get(key)!).push({ doc, si, at: s.start, n: f.n, what: f.what, phrase: f.phrase, day, place: where.label, at2: where.at });
      }
    }
  }
  const out: Discrepancy[] = [];
  for (const reports of byPlace.values()) {
    if (new Set(reports.map((r) => r.n)).size < 2) continue;
    // The same day (or undated): one event.
    if (!reports.every((a) => reports.every((b) => sameDays(a.day, b.day)))) continue;
    // One value per number, worded as the first report words it ("six people were killed at the petrol station").
    const values: Value[] = [];
    const label = new Map<number, string>();
    for (const r of reports) {
      if (!label.has(r.n)) label.set(r.n, `${r.phrase.trim()} ${r.at2} ${r.place}`);
      addValue(values, label.get(r.n)!, r.doc, r.at);
    }
    const kept = disjoint(values);
    if (kept.length < 2) continue;
    out.push({ id: '', about: `number ${reports[0].what} ${reports[0].at2} ${reports[0].place}`, values: kept });
  }
  return out;
}

// ---------- counts of named things ----------

/** The words that make a count specific: a model ("B-2", "F-35") or a demonym ("Rwandan soldiers"). */
function specificOf(phrase: string): string | null {
  const words = phrase.split(/\s+/).slice(1);
  const specific = words.filter((w) => /^\p{Lu}/u.test(w) || /\d/.test(w) && /\p{L}/u.test(w));
  return specific.length ? specific.map((w) => w.toLowerCase()).join(' ') : null;
}

/**
 * The number of the same named things in different reports ("seven B-2 stealth bombers" / "six B-2
 * bombers"; "4,000 Rwandan soldiers" / "7,000 Rwandan soldiers"), within six weeks of each other.
 */
export function countDiscrepancies(view: StoryView): Discrepancy[] {
  const byThing = new Map<string, { doc: AnalyzedArticle; at: number; n: number; phrase: string; day: number | null; label: string }[]>();
  for (const doc of view.articles) {
    const day = dayNumber(doc.article.published);
    for (let si = 0; si < doc.sentences.length; si++) {
      const text = sentenceText(doc, si);
      const counts = thingCounts(text);
      if (!counts.length || REVISION.test(fold(text))) continue;
      for (const c of counts) {
        const specific = specificOf(c.phrase);
        if (!specific) continue;
        const key = `${specific}|${c.what}`;
        const shown = c.phrase.split(/\s+/).slice(1).filter((w) => w.toLowerCase() !== c.what && specific.includes(w.toLowerCase())).join(' ');
        (byThing.get(key) ?? byThing.set(key, []).get(key)!).push({ doc, at: doc.sentences[si].start, n: c.n, phrase: c.phrase.trim(), day, label: `${shown} ${c.what}` });
      }
    }
  }
  const out: Discrepancy[] = [];
  for (const reports of byThing.values()) {
    if (new Set(reports.map((r) => r.n)).size < 2) continue;
    const days = reports.map((r) => r.day).filter((d): d is number => d !== null);
    if (days.length && Math.max(...days) - Math.min(...days) > 45) continue;
    const values: Value[] = [];
    const label = new Map<number, string>();
    for (const r of reports) {
      if (!label.has(r.n)) label.set(r.n, r.phrase);
      addValue(values, label.get(r.n)!, r.doc, r.at);
    }
    const kept = disjoint(values);
    if (kept.length < 2) continue;
    out.push({ id: '', about: `number of ${reports[0].label}`, values: kept });
  }
  return out;
}
