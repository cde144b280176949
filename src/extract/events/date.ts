// The date of an event: asked of the temporal layer for the trigger's span; when it has no answer,
// the nearest calendar timex of the sentence.
import type { AnalyzedArticle, Sentence, Timex } from '../../model.ts';
import { dateForSpan } from '../../time/index.ts';

const CALENDAR = /^\d{4}-\d{2}(?:-\d{2})?/;

export function eventDate(doc: AnalyzedArticle, s: Sentence, start: number, end: number): string | null {
  return dateForSpan(doc, start, end) ?? nearestCalendar(doc.timexes, s, start, end);
}

function nearestCalendar(timexes: Timex[], s: Sentence, start: number, end: number): string | null {
  let best: string | null = null;
  let bestDist = Infinity;
  for (const t of timexes) {
    if (t.end <= s.start || t.start >= s.end || t.type !== 'DATE') continue;
    const m = CALENDAR.exec(t.value);
    if (!m) continue;
    const dist = t.end <= start ? start - t.end : t.start >= end ? t.start - end : 0;
    if (dist < bestDist) { bestDist = dist; best = m[0]; }
  }
  return best;
}

/**
 * Event dates of one article: several events of a sentence often share a trigger span (a call with
 * two partners, an attack and the accusation of it), and the fallback reads only the sentence's own
 * timexes (collected once, in the article's order) instead of all of them per event.
 */
export class ArticleDates {
  private readonly memo = new Map<number, string | null>();
  private bySentence: Timex[][] | null = null;
  constructor(private readonly doc: AnalyzedArticle) {}

  at(si: number, start: number, end: number): string | null {
    // Unique per span: end never exceeds the body's length.
    const key = start * (this.doc.article.body.length + 1) + end;
    let d = this.memo.get(key);
    if (d === undefined) {
      d = dateForSpan(this.doc, start, end) ?? nearestCalendar(this.sentenceTimexes(si), this.doc.sentences[si], start, end);
      this.memo.set(key, d);
    }
    return d;
  }

  /** Timexes overlapping sentence si, in the order of doc.timexes. */
  private sentenceTimexes(si: number): Timex[] {
    if (!this.bySentence) {
      const sentences = this.doc.sentences;
      const by: Timex[][] = sentences.map(() => []);
      for (const t of this.doc.timexes) {
        // First sentence ending after the timex starts, then every sentence it overlaps.
        let lo = 0, hi = sentences.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (sentences[mid].end <= t.start) lo = mid + 1;
          else hi = mid;
        }
        for (let k = lo; k < sentences.length && sentences[k].start < t.end; k++) if (sentences[k].end > t.start) by[k].push(t);
      }
      this.bySentence = by;
    }
    return this.bySentence[si];
  }
}
