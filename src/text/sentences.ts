// Sentence segmentation with character offsets. Paragraph breaks always end a sentence;
// inside a paragraph a sentence ends at . ! ? (plus closing quotes) before an upper-case
// start, unless the period closes an abbreviation or an initial.
import type { Sentence } from '../model.ts';

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt rep sen gov lt.gen brig hon rev fr st mt ' +
    'jr sr co corp inc ltd bros no nos vol pp fig approx est dept univ assn ave blvd rd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'u.s u.k u.n e.u a.m p.m i.e e.g etc vs cf al op ed govt intl natl ft').split(' '),
);
// Abbreviations that normally precede a name or number, so the next capital does not start a sentence.
const PREFIX_ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt rep sen gov brig hon rev fr st mt no nos fig vs'.split(' '),
);

const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.'’-]/u.test(text[i - 1])) i--;
  return text.slice(i, end);
}

function isAbbreviation(word: string): { abbrev: boolean; prefix: boolean } {
  const w = word.toLowerCase().replace(/^[^a-z]+/, '');
  if (!w) return { abbrev: false, prefix: false };
  if (PREFIX_ABBREVIATIONS.has(w)) return { abbrev: true, prefix: true };
  if (ABBREVIATIONS.has(w)) return { abbrev: true, prefix: false };
  // Initials and dotted acronyms: "S", "J.D", "U.S".
  if (/^(?:[a-z]\.)*[a-z]$/.test(w) && word.replace(/\./g, '').length <= 4 && /^[A-Z]/.test(word.replace(/^[^A-Za-z]+/, '')))
    return { abbrev: true, prefix: /^[a-z]$/.test(w) };
  return { abbrev: false, prefix: false };
}

/** Split a body into sentences. Paragraphs are separated by blank lines (or single newlines). */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const paraRe = /[^\n]+/g;
  for (let pm; (pm = paraRe.exec(body)); ) {
    const pStart = pm.index;
    const text = pm[0];
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m; (m = BOUNDARY.exec(text)); ) {
      const punct = m[1];
      const endOfPunct = m.index + punct.length;
      if (punct === '.') {
        const w = wordBefore(text, m.index);
        const { abbrev, prefix } = isAbbreviation(w);
        // An abbreviation ends a sentence only when a clear sentence start follows and it is not a title.
        if (abbrev && (prefix || !/^(?:The|A|An|In|On|He|She|It|They|We|I|But|And|This|That|These|Those|His|Her|Their)\b/.test(text.slice(m.index + m[0].length)))) continue;
      }
      const end = endOfPunct + m[2].length;
      if (text.slice(start, end).trim()) pushSentence(out, body, pStart + start, pStart + end, paragraph);
      start = end + m[3].length;
    }
    if (text.slice(start).trim()) pushSentence(out, body, pStart + start, pStart + text.length, paragraph);
    paragraph++;
  }
  return out;
}

function pushSentence(out: Sentence[], body: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  if (end > start) out.push({ index: out.length, start, end, paragraph });
}

export function sentenceText(body: string, s: Sentence): string {
  return body.slice(s.start, s.end);
}

/** Index of the sentence containing offset, or -1. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
