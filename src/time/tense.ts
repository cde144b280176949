// The tense governing a temporal expression: the verb marker nearest to it in its sentence,
// a clause boundary (comma, semicolon, dash) counting as distance. "will meet on Monday" is
// future, "met on Monday" and "said Monday" are past, "are to meet on Monday" (be to) is future;
// none found is unknown.

export type Tense = 'past' | 'future' | 'present' | null;

const IRREGULAR_PAST =
  'was were had did said told went came took made saw gave began spoke held left fled struck shot won lost fought met ' +
  'sent led brought built bought caught chose drew drove ate fell felt found flew forgot froze got grew heard hid hit hurt ' +
  'kept knew laid lay meant paid put quit ran rang rose sold set shook shut sang sat slept slid spent stood stole stuck ' +
  'swore swept swam threw thought understood woke wore wrote broke became overtook undertook withdrew sought taught ' +
  'arose awoke blew bore bound bred dealt dug fed forbade forgave hung lent lit ' +
  'overthrew oversaw read rode sank split spread sprang strove tore upheld wept wound';

/** The irregular past forms as a regex alternation. */
export const IRREGULAR_PAST_WORDS = IRREGULAR_PAST.split(' ').join('|');

const MARKER = new RegExp(
  String.raw`\b(?:(will|won['’]t|['’]ll|shall|going to|(?:is|are|am|be|was|were)\s+(?:due|scheduled|set|expected|slated|planned|poised|likely|about)\s+to|(?:is|are|am)\s+to\s+[a-z]+|plans? to|intends? to|upcoming|would|scheduled|slated|expected|planned|postponed|deadline|due)|(${IRREGULAR_PAST.split(' ').join('|')}|\w{2,}ed|has|have|had)|(to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|them|him|me|us|it|date|be|have|both|all|each|any|some|no|every|many|several|more|most|other|another|such|one|two|three)\b)[a-z]+)|(is|are|am|says|say|remains?|continues?))\b`,
  'gi',
);

const WINDOW = 250;

interface Governing {
  tense: Tense;
  /** Offsets of the marker in the text. */
  at: number;
  end: number;
}

