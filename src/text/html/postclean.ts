// Block-level cleaning of an extracted article: general rules on link density, caption and
// call-to-action shapes, repetition and position (furniture gathers before and after the body).
import type { TextBlock } from './blocks.ts';

export interface DroppedBlock {
  text: string;
  reason: string;
}

// Calls to action, cross-links and credits that open a line.
const FURNITURE_OPENING = new RegExp(
  '^(?:' +
    [
      'read (?:more|also|next)\\b', 'also read\\b', 'see (?:more|also)\\b', 'more\\s*:', 'also\\s*:', 'also on\\b',
      'related(?: \\w+)?\\s*:', '\\[related\\b', 'recommended\\s*:', "don'?t miss\\b", 'must read\\b', 'watch\\s*:',
      'click here\\b', 'sign up\\b', 'subscribe\\b', 'follow us\\b', 'like this (?:story|article)\\b',
      'get the latest\\b', 'get (?:\\w+ ){0,3}(?:newsletter|alerts)\\b', 'download (?:our|the) app\\b',
      'advertisement\\b', 'advert\\b', 'sponsored\\b', 'continue reading\\b', 'skip to\\b',
      'copyright\\b', '©', 'all rights reserved\\b', 'this (?:post|article|page) (?:may )?contains? affiliate\\b',
      '\\(?(?:additional )?reporting by\\b', 'follow (?:us|him|her|them|me|@)', 'e-?mail \\p{L}+(?: \\p{L}+)? at\\b',
      'join (?:our|the) .{0,40}(?:forums?|community|conversation)\\b', 'loading\\b', 'have a (?:news )?tip\\b', '(?:writing|editing|edited) by\\b', '(?:file )?photo\\s*:', '(?:image|photo|picture)s? (?:credit|source)\\s*:',
      'credits?\\s*:', '\\(?image\\s*:', 'this (?:website|site) uses cookies\\b', 'we use cookies\\b',
    ].join('|') +
    ')',
  'iu',
);

// Credits that close a caption: "(Image: Getty)", "Credit: EPA", "REUTERS/Name", "(AP Photo/Name)".
const CAPTION_CLOSING =
  /(?:\((?:image|photo|picture|pic|credit|source)s?\s*:[^)]*\)|credits?\s*:\s*[^.!?]{1,60}|\b(?:reuters|afp|ap|epa|getty images?|pti|ians|xinhua)\s*\/\s*[\p{L} .'-]{2,40}|\((?:ap|afp|reuters) photo[^)]*\))\s*$/iu;

// Sign-offs that close a report: "X contributed to this report", "— with reporting by Y".
const CONTRIBUTED = /\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b[^.!?]{0,60}[.!?]?$/iu;

// Gallery counters: "1 of 6", "Image 2 of 5", "3/10".
const COUNTER = /^(?:(?:image|photo|picture|slide|pic)\s+)?\d+\s*(?:of|\/)\s*\d+$/iu;

/** Escaped markup or shortcodes shown as text: editor residue, never prose. */
const MARKUP_RESIDUE = /^(?:<\/?[a-z][\w-]*(?:\s[^>]*)?>|\[\/?[a-z_][\w-]*(?:\s[^\]]*)?\])/i;

const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$|["”’»]$/;

const ROW_TAGS = new Set(['LI', 'TD', 'TH', 'DD', 'DT']);
const isHeading = (b: TextBlock) => /^H[1-6]$/.test(b.tag);

function linkDensity(b: TextBlock): number {
  return b.text.length ? b.linkChars / b.text.length : 0;
}

/** A block that reads as a paragraph of the body: a sentence of some length, or a long run of words. */
export function isBodyLike(b: TextBlock): boolean {
  if (isHeading(b)) return false;
  if (linkDensity(b) > 0.5) return false;
  return (b.words >= 10 && SENTENCE_END.test(b.text)) || b.words >= 25;
}

function blockVerdict(b: TextBlock): string | null {
  const density = linkDensity(b);
  if (density >= 0.8 && b.words <= 80) return 'link text';
  // A sentence with many links is still a sentence; a short run of links is a menu or a teaser.
  if (density > 0.5 && (b.words < 10 || !SENTENCE_END.test(b.text))) return 'link-dense';
  if (!/[\p{L}\p{N}]/u.test(b.text)) return 'no letters';
  if (MARKUP_RESIDUE.test(b.text)) return 'markup residue';
  if (b.words <= 40 && FURNITURE_OPENING.test(b.text)) return 'call to action or credit';
  if (b.words <= 60 && CAPTION_CLOSING.test(b.text)) return 'caption';
  if (b.words <= 40 && CONTRIBUTED.test(b.text)) return 'sign-off';
  if (COUNTER.test(b.text)) return 'counter';
  return null;
}

/**
 * Cleans the blocks of an extracted article: first by shape (link density, captions, calls to
 * action, sign-offs), then by position (around the first and last paragraphs of the body sit
 * headlines, bylines, dates and labels). Repetition is left to the line stage, which sees the
 * whole batch (an article may quote the same line twice).
 */
export function cleanBlocks(blocks: TextBlock[]): { kept: TextBlock[]; dropped: DroppedBlock[] } {
  const dropped: DroppedBlock[] = [];
  const verdicts = blocks.map(blockVerdict);
  const kept: TextBlock[] = [];
  blocks.forEach((b, i) => {
    const reason = verdicts[i];
    if (reason) dropped.push({ text: b.text, reason });
    else kept.push(b);
  });
  const first = kept.findIndex(isBodyLike);
  if (first < 0) return { kept, dropped };
  let last = kept.length - 1;
  while (last > first && !isBodyLike(kept[last])) last--;
  // Before the body: headlines, kickers, bylines, dates (no sentence end), but not list or
  // table rows, which open some articles. After it: short labels ("Comments", "Advert").
  const leadDrop = (b: TextBlock) => (!SENTENCE_END.test(b.text) || isHeading(b)) && !ROW_TAGS.has(b.tag);
  const tailDrop = (b: TextBlock) => b.words <= 4 && !SENTENCE_END.test(b.text);
  // When what precedes the first paragraph outweighs the rest, the page is a list or a table
  // with a stray sentence at the end, not an article with a header: nothing is trimmed before.
  const leadWords = kept.slice(0, first).reduce((n, b) => n + b.words, 0);
  const restWords = kept.slice(first).reduce((n, b) => n + b.words, 0);
  const trimLead = leadWords < restWords;
  const out: TextBlock[] = [];
  kept.forEach((b, i) => {
    if (i < first && trimLead && leadDrop(b)) dropped.push({ text: b.text, reason: 'before the body' });
    else if (i > last && tailDrop(b)) dropped.push({ text: b.text, reason: 'after the body' });
    else out.push(b);
  });
  return { kept: out, dropped };
}
