// Small text helpers shared by the claim and discrepancy resolvers: sentences, evidence records,
// content words for comparing two statements.
import type { AnalyzedArticle, Evidence } from '../../model.ts';
import { STOPWORDS } from './lexicon.ts';

// The texts of an article's sentences, cut once: the readers look each up in their memories, and one
// string per sentence is hashed once.
const TEXTS = new WeakMap<AnalyzedArticle['sentences'], { body: string; texts: string[] }>();

export function sentenceText(doc: AnalyzedArticle, i: number): string {
  const body = doc.article.body;
  let cut = TEXTS.get(doc.sentences);
  if (!cut || cut.body !== body) TEXTS.set(doc.sentences, (cut = { body, texts: doc.sentences.map((s) => body.slice(s.start, s.end)) }));
  return cut.texts[i] ?? '';
}

export function evidenceOf(doc: AnalyzedArticle, sentenceIndex: number): Evidence {
  const s = doc.sentences[sentenceIndex];
  return { articleId: doc.article.id, sentenceIndex, start: s.start, end: s.end, text: doc.article.body.slice(s.start, s.end) };
}

/** Index of the sentence holding `offset` (the last one starting at or before it). */
export function sentenceIndexAt(doc: AnalyzedArticle, offset: number): number {
  const ss = doc.sentences;
  let lo = 0, hi = ss.length - 1, best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/** Lower case with straight apostrophes and quotes. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

export function wordsOf(s: string): string[] {
  return fold(s).match(WORD_RE) ?? [];
}

/** A crude stem: enough to match "killed"/"killing", "strikes"/"strike", "civilians"/"civilian". */
export function stem(w: string): string {
  w = w.replace(/'s$/, '');
  if (w.length <= 4) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/ing$/.test(w) && w.length > 6) return w.slice(0, -3).replace(/([^aeiou])\1$/, '$1');
  if (/ed$/.test(w) && w.length > 5) return w.slice(0, -2).replace(/([^aeiou])\1$/, '$1').replace(/i$/, 'y');
  if (/es$/.test(w) && /(?:sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Stems of the content words of a text. */
export function contentStems(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of wordsOf(s)) if (!STOPWORDS.has(w) && w.length > 1) out.add(stem(w));
  return out;
}

/** Shared share of the smaller set (overlap coefficient). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (big.has(x)) n++;
  return n / small.size;
}

export function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Collapses spaces and trims quotes, dashes and commas off the ends of a proposition. */
export function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s"“”'‘’,;:—–-]+/, '').replace(/[\s"“”'‘’,;:—–-]+$/, '').trim();
}

export function uniqueBy<T>(items: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A pure function of a text, its answers remembered: reports repeat sentences and quotes word for word
 * (wire copies, the same statement in many reports), and the claim readers run many patterns over each.
 */
export function remember<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let v = memo.get(text);
    if (v === undefined && !memo.has(text)) {
      if (memo.size >= limit) memo.clear();
      memo.set(text, (v = compute(text)));
    }
    return v as T;
  };
}
