// The targets of one side's strikes as the reports describe them: military targets in some,
// explicitly no military targets in others. Read from the statements the parties are quoted with.
import type { Discrepancy } from '../../model.ts';
import { countryByIso3 } from '../../extract/gazetteer/countries.ts';
import { readArticle } from '../claims/candidates.ts';
import { fold } from '../claims/text.ts';
import { addValue, dayNumber, disjoint, type StoryView, type Value } from './shared.ts';

const NOT_MILITARY = /\bnon-?military\b|\bno military (?:targets?|installations?|sites?|facilities|positions)\b|\bnot (?:\w+ ){0,2}military (?:targets?|installations?|sites?)\b/;
const MILITARY = /\bmilitary (?:targets?|installations?|sites?|bases?|air ?bases?|positions|facilities|airfields?)\b|\b(?:air ?bases?|airfields?|gun positions|artillery positions|army posts?|barracks)\b/;
// Noun phrases naming what was aimed at, modifiers included ("non-civilian, non-military targets").
const TARGET_NP = /(?:\b(?:[a-z-]+,?\s+){0,4}?)(?:targets?|camps?|bases?|installations?|infrastructure|positions|sites?|facilities|airfields?)\b/g;
const LEAD = /^(?:the|a|an|several|some|on|at|towards?|to|and|only|exclusively|solely|directed|confined|were|was|conducted|is|are|been|has|have|had|targeted|hit|struck|with|selected)\s+/;

function targetPhrase(text: string, polarity: 1 | -1): string | null {
  const t = fold(text);
  const nps: string[] = [];
  for (const m of t.matchAll(TARGET_NP)) {
    let np = m[0].trim();
    while (LEAD.test(np)) np = np.replace(LEAD, '');
    np = np.replace(/,$/, '');
    if (polarity === 1 && !MILITARY.test(np) && !/\b(?:air ?base|installation|position)/.test(np)) continue;
    if (np.split(/\s+/).length >= 1 && !nps.some((x) => x.includes(np) || np.includes(x))) nps.push(np);
  }
  return nps.length ? nps.slice(0, 2).join(', ') : null;
}

export function targetDiscrepancies(view: StoryView): Discrepancy[] {
  const byAgent = new Map<string, { yes: Value[]; no: Value[]; days: number[] }>();
  for (const doc of view.articles) {
    for (const c of readArticle(doc).candidates) {
      const content = c.content;
      if (!content.agent || !content.topics.has('strike') || content.negated) continue;
      const t = fold(c.text);
      const polarity = NOT_MILITARY.test(t) ? -1 : MILITARY.test(t) ? 1 : 0;
      if (!polarity) continue;
      const phrase = targetPhrase(c.text, polarity);
      if (!phrase) continue;
      const entry = byAgent.get(content.agent) ?? byAgent.set(content.agent, { yes: [], no: [], days: [] }).get(content.agent)!;
      addValue(polarity > 0 ? entry.yes : entry.no, phrase, doc, c.span?.start ?? doc.sentences[c.sentenceIndex].start);
      const d = dayNumber(doc.article.published);
      if (d !== null) entry.days.push(d);
    }
  }
  const out: Discrepancy[] = [];
  for (const [agent, { yes, no, days }] of byAgent) {
    if (!yes.length || !no.length) continue;
    // One news cycle: reports within a week of each other.
    if (days.length && Math.max(...days) - Math.min(...days) > 7) continue;
    const merge = (vs: Value[]): Value => ({
      value: vs[0].value, articles: [...new Set(vs.flatMap((v) => v.articles))], evidence: vs.flatMap((v) => v.evidence),
    });
    const values = disjoint([merge(yes), merge(no)]);
    if (values.length < 2) continue;
    const name = countryByIso3(agent)?.name ?? agent;
    out.push({ id: '', about: `targets of ${name}'s strikes (military targets vs no military targets)`, values });
  }
  return out;
}
