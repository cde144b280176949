// Word tokens with body offsets, and the small closed word classes the clause finder relies on.

export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Position in the sentence's token list. */
  i: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Punctuation or a symbol, not a word. */
  punct: boolean;
}

// Dotted acronyms ("U.S.", "J.D."), words with inner hyphens/apostrophes/dots ("al-Jubeir", "S-400"),
// a possessive "'s" as its own token, numbers, then any other single non-space character.
const TOKEN_RE = /(?:\p{L}\.){2,}|['’]s\b|[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*(?=['’]s\b)|[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m; (m = TOKEN_RE.exec(text)); ) {
    const t = m[0];
    const lower = t.toLowerCase().replace(/’/g, "'");
    out.push({
      text: t, lower, start: offset + m.index, end: offset + m.index + t.length, i: out.length,
      cap: /^\p{Lu}/u.test(t), punct: !/[\p{L}\p{N}]/u.test(t),
    });
  }
  return out;
}

const words = (s: string) => new Set(s.trim().split(/\s+/));

export const PREPOSITIONS = words(`in on at with to of for from by about against between among into onto over under
  during after before since until upon across through toward towards near within without amid amidst inside outside
  behind beyond along around following despite via per including like`);

export const DETERMINERS = words(`the a an this that these those its his her their our my your some any each every
  both all several many few no another other such`);

export const PRONOUNS = words(`he she it they we i him her them us his its their our theirs`);

export const AUXILIARIES = words(`is are was were be been being am has have had having do does did will would shall
  should can could may might must 's 're 've 'd 'll`);

export const NEGATORS = words(`not never no n't neither nor`);

// Words that open a subordinate or relative clause.
export const SUBORDINATORS = words(`that which who whom whose while as because since although though if unless
  whereas when whenever where after before until once`);

export const COORDINATORS = words(`and or but`);

/** Adverbs and fillers that may stand between an auxiliary/subject and a verb. */
export const ADVERBS = words(`also again still already now then later earlier previously reportedly allegedly
  similarly further directly publicly immediately officially formally jointly separately repeatedly once finally
  just recently firmly strongly sharply reportedly purportedly apparently initially subsequently today yesterday
  tonight meanwhile however too even only then once more not never`);

export const isWord = (t: Token | undefined) => !!t && !t.punct;
