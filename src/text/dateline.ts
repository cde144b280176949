import { isKnownPlace } from './places.ts';

// Datelines: "New Delhi:", "Washington, May 1:", "ISLAMABAD, May 9 (Reuters) -", and the place
// segment of desk lines ("TIS Desk | Washington DC |").

export interface Dateline {
  place: string;
  /** Month and day printed with the place, year when printed. */
  month: number | null;
  day: number | null;
  year: number | null;
  /** The dateline text as printed, including its separator. */
  text: string;
  /** Agency in brackets after the dateline ("Reuters"), if any. */
  agency: string | null;
}

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const PLACE_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|[A-Z]{2,}\.?)`;
const PLACE = String.raw`${PLACE_WORD}(?:\s+(?:${PLACE_WORD}|of|de|al|el|la))*`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = String.raw`(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`;
// PLACE[, REGION][, DATE] [(AGENCY)] separator: "MEKELLE, Ethiopia —", "NAIROBI, March 4 (Reuters) -".
const LEAD = new RegExp(
  String.raw`^(${PLACE})(?:,\s*(?!${MONTH}\s)(${PLACE}))?(?:,\s*(?:\p{Lu}[\p{L}.]*,\s*)?${DATE})?\s*(?:\(([^)]{2,40})\))?\s*(?::|—|–|\s-)\s+(?=["“‘'(]?[\p{Lu}\p{N}])`,
  'u',
);
// Words that start a sentence with a colon but are not places.
const NOT_PLACES = new Set(['update', 'updated', 'note', 'editor', 'editors', 'warning', 'breaking', 'watch', 'read', 'also', 'exclusive', 'analysis', 'opinion', 'photos', 'video', 'live', 'q', 'a', 'the', 'meanwhile', 'however', 'published', 'posted', 'source', 'sources']);

function monthNumber(m: string): number {
  return MONTHS[m.toLowerCase().replace(/\.$/, '')];
}

function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
    .replace(/\b(Dc|Us|Uk|Uae)\b/g, (m) => m.toUpperCase());
}

export function parseDateline(line: string, opts: { byline?: boolean } = {}): Dateline | null {
  if (opts.byline) return parseDeskLine(line);
  const m = LEAD.exec(line);
  if (!m) return null;
  const place = m[1].trim();
  const words = place.split(/\s+/);
  if (words.length > 4 || NOT_PLACES.has(words[0].toLowerCase())) return null;
  // A second segment is a region or country ("Mekelle, Ethiopia"), never a long phrase.
  if (m[2] && m[2].split(/\s+/).length > 3) return null;
  return {
    place: titleCase(place),
    month: m[3] ? monthNumber(m[3]) : null,
    day: m[4] ? Number(m[4]) : null,
    year: m[5] ? Number(m[5]) : null,
    text: m[0],
    agency: m[6] ?? null,
  };
}

const DESK = /\b(?:desk|bureau|staff|team|news ?room|correspondent|reporter|agencies|web|online|digital|by)\b/i;

/** The place segment of a desk line: "TIS Desk | Washington DC |" -> Washington DC. */
function parseDeskLine(line: string): Dateline | null {
  const segments = line.split('|').map((s) => s.trim()).filter(Boolean);
  for (const seg of segments) {
    if (DESK.test(seg) || /\d/.test(seg)) continue;
    if (!new RegExp(`^${PLACE}$`, 'u').test(seg)) continue;
    if (seg.split(/\s+/).length > 4 || !isKnownPlace(seg)) continue;
    return { place: titleCase(seg), month: null, day: null, year: null, text: seg, agency: null };
  }
  return null;
}
