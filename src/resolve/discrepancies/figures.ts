// Casualty figures for one place and day: reports giving different numbers killed (or wounded) in the
// same place on the same day, whoever they attribute them to. A toll said to have risen or been
// revised is an update, not a contradiction.
import type { AnalyzedArticle, Discrepancy } from '../../model.ts';
import { casualtyFigures } from '../claims/content.ts';
import { REVISION } from '../claims/lexicon.ts';
import { countryOfName } from '../claims/parties.ts';
import { fold, sentenceText } from '../claims/text.ts';
import { dateForSpan } from '../../time/span-date.ts';
import { addValue, dayNumber, disjoint, type StoryView, type Value } from './shared.ts';

// Counts of a whole ("seven civilians", "killing nine"), not of a part ("including four children").
const WHOLE = /\b(?:civilians|people|persons|soldiers|troops|militants|dead)\b|\b(?:killing|killed|kills|wounding|wounded|injuring|injured)\s+(?:at least\s+|about\s+|some\s+)?\S+\s*$/;
const PART = /\b(?:including|among them|of them|of whom)\b/;

interface Report { doc: AnalyzedArticle; si: number; at: number; n: number; what: string; day: number | null; place: string }

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
      // The most specific place the sentence names: a town before its country.
      const named = places.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end && m.kind !== 'pronoun' && m.kind !== 'demonym'));
      const place = named.find((e) => !countryOfName(e.name)) ?? null;
      if (!place) continue;
      const day = dayNumber(dateForSpan(doc, s.start, s.end));
      for (const f of figures) {
        const key = `${place.name.toLowerCase()}|${f.what}`;
        (byPlace.get(key) ?? byPlace.set(key, []).get(key)!).push({ doc, si, at: s.start, n: f.n, what: f.what, day, place: place.name });
      }
    }
  }
  const out: Discrepancy[] = [];
  for (const reports of byPlace.values()) {
    if (new Set(reports.map((r) => r.n)).size < 2) continue;
    // The same day (or undated): one event.
    const days = reports.map((r) => r.day).filter((d): d is number => d !== null);
    if (days.length && Math.max(...days) - Math.min(...days) > 1) continue;
    const values: Value[] = [];
    for (const r of reports) addValue(values, `${r.n} ${r.what}`, r.doc, r.at);
    const kept = disjoint(values);
    if (kept.length < 2) continue;
    out.push({ id: '', about: `number ${reports[0].what} in ${reports[0].place}`, values: kept });
  }
  return out;
}
