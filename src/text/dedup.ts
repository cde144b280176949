// Near-duplicate detection: copies of one wire story share most of their word 5-gram shingles.
// A MinHash signature estimates how much two bodies overlap; banding (LSH) finds the candidates
// without comparing every pair, so a batch of n articles costs O(n), not O(n²).
//
// A body is a near-duplicate of an earlier one when most of ITS shingles are in the earlier body
// (containment): a trimmed or lightly edited copy links to the original, while a longer article
// that merely quotes another keeps its own standing. Chains are flattened: duplicateOf names the
// first copy (the root), so `duplicateOf === null` is all a consumer needs to check.

const SHINGLE = 5;
const BANDS = 21;
const ROWS = 3;
const HASHES = 64; // BANDS * ROWS = 63 rows are banded; all 64 values feed the estimate

/** Share of a body's shingles found in an earlier body above which it counts as a copy. */
export const NEAR_DUPLICATE = 0.8;
/** Bodies with fewer distinct shingles (about 12 words) are too short to judge. */
const MIN_SHINGLES = 8;

export interface Signature {
  /** The minimum of each of HASHES hash functions over the shingles. */
  hashes: Uint32Array;
  /** Number of distinct shingles. */
  size: number;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** FNV-1a hash of each word (letters and digits, case-folded), in order. A hand scanner: regex matching was the cost. */
export function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let isWord: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (isWord) {
        if (!inWord) (h = 0x811c9dc5), (inWord = true);
        h = Math.imul(h ^ c, 0x01000193);
        continue;
      }
    } else {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      isWord = WORD_CHAR.test(ch);
      if (cp > 0xffff) i++;
      if (isWord) {
        if (!inWord) (h = 0x811c9dc5), (inWord = true);
        const lower = ch.toLowerCase();
        for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), 0x01000193);
        continue;
      }
    }
    if (inWord) {
      out.push(h >>> 0);
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** Distinct hashes of the word 5-grams of a text (the whole text as one shingle when shorter). */
export function shingles(text: string): Set<number> {
  const words = wordHashes(text);
  const out = new Set<number>();
  const n = Math.max(1, words.length - SHINGLE + 1);
  if (!words.length) return out;
  if (words.length < SHINGLE) {
    let h = 0;
    for (const w of words) h = fmix(Math.imul(h, 0x9e3779b1) + w);
    out.add(h);
    return out;
  }
  // Five words, each through its own odd multiplier (order matters), mixed once.
  for (let i = 0; i < n; i++)
    out.add(fmix(Math.imul(words[i], 0x9e3779b1) ^ Math.imul(words[i + 1], 0x85ebca6b) ^ Math.imul(words[i + 2], 0xc2b2ae35) ^
      Math.imul(words[i + 3], 0x27d4eb2f) ^ Math.imul(words[i + 4], 0x165667b1)));
  return out;
}

const BUCKET_SHIFT = 32 - Math.log2(HASHES);
const BUCKET_SPAN = 2 ** BUCKET_SHIFT;

/**
 * One-permutation MinHash: each shingle is hashed once; the top bits pick one of HASHES buckets and the
 * bucket keeps its smallest remainder (64 times cheaper than 64 hash functions). Empty buckets borrow
 * from the next filled one, shifted by the distance (densification), so short texts still compare.
 */
export function signature(text: string): Signature {
  const hashes = new Uint32Array(HASHES).fill(0xffffffff);
  const set = shingles(text);
  for (const s of set) {
    const x = s; // already mixed
    const bucket = x >>> BUCKET_SHIFT;
    const v = x & (BUCKET_SPAN - 1);
    if (v < hashes[bucket]) hashes[bucket] = v;
  }
  if (set.size)
    for (let i = 0; i < HASHES; i++) {
      if (hashes[i] !== 0xffffffff) continue;
      // Filled buckets hold values below BUCKET_SPAN; borrowed ones are shifted above it.
      let k = 1;
      while (hashes[(i + k) % HASHES] >= BUCKET_SPAN) k++;
      hashes[i] = hashes[(i + k) % HASHES] + k * BUCKET_SPAN;
    }
  return { hashes, size: set.size };
}

/** Estimated Jaccard similarity of two shingle sets. */
export function similarity(a: Signature, b: Signature): number {
  if (!a.size || !b.size) return 0;
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a.hashes[i] === b.hashes[i]) same++;
  return same / HASHES;
}

