// The entity layer's hand-written token scanner must cut exactly where the regular expression it
// replaced for speed did: checked on random strings over an alphabet of the hard cases (letters of other
// scripts, digits of other scripts, astral letters and symbols, lone surrogates, dots, hyphens,
// apostrophes, odd spaces) and on the seed and example texts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { scanTokens, tokenFeatures } from '../src/extract/entities/tokens.ts';
import { ROOT, SEEDS } from './helpers.ts';

const REFERENCE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\.?|\S/gu;
const reference = (text: string) => [...text.matchAll(REFERENCE)].map((m) => [m.index!, m.index! + m[0].length]);

const ALPHABET = ['a', 'b', 'Z', 'é', 'É', 'ß', '1', '٣', '²', 'Ⅻ', '.', '.', '-', '‐', "'", '’', '_', '$', '—', '"', '“', '(',
  ' ', ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '😀', '𝐀', '\ud800', '\udc00', 'e.', 'U.S.', 'A.', "o'", 'x-'];

test('token scanner: the same tokens as the regular expression on 100,000 random strings', () => {
  let seed = 20250507;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 100_000; k++) {
    let text = '';
    const length = 1 + Math.floor(rnd() * 14);
    for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
    assert.deepEqual(scanTokens(text), reference(text), JSON.stringify(text));
  }
});

test('token scanner: the same tokens as the regular expression on the seed and example texts', () => {
  const dirs = [SEEDS, path.join(ROOT, 'examples')];
  let texts = 0;
  for (const dir of dirs)
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      assert.deepEqual(scanTokens(text), reference(text), name);
      texts++;
    }
  assert.ok(texts >= 10, `${texts} texts read`);
});

// The case features as the regular expressions the table look-ups replaced define them.
const referenceFeatures = (text: string) => {
  if (/^[a-z]+$/.test(text)) return { key: text, word: true, cap: false, acronym: false };
  const word = /^\p{L}/u.test(text);
  const cap = word && /^\p{Lu}/u.test(text);
  const lower = text.toLowerCase();
  const key = /[.’]/.test(lower) ? lower.replace(/[’]/g, "'").replace(/\.(?=.)/g, '').replace(/\.$/, '') : lower;
  const acronym = cap && !/\p{Ll}/u.test(text) && text.replace(/[^\p{L}]/gu, '').length >= 2;
  return { key, word, cap, acronym };
};

test('token features: the same key and case features as the regular expressions on 100,000 random strings', () => {
  let seed = 20251129;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const letters = [...ALPHABET, 'İ', 'ǅ', 'Σ', 'σ', 'ß', 'Ω', 'ω', '𝐚', '\ud835'];
  for (let k = 0; k < 100_000; k++) {
    let text = '';
    const length = 1 + Math.floor(rnd() * 8);
    for (let i = 0; i < length; i++) text += letters[Math.floor(rnd() * letters.length)];
    assert.deepEqual(tokenFeatures(text), referenceFeatures(text), JSON.stringify(text));
  }
});
