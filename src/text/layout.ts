// Reads the layout of a scraped page's text: which lines are furniture, which is the
// headline, the byline and the dateline, and which paragraphs make the body.
import { classifyLine, isFragment, lineKey, RELATED_HEADING, stripBullet } from './boilerplate.ts';
import { countWords, squeezeSpaces } from './normalize.ts';
import { parseDateline, type Dateline } from './dateline.ts';

export interface Layout {
  title: string | null;
  /** Byline or desk lines ("TIS Desk | Washington DC |", "By Jane Doe"). */
  bylines: string[];
  dateline: Dateline | null;
  paragraphs: string[];
  removed: { line: string; reason: string }[];
}

export interface LayoutOptions {
  /** Title supplied by metadata: it is not looked for in the text, and a copy of it is dropped. */
  knownTitle?: string | null;
  /** Keys (lineKey) of short lines seen in other documents of the same site. */
  siteLineCounts?: Map<string, number>;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/** A line that reads as running text: a sentence of some length, or a paragraph opened by a dateline. */
function isBodySentence(line: string): boolean {
  return !!line && ((SENTENCE_END.test(line) && countWords(line) >= 8) || !!parseDateline(line));
}

function looksLikeHeadline(line: string): boolean {
  const words = countWords(line);
  return words >= 3 && words <= 30 && !SENTENCE_END.test(line) && /^["'“‘]?[\p{Lu}\p{N}]/u.test(line);
}

export function readLayout(text: string, opts: LayoutOptions = {}): Layout {
  const lines = text.split('\n');
  const inDoc = new Map<string, number>();
  for (const l of lines) {
    const k = lineKey(l);
    if (k) inDoc.set(k, (inDoc.get(k) ?? 0) + 1);
  }
  const removed: Layout['removed'] = [];
  const bylines: string[] = [];
  const kept: string[] = [];
  // After a "Related articles" heading below the body's start, headline-like lines link to other
  // stories, up to the next sentence. (Above the body such headings are navigation, and the headline follows.)
  let inRelated = false;
  let seenBody = false;
  for (const raw of lines) {
    const key = lineKey(raw);
    if (!key) {
      kept.push('');
      continue;
    }
    const verdict = classifyLine(raw, {
      repeatsInDoc: inDoc.get(key) ?? 0,
      repeatsAcrossSite: opts.siteLineCounts?.get(key) ?? 0,
    });
    if (RELATED_HEADING.test(key)) inRelated = seenBody;
    else if (verdict.cls === 'content') {
      seenBody ||= isBodySentence(squeezeSpaces(raw));
      if (inRelated && !SENTENCE_END.test(key) && countWords(key) <= 20) {
        removed.push({ line: squeezeSpaces(raw), reason: 'related link' });
        continue;
      }
      inRelated = false;
    }
    if (verdict.cls === 'boilerplate') removed.push({ line: squeezeSpaces(raw), reason: verdict.reason });
    else if (verdict.cls === 'byline') bylines.push(squeezeSpaces(raw));
    else kept.push(squeezeSpaces(stripBullet(raw)));
  }

  // Headline: the headline-like line closest above the first body sentence. Lines above it
  // (site name, section links, a date stamp) are masthead furniture.
  let title: string | null = null;
  const known = opts.knownTitle ? squeezeSpaces(opts.knownTitle).toLowerCase() : null;
  const bodyStart = kept.findIndex(isBodySentence);
  const lead = bodyStart < 0 ? kept.length : bodyStart;
  if (known) {
    const i = kept.findIndex((l, j) => j <= lead && l.toLowerCase() === known);
    if (i >= 0) kept.splice(i, 1);
  } else if (bodyStart > 0) {
    let t = -1;
    for (let i = 0; i < bodyStart; i++) if (kept[i] && looksLikeHeadline(kept[i])) t = i;
    if (t >= 0) {
      title = kept[t];
      for (let i = 0; i < t; i++) if (kept[i]) removed.push({ line: kept[i], reason: 'masthead above the headline' });
      kept.splice(0, t + 1);
    }
  }

  // Paragraphs: a line is a paragraph (scraped text wraps a paragraph to one line);
  // fragments of one to three words without sentence punctuation are labels and navigation.
  const paragraphs: string[] = [];
  for (const l of kept) {
    if (!l) continue;
    if (isFragment(l)) {
      removed.push({ line: l, reason: 'fragment' });
      continue;
    }
    paragraphs.push(l);
  }

  let dateline: Dateline | null = null;
  if (paragraphs.length) dateline = parseDateline(paragraphs[0]);
  if (dateline?.agency) {
    // The agency credit in a dateline ("DOHA, June 24 (Gulf Telegraph) –") is byline matter, not text.
    const credit = `(${dateline.agency})`;
    const at = paragraphs[0].indexOf(credit);
    if (at >= 0 && at < dateline.text.length) {
      paragraphs[0] = (paragraphs[0].slice(0, at).trimEnd() + ' ' + paragraphs[0].slice(at + credit.length).trimStart()).replace(/ ([,:])/, '$1');
      removed.push({ line: credit, reason: 'agency credit in the dateline' });
      dateline = { ...dateline, text: dateline.text.replace(credit, '').replace(/\s{2,}/g, ' ') };
    }
  }
  if (!dateline) {
    for (const b of bylines) {
      dateline = parseDateline(b, { byline: true });
      if (dateline) break;
    }
  }
  return { title, bylines, dateline, paragraphs, removed };
}