/** Estimated share of a's shingles that are also in b. */
export function containment(a: Signature, b: Signature): number {
  const j = similarity(a, b);
  if (!j) return 0;
  const shared = (j / (1 + j)) * (a.size + b.size);
  return Math.min(1, shared / a.size);
}

/** A signature as bytes, for storage: the shingle count, then the hashes. */
export function signatureToBytes(s: Signature): Buffer {
  const words = new Uint32Array(HASHES + 1);
  words[0] = s.size;
  words.set(s.hashes, 1);
  return Buffer.from(words.buffer);
}

export function signatureFromBytes(b: Uint8Array): Signature | null {
  if (b.byteLength !== (HASHES + 1) * 4) return null;
  const words = new Uint32Array(HASHES + 1);
  new Uint8Array(words.buffer).set(b);
  return { size: words[0], hashes: words.slice(1) };
}

interface Entry {
  sig: Signature;
  /** Position in arrival order: a body can only duplicate one that came before it. */
  order: number;
  root: string;
}

/** Finds, for each new body, an earlier body it nearly duplicates. */
export class DuplicateIndex {
  private readonly bands = new Map<string, string[]>();
  private readonly entries = new Map<string, Entry>();
  private nextOrder = 0;

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Registers a body. duplicateOf (when known) makes later copies point at the same root. */
  add(id: string, sig: Signature, duplicateOf: string | null = null): void {
    const old = this.entries.get(id);
    const root = duplicateOf ? this.rootOf(duplicateOf) : id;
    // Re-registered (an article read again): keeps its place in the order, takes the new text.
    if (old) Object.assign(old, { sig, root });
    else this.entries.set(id, { sig, order: this.nextOrder++, root });
    for (const b of bandKeys(sig)) {
      const list = this.bands.get(b);
      if (list) list.push(id);
      else this.bands.set(b, [id]);
    }
  }

  private rootOf(id: string): string {
    return this.entries.get(id)?.root ?? id;
  }

  /**
   * The root of the earliest-best body that `sig` nearly duplicates, or null. With `id`, a body
   * already registered under that id only matches bodies registered before it (so reading the
   * same articles again gives the same links, never a cycle).
   */
  find(sig: Signature, id?: string): string | null {
    if (sig.size < MIN_SHINGLES) return null;
    const self = id ? this.entries.get(id) : undefined;
    const before = self ? self.order : Infinity;
    let best: Entry | null = null;
    let bestScore = 0;
    const seen = new Set<string>();
    for (const b of bandKeys(sig)) {
      const list = this.bands.get(b);
      if (!list) continue;
      for (const other of list) {
        if (other === id || seen.has(other)) continue;
        seen.add(other);
        const e = this.entries.get(other)!;
        if (e.order >= before || e.root === id) continue;
        const c = containment(sig, e.sig);
        if (c < NEAR_DUPLICATE) continue;
        if (!best || c > bestScore || (c === bestScore && e.order < best.order)) [best, bestScore] = [e, c];
      }
    }
    return best ? best.root : null;
  }
}

function bandKeys(sig: Signature): string[] {
  const keys: string[] = [];
  const h = sig.hashes;
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${h[b * ROWS]}:${h[b * ROWS + 1]}:${h[b * ROWS + 2]}`);
  return keys;
}

/**
 * The articles that count at the story level: one per wire story. A near-duplicate is skipped when the
 * article it copies is in the set; when the original is absent, its first copy stands in for it.
 */
export function independentArticles<T extends { id: string; duplicateOf: string | null }>(articles: T[]): T[] {
  const ids = new Set(articles.map((a) => a.id));
  const taken = new Set<string>();
  return articles.filter((a) => {
    if (!a.duplicateOf) return true;
    if (ids.has(a.duplicateOf) || taken.has(a.duplicateOf)) return false;
    taken.add(a.duplicateOf);
    return true;
  });
}
