// The recognisers: one regular expression per surface form of English temporal expressions
// (TimeML/TIMEX3 extents: no leading preposition, modifiers such as "early", "about", "the past"
// included), each building the Spec of what it means. Rules are general forms, never sentences.
import type { Spec } from './spec.ts';
import {
  COUNT_RE, DAY_PART_RE, HOLIDAYS, HOLIDAY_RE, MONTH_RE, ORDINAL_WORDS, SEASON_RE, SPAN_UNIT_RE, UNIT_RE,
  WEEKDAY_ABBR_RE, WEEKDAY_RE, countValue, dayPartOf, durationValue, monthNumber, seasonCode, unitOf, weekdayNumber,
  type DayPart,
} from './lexicon.ts';
import { isValidDay } from './calendar.ts';
import { cap, followsNameWord, precedesNameWord, textAfter, wordBefore } from './context.ts';

type Built = { spec: Spec; part?: DayPart | null; mod?: string; start?: number; end?: number } | null;

export interface Rule {
  name: string;
  /** A cheap test a text must pass for the rule to have any chance (skips most paragraphs). */
  needs?: RegExp;
  re: RegExp;
  build(m: RegExpExecArray, text: string): Built;
}

const POS_MOD: Record<string, string> = { early: 'START', late: 'END', mid: 'MID', middle: 'MID', earlier: '', later: '' };
const APPROX_MOD: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX', nearly: 'LESS_THAN',
  almost: 'LESS_THAN', 'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', under: 'LESS_THAN', 'more than': 'MORE_THAN',
  over: 'MORE_THAN', 'at least': 'EQUAL_OR_MORE', 'no more than': 'EQUAL_OR_LESS', 'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS',
};
const APPROX = cap('about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'less than', 'fewer than', 'under', 'more than', 'over', 'at least', 'no more than', 'at most', 'up to');
const POS = String.raw`(?:[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d|\.\d|\s*(?:%|percent|per cent))`;
const YEAR = String.raw`(1[0-9]\d\d|20\d\d)(?![\d%]|\.\d)`;
const END = String.raw`(?![\p{L}\d])`;
const PART = `(${DAY_PART_RE})`;

function modOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const k = word.toLowerCase().replace(/-$/, '');
  return POS_MOD[k] || APPROX_MOD[k] || undefined;
}

const lit = (type: 'DATE' | 'DURATION' | 'SET' | 'TIME', value: string): Spec => ({ k: 'lit', type, value });

/** A month-day(-year) date with an optional weekday joined to it and a part of the day. */
function dayDate(monthWord: string, dayStr: string, yearStr: string | undefined, weekdays: (string | undefined)[], part: string | undefined): Built {
  const month = monthNumber(monthWord);
  const d = Number(dayStr);
  const y = yearStr ? Number(yearStr) : undefined;
  if (!month || !isValidDay(y ?? 2000, month, d)) return null;
  const wdWord = weekdays.find(Boolean);
  const weekday = wdWord ? weekdayNumber(wdWord) : undefined;
  return { spec: { k: 'date', y, m: month, d, weekday }, part: part ? dayPartOf(part) : null };
}

// Words after which a bare month name or season is a date, not a verb or a name.
const DATE_PREPOSITIONS = new Set('in since until till by of from through during before after early late mid last next this between and or to throughout'.split(' '));

function bareMonthOk(text: string, m: RegExpExecArray, monthWord: string, pos: string | undefined): boolean {
  const before = wordBefore(text, m.index).toLowerCase();
  const prepositional = !!pos || DATE_PREPOSITIONS.has(before);
  if (/^(May|March)$/i.test(monthWord) && !prepositional) return false;
  if (monthWord === 'MAY' || monthWord === 'MARCH') return false;
  if (monthWord.toLowerCase() === 'may' && /^\s+(?:be|have|not|also|well|never|still|only|soon)\b/.test(textAfter(text, m.index + m[0].length))) return false;
  if (!prepositional && (followsNameWord(text, m.index) || precedesNameWord(text, m.index + m[0].length))) return false;
  return true;
}

// Days named after a weekday that are not "the last/next such weekday".
const NAMED_DAY = /\b(?:[Bb]lack|[Gg]ood|[Cc]yber|[Ss]uper|[Aa]sh|[Bb]loody|[Pp]alm|[Ee]aster|[Hh]oly|[Mm]aundy|[Gg]iving|[Ff]at|[Ss]hrove|[Ss]mall [Bb]usiness)\s+$/;

// Counted nouns after which a four-digit number is a quantity, not a year.
const COUNTED = /^\s+(?:people|persons|men|women|children|troops|soldiers|police|officers|workers|residents|students|deaths|cases|votes|units|dollars|euros|pounds|yuan|rupees|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|barrels|jobs|homes|houses|cars|vehicles|employees|members|points|pages|words|calories|acres|hectares|rounds|shells|missiles|rockets|sq|square)\b/i;
const QUANTIFIERS = new Set(['about', 'some', 'nearly', 'almost', 'over', 'than', 'least', 'around', 'approximately', 'roughly', 'to', 'only', 'just', 'another', 'additional', 'extra', 'no.', 'number', 'rs', 'rs.', 'us$', 'page', 'article', 'section', 'room', 'flight', 'route', 'highway']);

