// The generated corpus of the throughput benchmark and the perf tests: N distinct articles made by
// recombining the body sentences of the shared seed texts (read from ../shared at run time, never copied)
// and of examples/, with a headline, paragraphs of 2-4 sentences and some page furniture. Deterministic.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'corpus', 'seeds');
const EXAMPLES = path.join(ROOT, 'examples');

function sourceTexts(): string[] {
  const texts: string[] = [];
  const read = (dir: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      if (name.endsWith('.txt')) texts.push(readFileSync(file, 'utf8'));
      else if (name.endsWith('.jsonl'))
        for (const line of readFileSync(file, 'utf8').split('\n')) {
          try {
            const rec = JSON.parse(line) as { text?: string };
            if (rec.text) texts.push(rec.text);
          } catch {
            /* not a record */
          }
        }
    }
  };
  read(SEEDS);
  read(EXAMPLES);
  return texts;
}

/** Sentences of the body paragraphs (lines of 12 words or more: page furniture stays out). */
function sentencePool(texts: string[]): string[] {
  const pool = new Set<string>();
  for (const t of texts)
    for (const para of t.split(/\n\s*\n|\n/)) {
      if (para.split(/\s+/).length < 12) continue;
      for (const s of para.trim().split(/(?<=[.!?][”"’]?)\s+(?=[“"‘]?[A-Z])/)) if (s.split(/\s+/).length >= 6) pool.add(s.trim());
    }
  return [...pool];
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const FURNITURE = ['Advertisement', 'Share this article', 'Follow us on social media', 'Also read: related coverage'];

/** Writes `count` articles under dir/000, dir/001 ... (see mkdirs). */
export function generate(dir: string, count: number): { files: number; words: number; sentences: number } {
  const pool = sentencePool(sourceTexts());
  if (pool.length < 50) throw new Error(`only ${pool.length} source sentences: are ../shared/corpus/seeds and examples/ there?`);
  const rnd = prng(20250507);
  const pick = () => pool[Math.floor(rnd() * pool.length)];
  let words = 0;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const lines: string[] = [];
    const head = pick().split(/\s+/).slice(0, 6 + Math.floor(rnd() * 5)).join(' ').replace(/[,.;:]$/, '');
    lines.push(`${head} (report ${i + 1})`);
    if (rnd() < 0.5) lines.push(FURNITURE[Math.floor(rnd() * FURNITURE.length)]);
    const paragraphs = 5 + Math.floor(rnd() * 6);
    for (let p = 0; p < paragraphs; p++) {
      const n = 2 + Math.floor(rnd() * 3);
      lines.push(Array.from({ length: n }, pick).join(' '));
      if (rnd() < 0.05) lines.push(FURNITURE[Math.floor(rnd() * FURNITURE.length)]);
    }
    const text = lines.join('\n\n') + '\n';
    words += text.split(/\s+/).length;
    // 100 files per folder: the directory walk is part of what is measured.
    writeFileSync(path.join(dir, String(Math.floor(i / 100)).padStart(3, '0'), `article-${String(i).padStart(5, '0')}.txt`), text, { flag: 'w' });
  }
  return { files: count, words, sentences: pool.length };
}

/** The folders generate() writes into (100 files each): create them first. */
export function mkdirs(dir: string, count: number): void {
  for (let i = 0; i < Math.ceil(count / 100); i++) mkdirSync(path.join(dir, String(i).padStart(3, '0')), { recursive: true });
}
