// Words of English temporal expressions and their meaning: months, weekdays, number words,
// units, parts of the day, seasons. Regex fragments here are plain (no capture groups) so the
// grammar can wrap them as it needs.

export const MONTH_NUMBER: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** Full month names and dotted abbreviations, capitalised (lower-case "may", "march" are verbs). */
export const MONTH_RE = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s*\d))`;

export function monthNumber(word: string): number {
  return MONTH_NUMBER[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export const WEEKDAY_NUMBER: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

export const WEEKDAY_RE = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** Abbreviated weekdays are accepted only inside a date ("Thu, May 8"). */
export const WEEKDAY_ABBR_RE = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?`;

export function weekdayNumber(word: string): number {
  return WEEKDAY_NUMBER[word.toLowerCase().replace(/\.$/, '')] ?? -1;
}

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, single: 1, couple: 2, half: 0.5,
};

/** Vague quantities give an unspecified count (TIMEX3 "X"). */
const VAGUE = new Set(['few', 'several', 'many', 'some', 'numerous', 'dozens', 'hundreds', 'thousands', 'multiple', 'various', 'countless']);

/** Alternation whose words may start with a capital (sentence-initial "Two years"). */
function anyCase(alternatives: string[]): string {
  return alternatives.map((w) => (/^[a-z]/.test(w) ? `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}` : w)).join('|');
}

const UNITS_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const NUMBER_WORD = String.raw`(?:${anyCase([...UNITS_WORDS, 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'])})(?:[- ](?:${UNITS_WORDS.join('|')}))?`;
/** A count: digits, number words, "a", "a few", "several", "a couple of", "a dozen", "two and a half". */
export const COUNT_RE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${NUMBER_WORD}(?: hundred)?|${anyCase(['a couple of', 'a couple', 'couple of', 'a few', 'a dozen', 'dozens of', 'a half', 'half a', 'half an', 'an', 'a', 'few', 'several', 'many', 'some', 'numerous', 'hundreds of', 'thousands of', 'multiple', 'a single'])})(?: and a half)?`;

/** The numeric value of a count, "X" when vague, null when unreadable. */
export function countValue(raw: string): number | 'X' | null {
  let s = raw.toLowerCase().trim();
  let extra = 0;
  if (s.endsWith(' and a half')) {
    extra = 0.5;
    s = s.slice(0, -' and a half'.length);
  }
  s = s.replace(/\s+of$/, '').replace(/^a (?=couple|dozen|few|single)/, '');
  if (s === 'half a' || s === 'half an' || s === 'a half') return 0.5;
  const first = s.split(/\s+/)[0];
  if (VAGUE.has(first) || VAGUE.has(s)) return 'X';
  if (/^\d/.test(s)) return Number(s.replace(/,/g, '')) + extra;
  let total = 0;
  for (const part of s.split(/[- ]+/)) {
    if (part === 'hundred') total = (total || 1) * 100;
    else if (part in SMALL) total += SMALL[part];
    else return null;
  }
  return total + extra;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'millennium';

export const UNIT_RE = String.raw`(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|quarters?|years?|yrs?|decades?|centuries|century|millenni(?:um|a))`;
/** Units that make sense as spans of time on their own (no "quarter", ambiguous with a fourth). */
export const SPAN_UNIT_RE = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century)`;

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (/^sec/.test(w)) return 'second';
  if (/^min/.test(w)) return 'minute';
  if (/^(hour|hr)/.test(w)) return 'hour';
  if (/^day/.test(w)) return 'day';
  if (/^week/.test(w)) return 'week';
  if (/^fortnight/.test(w)) return 'fortnight';
  if (/^month/.test(w)) return 'month';
  if (/^quarter/.test(w)) return 'quarter';
  if (/^(year|yr)/.test(w)) return 'year';
  if (/^decade/.test(w)) return 'decade';
  if (/^centur/.test(w)) return 'century';
  if (/^millenni/.test(w)) return 'millennium';
  return null;
}

/** TIMEX3 duration of n units: P2W, PT5H, P1DE; n "X" for an unspecified count. */
export function durationValue(n: number | 'X', unit: Unit): string {
  if (n !== 'X' && !Number.isInteger(n)) {
    // Fractions go down one unit: "half an hour" PT30M, "a year and a half" P18M.
    const down: Partial<Record<Unit, [Unit, number]>> = {
      hour: ['minute', 60], day: ['hour', 24], week: ['day', 7], month: ['day', 30], year: ['month', 12], decade: ['year', 10], century: ['year', 100],
    };
    const d = down[unit];
    if (d && Number.isInteger(n * d[1])) return durationValue(n * d[1], d[0]);
  }
  const k = n === 'X' ? 'X' : String(n);
  switch (unit) {
    case 'second': return `PT${k}S`;
    case 'minute': return `PT${k}M`;
    case 'hour': return `PT${k}H`;
    case 'day': return `P${k}D`;
    case 'week': return `P${k}W`;
    case 'fortnight': return n === 'X' ? 'PXW' : `P${n * 2}W`;
    case 'month': return `P${k}M`;
    case 'quarter': return n === 'X' ? 'PXQ' : `P${n}Q`;
    case 'year': return `P${k}Y`;
    case 'decade': return `P${k}DE`;
    case 'century': return `P${k}CE`;
    case 'millennium': return `P${k}ML`;
  }
}

export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
export const DAY_PART_RE = String.raw`(?:morning|afternoon|evening|night|midday|overnight)`;

export function dayPartOf(word: string): DayPart | null {
  const w = word.toLowerCase();
  if (w === 'morning') return 'MO';
  if (w === 'afternoon') return 'AF';
  if (w === 'evening') return 'EV';
  if (w === 'night' || w === 'overnight' || w === 'tonight') return 'NI';
  if (w === 'midday') return 'MI';
  return null;
}

export const SEASON_RE = String.raw`(?:spring|summer|autumn|fall|winter)`;
export function seasonCode(word: string): 'SP' | 'SU' | 'FA' | 'WI' {
  const w = word.toLowerCase();
  return w === 'spring' ? 'SP' : w === 'summer' ? 'SU' : w === 'winter' ? 'WI' : 'FA';
}

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, 'twenty-third': 23,
  'twenty-fourth': 24, 'twenty-fifth': 25, 'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28,
  'twenty-ninth': 29, thirtieth: 30, 'thirty-first': 31,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4, final: 4,
};

/** Fixed-date holidays, month and day. */
export const HOLIDAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25], christmas: [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], "valentine's day": [2, 14], halloween: [10, 31], 'boxing day': [12, 26],
};
export const HOLIDAY_RE = String.raw`(?:Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween|Boxing Day)`;
