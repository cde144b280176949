// Identity and duplicates: exact copies dropped, near-duplicate wire copies linked to their first copy,
// within a batch and across runs, never in a cycle; the story level can tell which articles count.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { RawDocument } from '../src/model.ts';
import { analyzeIntoStore, cleanBatch } from '../src/pipeline.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import {
  containment, DuplicateIndex, independentArticles, signature, signatureFromBytes, signatureToBytes, similarity, wordHashes,
} from '../src/text/dedup.ts';
import { tempDir } from './helpers.ts';
import { FLOOD_PARAGRAPHS, TRADE_PARAGRAPHS, write } from './ingest-fixtures.ts';

const doc = (id: string, paragraphs: string[]): RawDocument => ({
  source: `${id}.txt`, kind: 'text', id, url: null, text: paragraphs.join('\n\n'), meta: {},
});
const flood = FLOOD_PARAGRAPHS;
/** A wire copy as another outlet runs it: its own headline, the last two paragraphs cut, one word changed. */
const trimmedCopy = [
  'Thousands leave homes as river rises',
  ...flood.slice(0, 6).map((p, i) => (i === 3 ? p.replace('forty millimetres', '40 millimetres') : p)),
];
/** A longer analysis that quotes two paragraphs of the wire story and adds its own. */
const analysis = [
  'Three years after the last great flood, the towns along the Velna are asking why so little has changed, and who should pay for the walls that were promised.',
  'Residents describe the same routine every spring: sandbags at the doors, valuables carried upstairs, cars moved to the school car park on the hill.',
  'Local councils say they lack the money to maintain embankments built decades ago, while the ministry says the councils never applied for the funds on offer.',
  flood[1],
  flood[2],
  'Engineers who inspected the embankments last year said the weakest sections were near the railway bridge, where the river bends sharply.',
];

test('word hashing matches a Unicode word split, case-folded', () => {
  const text = 'Zoë MÜLLER, 42 ans — said: “Ça va”; the U.N. (New-York) 北京 𝐀𝐁 done.';
  assert.equal(wordHashes(text).length, text.match(/[\p{L}\p{N}]+/gu)!.length);
  assert.deepEqual(wordHashes('Zoë MÜLLER'), wordHashes('zoë müller'));
  assert.notDeepEqual(wordHashes('river bank'), wordHashes('river bend'));
});

test('signatures: identical texts match, a trimmed copy is contained, unrelated texts are apart', () => {
  const a = signature(flood.join('\n\n'));
  assert.equal(similarity(a, signature(flood.join('\n\n'))), 1);
  const copy = signature(trimmedCopy.join('\n\n'));
  assert.ok(containment(copy, a) >= 0.85, `copy in original: ${containment(copy, a)}`);
  assert.ok(containment(a, copy) < 0.85, 'the original is not contained in the shorter copy');
  assert.ok(similarity(a, signature(TRADE_PARAGRAPHS.join('\n\n'))) < 0.1);
  assert.deepEqual(signatureFromBytes(signatureToBytes(a)), a);
});

test('index: copies link to the root, quoting articles and short texts do not, earlier ones never link to later ones', () => {
  const idx = new DuplicateIndex();
  const orig = signature(flood.join('\n\n'));
  idx.add('orig', orig);
  const copy = signature(trimmedCopy.join('\n\n'));
  assert.equal(idx.find(copy, 'copy'), 'orig');
  idx.add('copy', copy, 'orig');
  // A copy of the copy points at the original, the root.
  const copyOfCopy = signature(trimmedCopy.slice(0, 5).join('\n\n'));
  assert.equal(idx.find(copyOfCopy), 'orig');
  assert.equal(idx.find(signature(analysis.join('\n\n'))), null);
  assert.equal(idx.find(signature(flood[0].split(' ').slice(0, 10).join(' '))), null, 'too short to judge');
  // Read again in the same order: the original is registered first, so it finds nothing before it.
  assert.equal(idx.find(orig, 'orig'), null);
  assert.equal(idx.find(copy, 'copy'), 'orig');
});

test('batch: exact copies dropped, near copies linked, repeated ids renamed, all reported', () => {
  const { articles, diagnostics } = cleanBatch([
    doc('wire', flood),
    doc('outlet-a', trimmedCopy),
    { ...doc('outlet-b', flood), source: 'b/outlet-b.txt' },
    doc('analysis', analysis),
    { ...doc('wire', TRADE_PARAGRAPHS), source: 'other/wire.txt' },
  ]);
  assert.deepEqual(articles.map((a) => [a.id, a.duplicateOf]), [
    ['wire', null],
    ['outlet-a', 'wire'],
    ['analysis', null],
    [`wire-${articles[3].contentHash.slice(0, 8)}`, null],
  ]);
  assert.deepEqual(diagnostics.map((d) => [d.input, d.severity]), [['b/outlet-b.txt', 'warning'], ['other/wire.txt', 'warning']]);
  assert.match(diagnostics[0].reason, /same text as wire \(wire\.txt\): not counted twice/);
  assert.match(diagnostics[1].reason, /id "wire" is already used by wire\.txt: stored as "wire-[0-9a-f]{8}"/);
});

test('the story level counts one article per wire story', () => {
  const a = { id: 'a', duplicateOf: null }, b = { id: 'b', duplicateOf: 'a' }, c = { id: 'c', duplicateOf: 'a' }, d = { id: 'd', duplicateOf: null };
  assert.deepEqual(independentArticles([a, b, c, d]).map((x) => x.id), ['a', 'd']);
  assert.deepEqual(independentArticles([b, c, d]).map((x) => x.id), ['b', 'd'], 'without the original, its first copy stands in, once');
});

test('across runs: a later copy links to the stored original; reruns give the same links and change nothing', async () => {
  const dir = tempDir();
  const store = new SqliteStore(path.join(dir, 's.db'));
  const wire = write(dir, 'in/wire.txt', flood.join('\n\n'));
  const run1 = await analyzeIntoStore([wire], store, { pipelineVersion: 't' });
  assert.deepEqual(run1.saved.inserted, ['wire']);
  const copy = write(dir, 'in/outlet-a.txt', trimmedCopy.join('\n\n'));
  const same = write(dir, 'elsewhere/renamed.txt', flood.join('\n\n'));
  const run2 = await analyzeIntoStore([copy, same], store, { pipelineVersion: 't' });
  assert.deepEqual(run2.saved.inserted, ['outlet-a']);
  assert.deepEqual(run2.analyzed.map((d) => [d.article.id, d.article.duplicateOf]), [['outlet-a', 'wire']]);
  assert.match(run2.diagnostics[0].reason, /same text as the stored article wire: not counted twice/);
  // Everything again, the copy first this time: the stored order decides, nothing moves.
  const run3 = await analyzeIntoStore([copy, wire], store, { pipelineVersion: 't' });
  assert.deepEqual(run3.saved.inserted, []);
  assert.deepEqual(run3.saved.updated, []);
  assert.deepEqual(store.listArticles().map((a) => [a.id, a.duplicateOf]).sort(), [['outlet-a', 'wire'], ['wire', null]]);
  assert.deepEqual(run3.analysis.articles.map((d) => d.article.id), ['wire', 'outlet-a'], 'the export covers the store in arrival order');
  store.close();
});