function bareYearOk(text: string, at: number, y: number): boolean {
  const before = wordBefore(text, at).toLowerCase();
  if (/[$€£#№\d,.:/]/.test(text[at - 1] ?? ' ')) return false;
  if (COUNTED.test(textAfter(text, at + 4))) return false;
  // "from 1990 to 2000" is a year; "up to 2000", "more than 2000" count something.
  const afterYear = before === 'to' && /\b(?:1[0-9]\d\d|20\d\d)\s*(?:to|-)\s*$/.test(text.slice(Math.max(0, at - 12), at));
  if (QUANTIFIERS.has(before) && !afterYear) return false;
  return (y >= 1800 && y <= 2100) || DATE_PREPOSITIONS.has(before);
}

export const RULES: Rule[] = [
  // "Thursday (May 8) evening", "Thu, May 8, 2025", "May 8", "March 22, 2013", "May 8 (Thursday)"
  {
    name: 'month-day',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    re: new RegExp(String.raw`(?:(${WEEKDAY_RE}|${WEEKDAY_ABBR_RE})\s*,?\s*(\()?\s*)?(${MONTH_RE})${END}\s*${DAY}(?:(?:\s*,\s*|\s+)${YEAR})?(\))?(?:\s*,?\s*\((${WEEKDAY_RE})\)|,\s+(${WEEKDAY_RE})${END})?(?:\s+${PART})?`, 'gu'),
    build(m) {
      const r = dayDate(m[3], m[4], m[5], [m[1], m[7], m[8]], m[9]);
      if (!r) return null;
      // A bracket belongs to the expression only with its partner: "Thursday (May 8)", not "today (Nov. 18)".
      if (m[2] && !m[6]) return { ...r, start: m.index + m[0].indexOf(m[3]) };
      if (m[6] && !m[2]) return m[7] || m[8] || m[9] ? null : { ...r, end: m.index + m[0].lastIndexOf(')') };
      return r;
    },
  },
  // "8 May 2025", "the 22nd of March", "Thursday, 8 May"
  {
    name: 'day-month',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    re: new RegExp(String.raw`(?:(${WEEKDAY_RE}|${WEEKDAY_ABBR_RE})\s*,?\s*(\()?\s*)?(?:[Tt]he\s+)?(?<![\d,.])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_RE})${END}(?:,?\s+${YEAR})?(\))?(?:\s+${PART})?`, 'gu'),
    build(m) {
      const r = dayDate(m[4], m[3], m[5], [m[1]], m[7]);
      if (!r) return null;
      if (m[2] && !m[6]) return { ...r, start: m.index + m[0].search(/\d/) };
      if (m[6] && !m[2]) return m[7] ? null : { ...r, end: m.index + m[0].lastIndexOf(')') };
      return r;
    },
  },
  // "March 2013", "early May 2025"
  {
    name: 'month-year',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    re: new RegExp(String.raw`(?:(${POS})[- ]?)?(${MONTH_RE})${END},?\s+(?:of\s+)?${YEAR}`, 'gu'),
    build: (m) => ({ spec: { k: 'date', y: Number(m[3]), m: monthNumber(m[2]) }, mod: modOf(m[1]) }),
  },
  // "in March", "mid-April", "last June", "next May"
  {
    name: 'month',
    needs: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    re: new RegExp(String.raw`(?:\b(${cap('last', 'next', 'this', 'coming', 'past')})\s+)?(?:(${POS})[- ]?)?(${MONTH_RE})${END}`, 'gu'),
    build(m, text) {
      if (/^\s*\d/.test(textAfter(text, m.index + m[0].length, 3))) return null;
      const monthAt = { ...m, index: m.index + m[0].lastIndexOf(m[3]) } as RegExpExecArray;
      if (!bareMonthOk(text, monthAt, m[3], m[2] ?? m[1])) return null;
      const rel = m[1]?.toLowerCase();
      const dir = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'coming' ? 1 : rel === 'this' ? 0 : undefined;
      return { spec: { k: 'date', m: monthNumber(m[3]), rel: dir }, mod: modOf(m[2]) };
    },
  },
  // ISO and numeric dates: 2013-03-22, 3/22/2013, 22/3/2013
  {
    name: 'numeric-date',
    needs: /\d[-/]\d/,
    re: /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d])|(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    build(m) {
      let y: number, mo: number, d: number;
      if (m[1]) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      else {
        const a = Number(m[4]), b = Number(m[5]);
        y = Number(m[6]) + (m[6].length === 2 ? (Number(m[6]) < 50 ? 2000 : 1900) : 0);
        [mo, d] = a > 12 ? [b, a] : [a, b]; // US order unless the first number cannot be a month
      }
      return isValidDay(y, mo, d) ? { spec: { k: 'date', y, m: mo, d } } : null;
    },
  },
  // "2012", "in 1953", "the year 2030"
  {
    name: 'year',
    needs: /\d\d\d\d/,
    re: new RegExp(String.raw`(?<![\p{L}\d'’-])(?:(${POS})[- ]?)?${YEAR}(?:['’]s)?(?![\p{L}\d]|-\d(?!\d(?:\d\d)?(?!\d)))`, 'gu'),
    build(m, text) {
      if (!bareYearOk(text, m.index + m[0].indexOf(m[2]), Number(m[2]))) return null;
      return { spec: { k: 'year', y: Number(m[2]) }, mod: modOf(m[1]) };
    },
  },
  // the second year of a range: "2009-2010", "1957-58"
  {
    name: 'year-range-end',
    needs: /\d\d\s?[-–]\s?\d\d/,
    re: /(?<=(?<![\d.,$])(1[0-9]|20)(\d\d)\s?[-–]\s?)(\d\d(?:\d\d)?)(?![\d%])/g,
    build(m) {
      const first = Number(m[1] + m[2]);
      const y = m[3].length === 4 ? Number(m[3]) : Number(m[1] + m[3]);
      return y > first && y - first < 100 ? { spec: { k: 'year', y } } : null;
    },
  },
  // "fiscal 2013", "fiscal year 2013", "FY2013"
  {
    name: 'fiscal-year',
    needs: /[Ff]iscal|FY/,
    re: /\b(?:[Ff]iscal(?:\s+[Yy]ear)?\s+|FY\s?)(\d{4}|['’]?\d{2})(?!\d)/g,
    build(m) {
      let y = m[1].replace(/['’]/, '');
      if (y.length === 2) y = (Number(y) < 50 ? '20' : '19') + y;
      return { spec: lit('DATE', `FY${y}`) };
    },
  },
  // "the 1990s", "the '90s", "the late 1980s"
  {
    name: 'decade',
    needs: /0['’]?s/,
    re: /(?:\b[Tt]he\s+)?(?:\b(early|mid|late)[- ])?(?<![\d$])(?:(1\d|20)(\d)0|['’](\d)0)['’]?s(?![\p{L}\d])/gu,
    build(m) {
      const value = m[2] ? m[2] + m[3] : (Number(m[4]) >= 2 ? '19' : '20') + m[4];
      return { spec: lit('DATE', value), mod: modOf(m[1]) };
    },
  },
  // "the 20th century", "the twenty-first century"
  {
    name: 'century',
    needs: /[Cc]entury/,
    re: /(?:\b[Tt]he\s+)?(?:\b(early|mid|late)[- ])?\b(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[- ][Cc]entury\b/g,
    build(m) {
      const w = m[2].toLowerCase();
      const ordinal = /^\d/.test(w) ? parseInt(w, 10) : (ORDINAL_WORDS[w] ?? ORDINAL_WORDS[w.replace('twenty-', 'twenty-')] ?? 0);
      if (!ordinal || w === 'last' || w === 'final' || ordinal > 30) return null;
      return { spec: lit('DATE', String(ordinal - 1).padStart(2, '0')), mod: modOf(m[1]) };
    },
  },
  // "Friday", "last Friday", "Friday night", "early Tuesday"
  {
    name: 'weekday',
    needs: /day/,
    re: new RegExp(String.raw`(?:\b(${cap('last', 'next', 'this', 'coming', 'past', 'previous', 'following')})\s+)?(?:\b(${cap('early', 'late')})\s+)?\b(${WEEKDAY_RE})(?!\p{L})(?:['’]s)?(?:\s+${PART}${END})?`, 'gu'),
    build(m, text) {
      const wdAt = m.index + m[0].indexOf(m[3]);
      if (!m[1] && !m[2] && followsNameWord(text, wdAt)) return null;
      // "Black Friday", "Super Tuesday"
      if (NAMED_DAY.test(text.slice(Math.max(0, wdAt - 16), wdAt))) return null;
      // "On Monday Chile cut ties": after a preposition the weekday is a date whatever follows it.
      if (!m[4] && precedesNameWord(text, wdAt + m[3].length) && !/\b(?:on|by|since|until|till|from|before|after)\s+$/i.test(text.slice(Math.max(0, wdAt - 7), wdAt))) return null;
      const relWord = m[1]?.toLowerCase();
      const rel = relWord === 'last' || relWord === 'past' ? 'last' : relWord === 'next' || relWord === 'coming' ? 'next' : relWord === 'this' ? 'this' : null;
      let spec: Extract<Spec, { k: 'weekday' }> = { k: 'weekday', wd: weekdayNumber(m[3]), rel };
      // "the following Monday": counted from the last date mentioned.
      if (relWord === 'previous' || relWord === 'following') spec = { k: 'weekday', wd: spec.wd, rel: relWord === 'previous' ? 'last' : 'next', from: 'ref' };
      // The possessive is not part of the expression.
      const end = m.index + m[0].length - (/['’]s$/.test(m[0]) ? 2 : 0);
      return { spec, part: m[4] ? dayPartOf(m[4]) : null, mod: modOf(m[2]), end };
    },
  },
  // "every Monday" (SET)
  {
    name: 'every-weekday',
    needs: /[Ee](?:very|ach)/,
    re: new RegExp(String.raw`\b${cap('every', 'each')}\s+(${WEEKDAY_RE})`, 'g'),
    build: (m) => ({ spec: lit('SET', `XXXX-WXX-${weekdayNumber(m[1]) || 7}`) }),
  },
  // "today", "yesterday morning", "tonight", "tomorrow's"
  {
    name: 'day-word',
    needs: /to(?:day|night|morrow)|yesterday|To(?:day|night|morrow)|Yesterday/,
    re: new RegExp(String.raw`\b(${cap('today', 'tonight', 'yesterday', 'tomorrow')})(?!\p{L})(?:\s+${PART}${END})?`, 'gu'),
    build(m, text) {
      if (followsNameWord(text, m.index)) return null; // "USA Today"
      const w = m[1].toLowerCase();
      const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      return { spec: { k: 'rel', unit: 'day', n, from: 'dct' }, part: w === 'tonight' ? 'NI' : m[2] ? dayPartOf(m[2]) : null };
    },
  },
  // "fired missiles overnight": a night relative to the report (not "almost overnight", suddenly)
  {
    name: 'overnight',
    needs: /[Oo]vernight/,
    re: /\b[Oo]vernight\b/g,
    build(m, text) {
      if (/\b(?:almost|virtually|practically|seemingly|literally|nearly|not)\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) return null;
      return { spec: { k: 'overnight' } };
    },
  },
  // "the day before yesterday", "the day after tomorrow"
  {
    name: 'day-around',
    needs: /yesterday|tomorrow/,
    re: new RegExp(String.raw`\b${cap('the')}\s+day\s+(before\s+yesterday|after\s+tomorrow)\b`, 'g'),
    build: (m) => ({ spec: { k: 'rel', unit: 'day', n: m[1].startsWith('before') ? -2 : 2, from: 'dct' } }),
  },
  // "this morning", "last night", "that evening"
  {
    name: 'part-of-day',
    needs: /morning|afternoon|evening|night/,
    re: new RegExp(String.raw`\b(${cap('this', 'last', 'that', 'the same', 'the previous', 'the following', 'the next')})\s+(morning|afternoon|evening|night)\b`, 'g'),
    build(m) {
      const w = m[1].toLowerCase();
      const part = dayPartOf(m[2]);
      // "last night" is the night before the report.
      if (w === 'last') return { spec: { k: 'rel', unit: 'day', n: -1, from: 'dct' }, part };
      if (w === 'this') return { spec: { k: 'rel', unit: 'day', n: 0, from: 'dct' }, part };
      const n = w === 'the previous' ? -1 : w === 'the following' || w === 'the next' ? 1 : 0;
      return { spec: { k: 'rel', unit: 'day', n, from: 'ref' }, part };
    },
  },
  // "over the next decade", "during the following year": a stretch of time (TimeML DURATION)
  {
    name: 'extent-of-period',
    needs: /\bthe\s+(?:next|following|coming|past|last|previous|preceding|ensuing)\s/,
    re: /(?<=\b(?:[Oo]ver|[Dd]uring|[Ff]or|[Ww]ithin|[Tt]hroughout)\s+)the\s+(?:next|following|coming|past|last|previous|preceding|ensuing)\s+(day|week|month|year|decade|century)\b/g,
    build: (m) => ({ spec: lit('DURATION', durationValue(1, unitOf(m[1])!)) }),
  },
  // "this week", "last year", "earlier this month", "next weekend", "the following day", "that year", "the past year"
  {
    name: 'relative-unit',
    needs: /\b(?:week|month|year|quarter|decade|century|day|spring|summer|autumn|fall|winter)/,
    re: new RegExp(String.raw`(?:\b(${POS})[- ]?\s*)?\b(${cap('this', 'last', 'next', 'past', 'coming', 'previous', 'following', 'current', 'that', 'the same', 'the previous', 'the following', 'the next', 'the past', 'the last', 'the coming', 'the current', 'the preceding', 'the prior')})\s+(?:(?:fiscal|financial|calendar|school|academic)\s+)?(week|weekend|month|year|quarter|decade|century|day|${SEASON_RE})(?![\p{L}-])`, 'gu'),
    build(m, text) {
      const w = m[2].toLowerCase();
      const unitWord = m[3].toLowerCase();
      const mod = modOf(m[1]);
      if (/^(spring|summer|autumn|fall|winter)$/.test(unitWord)) {
        const rel = /^(?:the )?(?:last|past|previous|preceding|prior)$/.test(w) ? -1 : /^(?:the )?(?:next|coming|following)$/.test(w) ? 1 : 0;
        return { spec: { k: 'season', s: seasonCode(unitWord), rel }, mod };
      }
      const unit = unitWord === 'weekend' ? 'weekend' : unitOf(unitWord)!;
      // "the past year", "the last decade": a stretch of time ending now (TimeML DURATION).
      if ((w === 'the past' || w === 'the last') && unit !== 'weekend' && unit !== 'quarter') {
        if (/^\s+(?:of|before)\b/.test(textAfter(text, m.index + m[0].length))) return null; // "the last day of March"
        return { spec: lit('DURATION', durationValue(1, unit)) };
      }
      if (unit === 'day' && /^(?:this|last|past|current|the current|coming|the coming)$/.test(w)) return null;
      const table: Record<string, [number, 'dct' | 'ref']> = {
        this: [0, 'dct'], current: [0, 'dct'], 'the current': [0, 'dct'], last: [-1, 'dct'], past: [-1, 'dct'],
        next: [1, 'dct'], coming: [1, 'dct'], 'the coming': [1, 'dct'], 'the past': [-1, 'dct'], 'the last': [-1, 'dct'],
        previous: [-1, 'ref'], 'the previous': [-1, 'ref'], 'the preceding': [-1, 'ref'], 'the prior': [-1, 'ref'],
        following: [1, 'ref'], 'the following': [1, 'ref'], 'the next': [1, 'ref'], that: [0, 'ref'], 'the same': [0, 'ref'],
      };
      const [n, from] = table[w];
      // "next day" without an article still means the day after the one being told.
      const fromFixed = unit === 'day' && w === 'next' ? 'ref' : from;
      return { spec: { k: 'rel', unit, n, from: fromFixed }, mod };
    },
  },
  // "the end of the year", "the beginning of the month"
  {
    name: 'position-of-period',
    needs: /\bof the\b/,
    re: /\b([Tt]he\s+(beginning|start|end|middle|close|turn)\s+of\s+the\s+(week|month|year|decade|century))\b/g,
    build(m) {
      const mod = m[2] === 'beginning' || m[2] === 'start' ? 'START' : m[2] === 'middle' ? 'MID' : 'END';
      return { spec: { k: 'rel', unit: unitOf(m[3])!, n: 0, from: 'dct' }, mod };
    },
  },
  // "the weekend", "the holidays" are the nearest in the tense's direction
  {
    name: 'the-weekend',
    needs: /weekend/,
    re: /\b[Tt]he\s+weekend\b/g,
    build: () => ({ spec: { k: 'weekend' } }),
  },
  // "two years ago", "a day earlier", "three weeks later", "a month before". ("eight years from now"
  // is, as TimeML has it, a duration and "now".)
  {
    name: 'count-ago',
    needs: /\b(?:ago|earlier|later|before|after|afterwards?|previously|prior|back)\b/,
    re: new RegExp(String.raw`(?:\b(${APPROX})\s+)?\b(${COUNT_RE})[\s-]+(${UNIT_RE})(\s+and\s+a\s+half)?\s+(ago|earlier|later|before|after|afterwards?|previously|prior|back)(?![\p{L}])`, 'gu'),
    build(m, text) {
      const word = m[5].toLowerCase();
      const after = textAfter(text, m.index + m[0].length);
      // "a month earlier than usual", "two weeks after the attack": the count is a span (TimeML DURATION).
      if (/^\s+than\b/.test(after)) return null;
      if ((word === 'before' || word === 'after' || word === 'prior') && !/^\s*(?:[,.;:!?)"”’]|—|–|-\s|$|and\b|when\b|as\b|but\b|,)/.test(after)) return null;
      if (word === 'back' && !/^\s*(?:[,.;:!?)]|$|in\b|when\b)/.test(after)) return null;
      const unit = unitOf(m[3]);
      let n = countValue(m[2]);
      if (!unit || n == null) return null;
      const future = word === 'later' || word === 'after' || word.startsWith('afterward');
      // "some years ago" is a past time; "days later" a vague span (the duration rule).
      if (n === 'X') return word === 'ago' || word === 'back' ? { spec: lit('DATE', 'PAST_REF') } : null;
      if (m[4]) n += 0.5;
      if (!Number.isInteger(n)) return { spec: lit('DURATION', durationValue(n, unit)), end: m.index + m[0].length - m[5].length - 1 };
      const from = word === 'ago' || word === 'back' ? 'dct' : 'ref';
      return { spec: { k: 'rel', unit, n: future ? n : -n, from }, mod: modOf(m[1]) };
    },
  },
  // "years ago", "decades earlier"
  {
    name: 'vague-ago',
    needs: /\bago\b/,
    re: /\b(years|months|weeks|days|decades|centuries)\s+ago\b/g,
    build: () => ({ spec: lit('DATE', 'PAST_REF') }),
  },
  // "two weeks", "more than a decade", "the past five years", "24-hour", "52-year-old", "3 hours and 7 minutes"
  {
    name: 'duration',
    needs: /second|minute|min|hour|hr|day|week|fortnight|month|quarter|year|yr|decade|centur|millenni/i,
    re: new RegExp(String.raw`(?:\b(${APPROX})\s+(?![Tt]he\b))?(?:\b(${cap('the')})\s+(?:(past|last|next|coming|previous|first|final|following|ensuing|preceding|same|remaining|initial)\s+)?)?\b(${COUNT_RE})(?:[\s-]+(?:more|additional|further|long|straight|consecutive|full|whole|successive|extra|short))?[\s-]+(${SPAN_UNIT_RE})(\s+and\s+a\s+half)?(?:-(long|old)\b|\s+(long|old)\b)?(?![\p{L}\d])`, 'gu'),
    build(m, text) {
      const unit = unitOf(m[5]);
      let n = countValue(m[4]);
      if (!unit || n == null) return null;
      if (m[6]) n = n === 'X' ? n : n + 0.5;
      // Ages ("a 22-year-old", "40 years old") describe people, not times.
      if (m[7] === 'old' || m[8] === 'old') return null;
      const countWord = m[4].toLowerCase();
      const before = wordBefore(text, m.index).toLowerCase();
      // "$5 million a year", "twice a week": a frequency, not a span.
      if ((countWord === 'a' || countWord === 'an') && !m[1] && !m[2]) {
        if (/^(?:once|twice|thrice|times)$/.test(before) || /[\d%]$/.test(before) || /^(?:million|billion|thousand|hundred|trillion|bn|m|percent|cent|each|apiece)$/.test(before))
          return { spec: lit('SET', durationValue(1, unit)) };
        // "a day after", "a year and ..." on their own are too often part of other phrases; keep spans only.
      }
      // "a second motor", "one second slower": an ordinal or a comparison, unless a span is clearly meant.
      if (unit === 'second' && /^(?:a|an|one)$/.test(countWord) && !m[1] && !/^(?:for|in|within|about|just|only|than|half|split|take|takes|took|wait)$/.test(before)) return null;
      if ((countWord === 'one' || countWord === 'a') && unit === 'day' && !m[1] && !m[2] && !/^(?:for|in|within|over|about|just|only|than|per)$/.test(before)) return null;
      return { spec: lit('DURATION', durationValue(n, unit)), mod: modOf(m[1]) };
    },
  },
  // "for years", "within hours", "in recent years", "the past few weeks" (counted by the duration rule), "decades-long"
  {
    name: 'vague-duration',
    needs: /(?:second|minute|hour|day|week|month|year|decade|centurie)s/,
    re: /(?<=\b(?:for|over|within|in|after|took|take|takes|taking|spent|spend|lasted|lasting)\s+)(?:the\s+)?(?:(?:past|last|next|coming|recent)\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\p{L}])|\b(?:[Rr]ecent|[Tt]he\s+(?:past|last|next|coming))\s+(seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\p{L}])|\b(hours|days|weeks|months|years|decades)(?=-long\b)|\b(seconds|minutes|hours|days|weeks|months|years|decades)(?=\s+(?:before|after|later|earlier)\b)/gu,
    build: (m) => ({ spec: lit('DURATION', durationValue('X', unitOf(m[1] ?? m[2] ?? m[3] ?? m[4])!)) }),
  },
  // "every year", "each morning", "every two weeks", "every other day"
  {
    name: 'every',
    needs: /[Ee](?:very|ach)\s/,
    re: new RegExp(String.raw`\b(${cap('every', 'each')})\s+(?:(other|${COUNT_RE})\s+)?(${UNIT_RE}|morning|afternoon|evening|night|${SEASON_RE})\b`, 'g'),
    build(m) {
      const w = m[3].toLowerCase();
      if (/^(spring|summer|autumn|fall|winter)$/.test(w)) return { spec: lit('SET', `XXXX-${seasonCode(w)}`) };
      const part = dayPartOf(w);
      if (part) return { spec: lit('SET', `XXXX-XX-XXT${part}`) };
      const unit = unitOf(w);
      if (!unit) return null;
      const n = m[2] ? (m[2].toLowerCase() === 'other' ? 2 : countValue(m[2])) : 1;
      if (n == null) return null;
      return { spec: lit('SET', durationValue(n, unit)) };
    },
  },
  // "twice a year", "three times a week", "once a month", "per year"
  {
    name: 'frequency',
    needs: /\b(?:times|once|twice|thrice|[Pp]er|[Aa])\s/,
    re: new RegExp(String.raw`\b(?:(once|twice|thrice|(?:${COUNT_RE})\s+times)\s+(?:a|an|per|each|every)|[Pp]er|[Aa]\s+(?=(?:year|month|week|day)\b(?!\s+(?:ago|earlier|later|before|after))))\s+(${UNIT_RE})\b`, 'g'),
    build(m, text) {
      const unit = unitOf(m[2]);
      if (!unit) return null;
      if (!m[1] && /^[Aa]\s/.test(m[0])) {
        // "a year" alone is a frequency only after an amount: "$5 million a year", "30,000 a day".
        const before = wordBefore(text, m.index).toLowerCase();
        if (!(/[\d%]$/.test(before) || /^(?:million|billion|thousand|hundred|trillion|bn|percent|cent|each|apiece)$/.test(before))) return null;
      }
      return { spec: lit('SET', durationValue(1, unit)) };
    },
  },
  // "daily", "annually"... used as adverbs: "meets weekly", "published annually."
  {
    name: 'frequency-adverb',
    needs: /ly\b/,
    re: /\b(daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|fortnightly)\b/gi,
    build(m, text) {
      if (!/^\s*(?:[,.;:!?)"”]|$|and\b|or\b|in\b|at\b|on\b|for\b|from\b|since\b|until\b|by\b|but\b|to\b|with\b|as\b|basis\b|throughout\b|across\b|over\b|through\b|during\b|worldwide\b|nationwide\b)/i.test(textAfter(text, m.index + m[0].length))) return null;
      const w = m[1].toLowerCase();
      const value: Record<string, string> = {
        daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'XXXX-XX-XXTNI', quarterly: 'P1Q', biweekly: 'P2W', fortnightly: 'P2W',
      };
      return { spec: lit('SET', value[w]) };
    },
  },
  // "10 a.m.", "2:30 p.m. ET", "noon", "midnight", "14:30 GMT"; a weekday or day word right after joins it
  {
    name: 'clock',
    needs: /\d\s*[apAP]\.?\s?[mM]|\d:\d\d|noon|midnight|midday|o['’]clock/,
    re: new RegExp(String.raw`(?:(?<![\d:.])(\d{1,2})(?:[:.](\d{2}))?\s*([apAP])\.?\s?[mM]\b\.?(?:\s*\(?(?:[A-Z]{2,4}T|GMT|UTC|local time)\)?)?|(?<![\d:.])(\d{1,2}):(\d{2})(?!:\d)\s*(?:hrs|h\b|GMT|UTC|IST|PKT|CET|EST|EDT|BST|local time)|\b(noon|midnight|midday)\b|(?<![\d:.])(\d{1,2})\s+o['’]clock\b)(?:,?\s+(?:on\s+)?(${WEEKDAY_RE}|today|tonight|tomorrow|yesterday)\b)?`, 'g'),
    build(m) {
      let h: number, mi = 0;
      if (m[1]) {
        h = Number(m[1]) % 12 + (m[3].toLowerCase() === 'p' ? 12 : 0);
        mi = m[2] ? Number(m[2]) : 0;
        if (Number(m[1]) > 12) return null;
      } else if (m[4]) [h, mi] = [Number(m[4]), Number(m[5])];
      else if (m[6]) h = m[6] === 'midnight' ? 24 : 12;
      else h = Number(m[7]);
      if (h > 24 || mi > 59) return null;
      let on: Spec | undefined;
      if (m[8]) {
        const w = m[8].toLowerCase();
        const wd = weekdayNumber(w);
        on = wd >= 0 ? { k: 'weekday', wd, rel: null } : { k: 'rel', unit: 'day', n: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0, from: 'dct' };
      }
      return { spec: { k: 'clock', h, mi, on } };
    },
  },
  // "3:07:35" (a running time, not a time of day)
  {
    name: 'elapsed-time',
    needs: /\d:\d\d:\d\d/,
    re: /(?<![\d:.])(\d{1,2}):(\d{2}):(\d{2})(?![\d:]|\s*[apAP]\.?[mM]\b)/g,
    build: (m) => ({ spec: lit('DURATION', `PT${Number(m[1]) ? `${Number(m[1])}H` : ''}${Number(m[2]) ? `${Number(m[2])}M` : ''}${Number(m[3]) ? `${Number(m[3])}S` : ''}`) }),
  },
  // "summer 2012", "the spring of 2013"
  {
    name: 'season-year',
    needs: /(?:pring|ummer|utumn|all|inter)\s+(?:of\s+)?\d/,
    re: new RegExp(String.raw`(?:\b(${POS})[- ]?)?(?:\b[Tt]he\s+)?\b(${SEASON_RE}|Spring|Summer|Autumn|Fall|Winter)\s+(?:of\s+)?${YEAR}`, 'g'),
    build: (m) => ({ spec: { k: 'season', s: seasonCode(m[2]), y: Number(m[3]) }, mod: modOf(m[1]) }),
  },
  // "in the summer", "by spring", "during the winter"
  {
    name: 'season',
    needs: /spring|summer|autumn|winter|fall/,
    re: new RegExp(String.raw`(?<=\b(?:in|during|by|until|through|over|since|before|after|early|late|mid|this|throughout)[\s-]+)(?:(?:the\s+)?(?:(early|late)\s+)?)(spring|summer|autumn|winter|fall)(?![\p{L}-])`, 'gu'),
    build(m, text) {
      if (m[2] === 'fall' && !/\bthe\s+(?:early\s+|late\s+)?fall$/.test(m[0])) return null;
      if (/^\s+(?:of|season|session|term|semester|games|olympics|school|collection|festival)\b/.test(textAfter(text, m.index + m[0].length))) return null;
      return { spec: { k: 'season', s: seasonCode(m[2]) }, mod: modOf(m[1]) };
    },
  },
  // "the first quarter", "the second half of 2012", "Q3 2013", "first-quarter"
  {
    name: 'quarter',
    needs: /quarter|half|Q[1-4]/,
    re: new RegExp(String.raw`(?:\b[Tt]he\s+)?\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:(?:fiscal|calendar)[\s-]+)?(quarter|half)(?:\s+of\s+(?:(?:fiscal|the)\s+)?(?:${YEAR}|(this|last|next|the)\s+year))?(?![\p{L}])|\bQ([1-4])(?:\s+${YEAR})?\b`, 'gu'),
    build(m) {
      if (m[5]) return { spec: { k: 'part', unit: 'Q', n: Number(m[5]), y: m[6] ? Number(m[6]) : undefined } };
      const word = m[1].toLowerCase();
      const unit = m[2] === 'half' ? 'H' : 'Q';
      if ((word === 'last' || word === 'final') && !m[3] && !m[4]) return null; // "last quarter" is the previous one
      let n = ORDINAL_WORDS[word];
      if (unit === 'H') n = word === 'first' || word === '1st' ? 1 : word === 'second' || word === '2nd' || word === 'last' || word === 'final' ? 2 : 0;
      if (!n) return null;
      const yRel = m[4] ? ({ this: 0, the: 0, last: -1, next: 1 } as Record<string, number>)[m[4]] : undefined;
      return { spec: { k: 'part', unit, n, y: m[3] ? Number(m[3]) : undefined, yRel } };
    },
  },
  // "Christmas", "New Year's Eve 2012"
  {
    name: 'holiday',
    needs: /Christmas|New Year|Valentine|Halloween|Boxing/,
    re: new RegExp(String.raw`\b(${HOLIDAY_RE})(?:,?\s+${YEAR})?`, 'g'),
    build(m) {
      const [mo, d] = HOLIDAYS[m[1].toLowerCase().replace('’', "'")] ?? [0, 0];
      if (!mo) return null;
      return { spec: { k: 'date', m: mo, d, y: m[2] ? Number(m[2]) : undefined } };
    },
  },
  // "now", "currently", "recently", "the past", "the future"
  {
    name: 'reference',
    needs: /now|current|present|these days|recent|lately|past|time|future/i,
    re: /\b(?:(right now|just now|now|currently|presently|nowadays|at present|these days|the present day|the present)|(recently|lately|the recent past|the past|at the time|at that time)|(the near future|the distant future|the future))(?![\p{L}-])/giu,
    build(m, text) {
      if (m[1]?.toLowerCase() === 'now' && (/^\s*(?:-|that\b|and\s+(?:then|again)\b)/.test(textAfter(text, m.index + 3)) || /\bevery\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index)))) return null;
      if (m[2] && /time$/i.test(m[2]) && /^\s+(?:of|when|that|and)\b/.test(textAfter(text, m.index + m[0].length))) return null;
      if (m[2] && /^the past$/i.test(m[2]) && /^\s+(?:\d|few|several|many|two|three|four|five|week|month|year|decade|day)/i.test(textAfter(text, m.index + m[0].length))) return null;
      if (m[3] && /^the future$/i.test(m[3]) && !/\b(?:in|for|into|the)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
      if (m[2] && /^the past$/i.test(m[2]) && !/\b(?:in|from|into|of|than)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
      const value = m[1] ? 'PRESENT_REF' : m[2] ? 'PAST_REF' : 'FUTURE_REF';
      const start = /^(?:right|just) now$/i.test(m[0]) ? m.index : undefined;
      return { spec: lit('DATE', value), start };
    },
  },
];

/** Joins two durations written in a row ("3 hours, 7 minutes" -> PT3H7M) when the units go down; else null. */
export function joinDurations(a: string, b: string): string | null {
  const parse = (v: string) => {
    const m = /^P((?:\d+[YMWD])*)(?:T((?:\d+[HMS])+))?$/.exec(v);
    if (!m) return null;
    const parts: string[] = [];
    for (const x of (m[1] ?? '').match(/\d+[YMWD]/g) ?? []) parts.push(x.slice(-1));
    for (const x of (m[2] ?? '').match(/\d+[HMS]/g) ?? []) parts.push(`T${x.slice(-1)}`);
    return { date: m[1] ?? '', time: m[2] ?? '', parts };
  };
  const pa = parse(a), pb = parse(b);
  if (!pa || !pb || !pa.parts.length || !pb.parts.length) return null;
  const order = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
  const all = [...pa.parts, ...pb.parts].map((u) => order.indexOf(u));
  for (let i = 1; i < all.length; i++) if (all[i] <= all[i - 1]) return null;
  const date = pa.date + pb.date, time = pa.time + pb.time;
  return `P${date}${time ? `T${time}` : ''}`;
}
