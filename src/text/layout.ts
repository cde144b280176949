// Reads the layout of a scraped page's text: which lines are furniture, which is the
// headline, the byline and the dateline, and which paragraphs make the body.
import { classifyLine, isFragment, lineKey, stripBullet } from './boilerplate.ts';
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
    if (verdict.cls === 'boilerplate') removed.push({ line: squeezeSpaces(raw), reason: verdict.reason });
    else if (verdict.cls === 'byline') bylines.push(squeezeSpaces(raw));
    else kept.push(squeezeSpaces(stripBullet(raw)));
  }

  // Headline: the first content line when it reads as a headline and not as a sentence.
  let title: string | null = null;
  const known = opts.knownTitle ? squeezeSpaces(opts.knownTitle).toLowerCase() : null;
  const firstIdx = kept.findIndex((l) => l !== '');
  if (known) {
    const i = kept.findIndex((l) => l.toLowerCase() === known);
    if (i >= 0 && i <= firstIdx + 3) kept.splice(i, 1);
  } else if (firstIdx >= 0 && looksLikeHeadline(kept[firstIdx]) && !parseDateline(kept[firstIdx])) {
    // A headline is followed by more text; a one-line document is all body.
    if (kept.slice(firstIdx + 1).some((l) => l !== '')) {
      title = kept[firstIdx];
      kept.splice(firstIdx, 1);
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
  if (!dateline) {
    for (const b of bylines) {
      dateline = parseDateline(b, { byline: true });
      if (dateline) break;
    }
  }
  return { title, bylines, dateline, paragraphs, removed };
}