/** The verb marker governing [start, end) within the sentence [sStart, sEnd), or null. */
function governing(text: string, sStart: number, sEnd: number, start: number, end: number, finiteOnly = false): Governing | null {
  // Verbs far from the expression do not govern it: a window keeps run-on texts linear.
  sStart = Math.max(sStart, start - WINDOW);
  sEnd = Math.min(sEnd, end + WINDOW);
  const sentence = text.slice(sStart, sEnd);
  MARKER.lastIndex = 0;
  let best: Governing | null = null;
  let bestCost = Infinity;
  for (let m; (m = MARKER.exec(sentence)); ) {
    const at = sStart + m.index;
    const atEnd = at + m[0].length;
    if (at < end && atEnd > start) continue; // inside the expression ("scheduled" in a name)
    const [from, to] = atEnd <= start ? [atEnd, start] : [end, at];
    const between = text.slice(from, to);
    // Each clause boundary crossed weighs like a long stretch of words.
    // An adjunct follows its verb in English: a marker after the expression counts only when none precedes it.
    const cost = between.length + 60 * (between.match(/[,;:—–()“”"]|\s-\s/g)?.length ?? 0) + (at >= end ? 200 : 0);
    // A participle after "be" is a passive: the auxiliary carries the tense.
    if (m[2] && !/^ha[sdv]/i.test(m[2]) && /\b(?:be|been|being)\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    // An infinitive ("to run through June") has no tense of its own: unknown. "to Turkey" is no verb.
    if (m[3] && (finiteOnly || /^to\s+\p{Lu}/u.test(m[3]))) continue;
    // An infinitive after the expression starts a new clause ("meet on Tuesday to discuss"): not its verb.
    if (m[3] && at >= end) continue;
    const tense: Tense = m[1] ? 'future' : m[2] ? 'past' : m[3] ? null : 'present';
    if (cost < bestCost) {
      bestCost = cost;
      best = { tense, at, end: atEnd };
    }
  }
  return best;
}

/** Tense of the clause around [start, end) within the sentence [sStart, sEnd). */
export function tenseAt(text: string, sStart: number, sEnd: number, start: number, end: number): Tense {
  return governing(text, sStart, sEnd, start, end)?.tense ?? null;
}

const PARTICIPLE = String.raw`(?:${IRREGULAR_PAST.split(' ').join('|')}|\w{2,}(?:ed|en)|been|done|gone|seen|spoken|taken|given|driven|broken|chosen|fallen|shown|thrown|flown|drawn|grown|known|withdrawn|begun|won|struck)`;
const HAD_BEFORE = /\bhad\s+(?:(?:not|never|already|also|just|since|earlier|previously)\s+)?$/i;
const PARTICIPLE_AFTER = new RegExp(String.raw`^\s+(?:(?:not|never|already|also|just|since|earlier|previously)\s+)?${PARTICIPLE}\b`, 'i');

/**
 * True when the verb governing [start, end) is a past perfect ("had spoken a day earlier",
 * "had called them on Thursday"): the clause tells something before the story's current time.
 */
export function pluperfectAt(text: string, sStart: number, sEnd: number, start: number, end: number): boolean {
  const g = governing(text, sStart, sEnd, start, end, true);
  if (!g || g.tense !== 'past') return false;
  const word = text.slice(g.at, g.end);
  if (/^had$/i.test(word)) return PARTICIPLE_AFTER.test(text.slice(g.end, g.end + 40));
  return HAD_BEFORE.test(text.slice(Math.max(0, g.at - 30), g.at));
}

// Present-tense verbs of saying and stance that are never plural nouns ("Rwanda denies ...").
const PRESENT_STATEMENT = new Set(
  ('says denies accuses insists maintains rejects warns urges blames condemns vows threatens dismisses disputes ' +
    'acknowledges admits confirms alleges argues asserts contends reiterates stresses welcomes refuses').split(' '),
);
// Ambiguous with plural nouns ("air strikes", "the claims"): present only after a name or pronoun.
const PRESENT_AFTER_SUBJECT = new Set('calls claims demands strikes attacks hits backs supports says wants offers plans'.split(' '));
const SUBJECT_PRONOUN = /^(?:he|she|it|who|which|that|also|now|still|again|strongly|firmly|flatly|categorically)$/i;
const FUTURE_BEFORE = /\b(?:will|won['’]t|shall|['’]ll|going\s+to|(?:is|are|am|be)\s+(?:(?:due|scheduled|set|expected|slated|planned|poised|likely|about)\s+)?to|plans?\s+to|intends?\s+to)\s+(?:\w+\s+){0,2}$/i;
const PAST_BEFORE = /\b(?:had|has|have|was|were|did)\s+(?:\w+\s+){0,2}$/i;

/** The words of a span (at most four) with their offsets. */
function spanWords(text: string, start: number, end: number): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  const re = /[\p{L}'’]+/gu;
  const part = text.slice(start, end);
  for (let m; out.length < 4 && (m = re.exec(part)); ) out.push({ word: m[0].toLowerCase(), at: start + m.index });
  return out;
}

/**
 * The tense of an event's own words (a trigger such as "denies", "fired", "are to meet"): future
 * after a modal or "be to"; present for a present-tense statement in a main clause; past for a
 * past form or after an auxiliary; else unknown (nouns).
 */
export function spanTense(text: string, sStart: number, start: number, end: number): Tense {
  const words = spanWords(text, start, end);
  if (!words.length) return null;
  const lead = words[0];
  const before = text.slice(Math.max(sStart, lead.at - 50), lead.at);
  if (FUTURE_BEFORE.test(before)) return 'future';
  if (PAST_BEFORE.test(before) || words.some((w) => /ed$/.test(w.word) || IRREGULAR_SET.has(w.word))) return 'past';
  const prev = /([\p{L}'’.-]+)\s+$/u.exec(before)?.[1] ?? '';
  const present = PRESENT_STATEMENT.has(lead.word) ||
    (PRESENT_AFTER_SUBJECT.has(lead.word) && ((/^\p{Lu}/u.test(prev) && !DETERMINER.test(prev)) || SUBJECT_PRONOUN.test(prev)));
  // A present tense in a subordinate clause ("as India accuses ...", "a figure that India disputes")
  // describes the situation around the news, not a statement of the day.
  if (present) return SUBORDINATE.test(clauseBefore(text, sStart, lead.at)) ? null : 'present';
  // A noun ("the talks planned for Sunday") has no tense of its own: the clause's verb may be another's.
  return null;
}

const IRREGULAR_SET = new Set(IRREGULAR_PAST.split(' '));
const HAS_BEFORE = /\b(?:has|have)\s+(?:(?:not|never|already|also|just|since|reportedly|repeatedly|directly|now|again|previously|long|so far|been)\s+)*$/i;
const PARTICIPLE_WORD = new RegExp(`^${PARTICIPLE}$`, 'i');

/** "has rejected", "have been killed": a present perfect places its event in the past without a day. */
export function presentPerfectSpan(text: string, sStart: number, start: number, end: number): boolean {
  const participle = spanWords(text, start, end).find((w) => PARTICIPLE_WORD.test(w.word));
  return !!participle && HAS_BEFORE.test(text.slice(Math.max(sStart, participle.at - 50), participle.at));
}
const DETERMINER = /^(?:The|A|An|Its|Their|His|Her|Our|This|These|Those)$/;
const SUBORDINATE = /\b(?:as|while|since|because|although|though|whereas|when|if|unless|that|which|who|whom|whose|where)\b/i;

/** The words of the clause before `start`: back to the last clause mark or the sentence start. */
function clauseBefore(text: string, sStart: number, start: number): string {
  const before = text.slice(Math.max(sStart, start - 160), start);
  const mark = Math.max(...[',', ';', ':', '—', '–', '(', '“', '"'].map((c) => before.lastIndexOf(c)));
  return before.slice(mark + 1);
}
