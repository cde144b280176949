// Near-duplicate detection: copies of one wire story share most word 5-gram shingles.
// MinHash signatures keep the comparison cheap for large batches.

const SHINGLE = 5;
const HASHES = 64;
const SEEDS = Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) >>> 0) | 1);

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  if (!out.size && words.length) out.add(fnv1a(words.join(' ')));
  return out;
}

export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of shingles(text)) {
    for (let i = 0; i < HASHES; i++) {
      const v = (Math.imul(h ^ SEEDS[i], 0x85ebca6b) ^ (h >>> 13)) >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** Estimated Jaccard similarity above which two bodies are copies of one story. */
export const NEAR_DUPLICATE = 0.8;

/** Finds, for each new body, an earlier body it nearly duplicates. Bands of the signature index candidates. */
export class DuplicateIndex {
  private readonly bands = new Map<string, string[]>();
  private readonly sigs = new Map<string, Uint32Array>();

  add(id: string, sig: Uint32Array): void {
    this.sigs.set(id, sig);
    for (const b of bandKeys(sig)) {
      const list = this.bands.get(b);
      if (list) list.push(id);
      else this.bands.set(b, [id]);
    }
  }

  find(sig: Uint32Array, exceptId?: string): string | null {
    let best: string | null = null, bestSim = NEAR_DUPLICATE;
    const seen = new Set<string>();
    for (const b of bandKeys(sig)) {
      for (const id of this.bands.get(b) ?? []) {
        if (id === exceptId || seen.has(id)) continue;
        seen.add(id);
        const s = similarity(sig, this.sigs.get(id)!);
        if (s >= bestSim) [best, bestSim] = [id, s];
      }
    }
    return best;
  }
}

// 16 bands of 4 rows: pairs at Jaccard 0.8 share a band with probability > 0.99.
function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < 16; b++) keys.push(`${b}:${sig[b * 4]},${sig[b * 4 + 1]},${sig[b * 4 + 2]},${sig[b * 4 + 3]}`);
  return keys;
}
