// The temporal layer of one article: recognise every expression, then normalise them in text
// order so that "a day earlier" can count from the date told just before it.
import type { Sentence, Timex } from '../model.ts';
import type { StoryContext } from '../extract/index.ts';
import { documentAnchor } from './anchor.ts';
import { parseDay } from './calendar.ts';
import { advanceNarrative, resolve, type Narrative } from './normalise.ts';
import { recognise } from './recognise.ts';
import type { Spec } from './spec.ts';
import { tenseAt } from './tense.ts';

export interface TimeInput {
  body: string;
  sentences: Sentence[];
  published: string | null;
}

/** Only expressions whose side of the anchor is open need the tense: weekdays, dates without a year... */
function needsTense(spec: Spec): boolean {
  switch (spec.k) {
    case 'weekday': return spec.rel == null;
    case 'date': return spec.y == null && spec.rel == null;
    case 'season': return spec.y == null && spec.rel == null;
    case 'part': return spec.y == null && spec.yRel == null;
    case 'weekend': return true;
    case 'overnight': return true;
    case 'clock': return true; // a bare clock time in the future is on the report's day, not the story's
    default: return false;
  }
}

/** Index of the sentence holding offset, moving forward from a hint (offsets come in order). */
function sentenceAt(sentences: Sentence[], offset: number, hint: number): number {
  let i = Math.max(0, Math.min(hint, sentences.length - 1));
  while (i > 0 && sentences[i].start > offset) i--;
  while (i + 1 < sentences.length && sentences[i + 1].start <= offset) i++;
  return i;
}

export function extractTimexes(input: TimeInput, ctx?: StoryContext): Timex[] {
  const { body, sentences } = input;
  const found = recognise(body);
  const anchor = documentAnchor(input.published, found, ctx);
  const narrative: Narrative = {};
  const out: Timex[] = [];
  const sentenceOf: number[] = [];
  const tenses: ReturnType<typeof tenseAt>[] = [];
  let hint = 0;
  // Clock times take the day told in their sentence, before or after them (else the day the
  // narrative had reached): resolve them last.
  const clocks: number[] = [];
  const storyDay: Narrative['day'][] = [];
  found.forEach((rec, i) => {
    hint = sentences.length ? sentenceAt(sentences, rec.start, hint) : 0;
    const s = sentences[hint] ?? { start: 0, end: body.length };
    sentenceOf.push(hint);
    const tense = needsTense(rec.spec) ? tenseAt(body, s.start, s.end, rec.start, rec.end) : null;
    tenses.push(tense);
    const r = resolve({ rec, anchor, tense, narrative });
    out.push({ start: rec.start, end: rec.end, text: body.slice(rec.start, rec.end), type: r.type, value: r.value, ...(r.mod ? { mod: r.mod } : {}), anchor: r.anchor, ...(r.anchorIndex != null ? { anchorIndex: r.anchorIndex } : {}) });
    if (rec.spec.k === 'clock') {
      clocks.push(i);
      storyDay[i] = narrative.day;
    }
    else if (r.type === 'DATE' || r.type === 'TIME') advanceNarrative(narrative, r.value, i);
  });
  for (const i of clocks) {
    const rec = found[i];
    let best: { value: NonNullable<ReturnType<typeof parseDay>>; index: number } | undefined;
    let bestDist = Infinity;
    // Only the clock's own sentence is searched: the neighbours before and after it.
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < out.length && sentenceOf[j] === sentenceOf[i]; j += step) {
        const t = out[j];
        if (Math.abs(t.start - rec.start) > 300) break; // run-on texts: stay near the clock
        if (found[j].spec.k === 'clock' || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
        const day = parseDay(t.value);
        const dist = Math.abs(t.start - rec.start);
        if (day && dist < bestDist) [best, bestDist] = [{ value: day, index: j }, dist];
      }
    }
    // No day in its sentence: a clock time told in the past is on the day the story is telling.
    if (!best && tenses[i] !== 'future' && storyDay[i]) best = storyDay[i];
    const r = resolve({ rec, anchor, tense: tenses[i], narrative: {}, sentenceDay: best });
    Object.assign(out[i], { type: r.type, value: r.value, anchor: r.anchor });
    if (r.anchorIndex != null) out[i].anchorIndex = r.anchorIndex;
    if (r.mod) out[i].mod = r.mod;
  }
  return out;
}
