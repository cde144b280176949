// Death figures a sentence gives ("killing nine civilians", "31 people were killed", "the death toll rose
// to 11"). Only stated numbers count: "dozens killed" or "casualties" give no figure, and the caller
// must then say the number is unknown rather than write 0.

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const WORD_VALUE = new Map<string, number>();
SMALL.forEach((w, i) => WORD_VALUE.set(w, i));
TENS.forEach((w, i) => {
  if (!w) return;
  WORD_VALUE.set(w, i * 10);
  for (let u = 1; u < 10; u++) WORD_VALUE.set(`${w}-${SMALL[u]}`, i * 10 + u);
});
WORD_VALUE.set('a dozen', 12);

const NUM = `(\\d{1,3}(?:,\\d{3})+|\\d+|a dozen|(?:${TENS.filter(Boolean).join('|')})(?:-(?:${SMALL.slice(1, 10).join('|')}))?|${SMALL.slice(1).join('|')})`;
const QUAL = `(?:at least |more than |over |some |about |around |nearly |almost |up to |as many as )?`;
// "<N> [up to three words] [were|have been|...] killed|dead|died"; the words may not cross punctuation.
const BEFORE_VERB = new RegExp(`\\b${QUAL}${NUM}((?: [A-Za-z'-]+){0,3}?) (?:(?:were|was|have been|had been|are|being|reportedly|been) )*(?:killed|dead|died|lost their lives)\\b`, 'gi');
// "killing <N>", "killed <N>"
const AFTER_VERB = new RegExp(`\\bkill(?:ing|ed|s)\\s+${QUAL}${NUM}\\b`, 'gi');
// "death toll rose to <N>", "toll of <N>"
const TOLL = new RegExp(`\\b(?:death )?toll\\b(?: [a-z]+){0,4}? (?:to|at|of) ${QUAL}${NUM}\\b`, 'gi');

function value(token: string): number | null {
  const t = token.toLowerCase();
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  return WORD_VALUE.get(t) ?? null;
}

export interface Figure {
  count: number;
  /** The words the figure was read from, and where they are in the sentence. */
  text: string;
  start: number;
  end: number;
}

/** Every death figure the sentence states, in order of appearance (years and times are not counted). */
export function deathFigures(sentence: string): Figure[] {
  const found: { at: number; end: number; fig: Figure }[] = [];
  // One phrase read by two patterns ("the toll of four dead") is one figure.
  const overlaps = (at: number, end: number) => found.some((f) => at < f.end && f.at < end);
  for (const re of [BEFORE_VERB, AFTER_VERB, TOLL]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const n = value(m[1]);
      if (n === null || overlaps(m.index, m.index + m[0].length)) continue;
      // "in 2019 killed": a year, not a count; "wounded" between number and verb is a different figure.
      if (/^\d{4}$/.test(m[1]) && n >= 1900 && n <= 2100) continue;
      if (m[2] && /\b(?:wounded|injured|hurt|and|or|in|on|at|since|after)\b/i.test(m[2])) continue;
      found.push({ at: m.index, end: m.index + m[0].length, fig: { count: n, text: m[0].trim(), start: m.index, end: m.index + m[0].length } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.fig);
}

export interface EventFigure extends Figure {
  article: string;
}

export interface EventFatalities {
  /** The lowest figure the sources give for this event (ACLED's conservative rule), or null. */
  count: number | null;
  /** The figures read for the event, one per sentence at most. */
  figures: EventFigure[];
  /** Sentences that give several different figures none of which can be tied to the event. */
  ambiguous: EventFigure[][];
}

/**
 * Death figures of an event from its evidence sentences. A sentence with one figure gives it; a sentence
 * with several different figures ("nine killed in A; three killed in B") gives the one nearest the event's
 * place, and none when the place is not in the sentence (the figures are then reported as ambiguous).
 */
export function eventFatalities(evidence: { articleId: string; text: string }[], location: string | null): EventFatalities {
  const figures: EventFigure[] = [];
  const ambiguous: EventFigure[][] = [];
  for (const v of evidence) {
    const found = deathFigures(v.text).map((f) => ({ ...f, article: v.articleId }));
    if (!found.length) continue;
    if (new Set(found.map((f) => f.count)).size === 1) {
      figures.push(found[0]);
      continue;
    }
    const at = location ? v.text.toLowerCase().indexOf(location.toLowerCase()) : -1;
    if (at < 0) {
      ambiguous.push(found);
      continue;
    }
    const end = at + location!.length;
    const distance = (f: Figure) => (f.end <= at ? at - f.end : f.start >= end ? f.start - end : 0);
    figures.push(found.reduce((best, f) => (distance(f) < distance(best) ? f : best)));
  }
  return { count: figures.length ? Math.min(...figures.map((f) => f.count)) : null, figures, ambiguous };
}
