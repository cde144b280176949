// The tense governing a temporal expression: the verb marker nearest to it in its sentence,
// a clause boundary (comma, semicolon, dash) counting as distance. "will meet on Monday" is
// future, "met on Monday" and "said Monday" are past; none found is unknown.

export type Tense = 'past' | 'future' | 'present' | null;

const IRREGULAR_PAST =
  'was were had did said told went came took made saw gave began spoke held left fled struck shot won lost fought met ' +
  'sent led brought built bought caught chose drew drove ate fell felt found flew forgot froze got grew heard hid hit hurt ' +
  'kept knew laid lay meant paid put quit ran rang rose sold set shook shut sang sat slept slid spent stood stole stuck ' +
  'swore swept swam threw thought understood woke wore wrote broke became overtook undertook withdrew sought taught ' +
  'arose awoke blew bore bound bred dealt dug fed forbade forgave hung lent lit ' +
  'overthrew oversaw read rode sank split spread sprang strove tore upheld wept wound';

const MARKER = new RegExp(
  String.raw`\b(?:(will|won['’]t|['’]ll|shall|going to|(?:is|are|am|be|was|were)\s+(?:due|scheduled|set|expected|slated|planned|poised|likely|about)\s+to|plans? to|intends? to|upcoming|would|scheduled|slated|expected|planned|postponed|deadline|due)|(${IRREGULAR_PAST.split(' ').join('|')}|\w{2,}ed|has|have|had)|(to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|them|him|me|us|it|date|be|have|be)\b)[a-z]+)|(is|are|am|says|say|remains?|continues?))\b`,
  'gi',
);

const WINDOW = 250;

/** Tense of the clause around [start, end) within the sentence [sStart, sEnd). */
export function tenseAt(text: string, sStart: number, sEnd: number, start: number, end: number): Tense {
  // Verbs far from the expression do not govern it: a window keeps run-on texts linear.
  sStart = Math.max(sStart, start - WINDOW);
  sEnd = Math.min(sEnd, end + WINDOW);
  const sentence = text.slice(sStart, sEnd);
  MARKER.lastIndex = 0;
  let best: Tense = null;
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
    if (m[3] && /^to\s+\p{Lu}/u.test(m[3])) continue;
    // An infinitive after the expression starts a new clause ("meet on Tuesday to discuss"): not its verb.
    if (m[3] && at >= end) continue;
    const tense: Tense = m[1] ? 'future' : m[2] ? 'past' : m[3] ? null : 'present';
    if (cost < bestCost) {
      bestCost = cost;
      best = tense;
    }
  }
  return best;
}
