// The SQLite store: migrations, round trips with provenance, idempotent reruns, all-or-nothing batches, search.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { AnalyzedArticle, Story } from '../src/model.ts';
import { cleanBatch, collect } from '../src/pipeline.ts';
import { openStore, StoreError } from '../src/store/index.ts';
import { MIGRATIONS } from '../src/store/migrations.ts';
import { ftsQuery, SqliteStore } from '../src/store/sqlite.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { tempDir } from './helpers.ts';
import { FLOOD_TEXT, TRADE_TEXT, write } from './ingest-fixtures.ts';

const V = 'test-1';

/** Two cleaned articles with hand-made layers whose spans point into their bodies. */
export async function sampleBatch(dir = tempDir()): Promise<AnalyzedArticle[]> {
  const { docs } = await collect([write(dir, 'flood.txt', FLOOD_TEXT), write(dir, 'trade.txt', TRADE_TEXT)]);
  return cleanBatch(docs).articles.map((article) => {
    const d: AnalyzedArticle = { article, sentences: splitSentences(article.body), timexes: [], entities: [], quotes: [], events: [] };
    const span = (word: string) => {
      const start = article.body.indexOf(word);
      assert.ok(start >= 0, word);
      return { start, end: start + word.length };
    };
    if (article.id === 'flood') {
      const m = span('Marenko');
      d.entities.push({ id: 'flood#e1', articleId: 'flood', name: 'Ilse Marenko', type: 'PERSON', aliases: ['Marenko'], country: null,
        roles: ['governor'], mentions: [{ ...m, text: 'Marenko', kind: 'alias' }], geo: null });
      d.quotes.push({ id: 'flood#q1', articleId: 'flood', ...span('We are asking everyone'), kind: 'direct', text: 'We are asking everyone',
        speaker: 'Ilse Marenko', speakerEntityId: 'flood#e1', cue: 'said', channel: null, date: null, sentenceIndex: 2 });
      d.events.push({ id: 'flood#v1', articleId: 'flood', ...span('evacuated'), type: 'MOBILIZE', mode: null,
        actor: [{ name: 'Emergency crews', country: null }], recipient: [], date: '2025-03-03', location: 'Kestrava',
        geo: { geonameId: null, lat: 1.5, lon: 2.5, country: null }, modality: 'asserted', score: 0, sentenceIndex: 0,
        evidence: d.sentences[0] ? article.body.slice(d.sentences[0].start, d.sentences[0].end) : '', source: null, trigger: 'evacuated' });
      d.timexes.push({ ...span('Monday'), text: 'Monday', type: 'DATE', value: '2025-03-03', anchor: 'publication' });
    }
    return d;
  });
}

function counts(store: SqliteStore): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of ['articles', 'timexes', 'entities', 'mentions', 'quotes', 'events', 'story'])
    out[t] = (store.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return out;
}

const story = (batch: AnalyzedArticle[]): Story => ({
  entities: [{ id: 's1', name: 'Ilse Marenko', type: 'PERSON', aliases: [], country: null, roles: [], articles: batch.map((d) => d.article.id),
    members: ['flood#e1'], geo: null }],
  events: [], claims: [], discrepancies: [],
});

test('a new store is migrated to the latest schema; the schema version is recorded', () => {
  const store = new SqliteStore(path.join(tempDir(), 's.db'));
  assert.equal(store.schemaVersion, MIGRATIONS.length);
  assert.equal(store.countArticles(), 0);
  store.close();
});

test('articles and every layer round-trip with their provenance (article id + span)', async () => {
  const batch = await sampleBatch();
  const store = new SqliteStore(path.join(tempDir(), 's.db'));
  const saved = store.saveAnalyzed(batch, { pipelineVersion: V, resolveStory: story });
  assert.deepEqual(saved.inserted, ['flood', 'trade']);
  assert.deepEqual(store.loadAnalyzed(), batch);
  assert.deepEqual(saved.all, batch);
  assert.deepEqual(store.loadStory(), story(batch));
  assert.deepEqual(store.loadAnalyzed(['trade']), [batch[1]]);
  const row = store.db.prepare('SELECT article_id, start, "end", text FROM mentions').get() as Record<string, unknown>;
  const body = batch[0].article.body;
  assert.equal(body.slice(row.start as number, row.end as number), row.text);
  assert.equal(row.article_id, 'flood');
  store.close();
});

test('fields the schema has no column for are kept (article fields and whole layers)', async () => {
  const [flood] = await sampleBatch();
  const extended = { ...flood, article: { ...flood.article, region: 'north' }, claims: [{ text: 'x' }] } as unknown as AnalyzedArticle;
  (extended.events[0] as unknown as Record<string, unknown>).confidence = 0.75;
  const store = new SqliteStore(path.join(tempDir(), 's.db'));
  store.saveAnalyzed([extended], { pipelineVersion: V });
  assert.deepEqual(store.loadAnalyzed(), [extended]);
  store.close();
});

test('re-saving the same batch changes nothing; a changed article is updated, its layers replaced', async () => {
  const batch = await sampleBatch();
  const store = new SqliteStore(path.join(tempDir(), 's.db'));
  store.saveAnalyzed(batch, { pipelineVersion: V, resolveStory: story });
  const before = counts(store);
  const again = store.saveAnalyzed(batch, { pipelineVersion: V, resolveStory: story });
  assert.deepEqual([again.inserted, again.updated, again.unchanged], [[], [], ['flood', 'trade']]);
  assert.deepEqual(counts(store), before);
  assert.deepEqual(store.upToDate(batch.map((d) => d.article), V), new Set(['flood', 'trade']));
  assert.deepEqual(store.upToDate(batch.map((d) => d.article), 'test-2'), new Set(), 'a new pipeline version re-analyses');
  const retitled = { ...batch[0], article: { ...batch[0].article, title: 'Another title' } };
  assert.deepEqual(store.upToDate([retitled.article], V), new Set(), 'any changed field, not only the body, counts');
  const changed = store.saveAnalyzed([retitled], { pipelineVersion: V });
  assert.deepEqual(changed.updated, ['flood']);
  assert.deepEqual(counts(store), before, 'layers replaced, not duplicated');
  assert.equal(store.loadAnalyzed(['flood'])[0].article.title, 'Another title');
  store.close();
});

test('a batch that fails midway writes nothing; the rerun stores it exactly once', async () => {
  const batch = await sampleBatch();
  const file = path.join(tempDir(), 's.db');
  const store = new SqliteStore(file);
  // The second article reuses the first one's entity id: the insert fails after the first article was written.
  const clash = structuredClone(batch);
  clash[1].entities.push({ ...clash[0].entities[0], articleId: 'trade', mentions: [] });
  assert.throws(() => store.saveAnalyzed(clash, { pipelineVersion: V }), /UNIQUE constraint failed: entities.id/);
  assert.deepEqual(counts(store), { articles: 0, timexes: 0, entities: 0, mentions: 0, quotes: 0, events: 0, story: 0 });
  // A story that cannot be built also undoes the batch.
  assert.throws(() => store.saveAnalyzed(batch, { pipelineVersion: V, resolveStory: () => { throw new Error('resolver broke'); } }), /resolver broke/);
  assert.equal(store.countArticles(), 0);
  assert.deepEqual(store.search('Kestrava'), [], 'the full-text index rolled back too');
  store.saveAnalyzed(batch, { pipelineVersion: V, resolveStory: story });
  store.saveAnalyzed(batch, { pipelineVersion: V, resolveStory: story });
  assert.deepEqual(counts(store), { articles: 2, timexes: 1, entities: 1, mentions: 1, quotes: 1, events: 1, story: 1 });
  assert.equal(store.search('Kestrava').length, 1);
  store.close();
});

test('a schema 2 store is upgraded in place; its rows load through the columns', () => {
  const file = path.join(tempDir(), 'old.db');
  const db = new Database(file);
  db.exec(MIGRATIONS[0]);
  db.exec(MIGRATIONS[1]);
  db.pragma('user_version = 2');
  const body = 'The governor spoke in Kestrava on Monday.\n\nShe said the water was rising.';
  db.prepare(`INSERT INTO articles (id, source, language, body, word_count, content_hash, ingested_at, updated_at)
    VALUES ('old', 'old.txt', 'en', ?, 14, 'h', 'then', 'then')`).run(body);
  db.prepare(`INSERT INTO entities (id, article_id, name, type, aliases, roles) VALUES ('old#e1', 'old', 'Kestrava', 'GPE', '[]', '[]')`).run();
  db.prepare(`INSERT INTO mentions (entity_id, article_id, start, "end", text, kind) VALUES ('old#e1', 'old', 22, 30, 'Kestrava', 'name')`).run();
  db.prepare(`INSERT INTO timexes (article_id, start, "end", text, type, value, anchor) VALUES ('old', 34, 40, 'Monday', 'DATE', '2025-03-03', 'publication')`).run();
  db.close();
  const store = new SqliteStore(file);
  assert.equal(store.schemaVersion, MIGRATIONS.length);
  const [d] = store.loadAnalyzed();
  assert.equal(d.article.id, 'old');
  assert.deepEqual(d.entities, [{ id: 'old#e1', articleId: 'old', name: 'Kestrava', type: 'GPE', country: null, aliases: [], roles: [], geo: null,
    mentions: [{ start: 22, end: 30, text: 'Kestrava', kind: 'name' }] }]);
  assert.deepEqual(d.timexes, [{ start: 34, end: 40, text: 'Monday', type: 'DATE', value: '2025-03-03', anchor: 'publication' }]);
  assert.deepEqual(d.sentences, splitSentences(body));
  assert.equal(store.signatures()[0].id, 'old', 'a signature is computed for rows stored without one');
  assert.deepEqual(store.upToDate([d.article], V), new Set(), 'old rows are analysed again');
  store.close();
});

test('refuses what is not its store: a foreign database, a newer schema, a missing file when reading', () => {
  const dir = tempDir();
  const foreign = path.join(dir, 'foreign.db');
  const db = new Database(foreign);
  db.exec('CREATE TABLE notes (x TEXT)');
  db.close();
  assert.throws(() => new SqliteStore(foreign), (e) => e instanceof StoreError && /not a sitrep store/.test(e.message));
  const newer = path.join(dir, 'newer.db');
  const db2 = new Database(newer);
  db2.pragma('user_version = 99');
  db2.close();
  assert.throws(() => new SqliteStore(newer), /schema version 99 is newer/);
  const garbage = write(dir, 'garbage.db', 'this is not a database at all, just some text'.repeat(100));
  assert.throws(() => new SqliteStore(garbage), (e) => e instanceof StoreError && /cannot open the store/.test(e.message));
  assert.throws(() => openStore(path.join(dir, 'absent.db'), { mustExist: true }), /no store there/);
  assert.throws(() => openStore('postgres://db.example/sitrep'), /PostgreSQL stores are not supported yet/);
  writeFileSync(path.join(dir, 'unused'), '');
});

test('full-text search: stems, phrases, no exposed operators, duplicates flagged', async () => {
  const batch = await sampleBatch();
  const copy = structuredClone(batch[1]);
  copy.article.id = 'trade-copy';
  copy.article.duplicateOf = 'trade';
  const store = openStore(path.join(tempDir(), 's.db'));
  await store.saveAnalyzed([...batch, copy], { pipelineVersion: V });
  const ids = async (q: string) => (await store.search(q)).map((h) => h.articleId).sort();
  assert.deepEqual(await ids('evacuate'), ['flood'], 'porter stemming: evacuate finds evacuated');
  assert.deepEqual(await ids('"port fees"'), ['trade', 'trade-copy']);
  assert.deepEqual(await ids('"fees port"'), []);
  assert.deepEqual(await ids('river NOT ( * - : ^'), ['flood'], 'operators are words, not syntax: NOT means "not"');
  assert.deepEqual(await ids('NEAR( river'), [], 'no syntax error');
  assert.deepEqual(await ids('   '), []);
  const [hit] = (await store.search('harbour city')).filter((h) => h.articleId === 'trade-copy');
  assert.equal(hit.duplicateOf, 'trade');
  assert.match(hit.snippet, /\[harbour\] \[city\]/);
  assert.equal(ftsQuery('a "b c" d-e'), '"a" "b c" "d-e"');
  await store.close();
});

test('through the pipeline: an unchanged article is not analysed again, even when an extractor annotated it', async () => {
  const { analyzeIntoStore } = await import('../src/pipeline.ts');
  const dir = tempDir();
  const input = write(dir, 'in/flood.txt', FLOOD_TEXT);
  let runs = 0;
  const annotate = { name: 'annotate', run: (d: AnalyzedArticle) => void (runs++, Object.assign(d.article, { region: 'north', title: 'Set by an extractor' })) };
  const store = new SqliteStore(path.join(dir, 's.db'));
  const first = await analyzeIntoStore([input], store, { pipelineVersion: V, extractors: [annotate] });
  assert.deepEqual(first.saved.inserted, ['flood']);
  assert.equal(store.loadAnalyzed()[0].article.title, 'Set by an extractor');
  const second = await analyzeIntoStore([input], store, { pipelineVersion: V, extractors: [annotate] });
  assert.deepEqual([second.saved.inserted, second.saved.updated, second.saved.unchanged], [[], [], ['flood']]);
  assert.equal(runs, 1, 'the unchanged article is not analysed again');
  assert.equal(second.analyzed[0].article.title, 'Set by an extractor', 'the unchanged article comes back from the store');
  store.close();
});

test('an extractor that throws costs only its layer of that article; the article is analysed again next run', async () => {
  const { analyzeIntoStore } = await import('../src/pipeline.ts');
  const dir = tempDir();
  const inputs = [write(dir, 'in/flood.txt', FLOOD_TEXT), write(dir, 'in/trade.txt', TRADE_TEXT)];
  let broken = true;
  const adds = { name: 'adds', run: (d: AnalyzedArticle) => void d.timexes.push({ start: 0, end: 1, text: d.article.body[0], type: 'DATE', value: 'X', anchor: 'none' }) };
  const flaky = {
    name: 'flaky',
    run: (d: AnalyzedArticle) => {
      d.events.length = 0;
      d.timexes.push({ start: 1, end: 2, text: d.article.body[1], type: 'DATE', value: 'half-done', anchor: 'none' });
      if (broken && d.article.id === 'flood') throw new Error('index out of range');
    },
  };
  const store = new SqliteStore(path.join(dir, 's.db'));
  const first = await analyzeIntoStore(inputs, store, { pipelineVersion: V, extractors: [adds, flaky] });
  assert.deepEqual(first.diagnostics.map((d) => [d.articleId, d.severity]), [['flood', 'error']]);
  assert.match(first.diagnostics[0].reason, /^extractor "flaky" failed: index out of range/);
  const [flood, trade] = first.analyzed;
  assert.deepEqual(flood.timexes.map((t) => t.value), ['X'], "the failing extractor's half-done work is taken back");
  assert.deepEqual(trade.timexes.map((t) => t.value), ['X', 'half-done']);
  broken = false;
  const second = await analyzeIntoStore(inputs, store, { pipelineVersion: V, extractors: [adds, flaky] });
  assert.deepEqual([second.saved.updated, second.saved.unchanged], [['flood'], ['trade']]);
  assert.deepEqual(second.analyzed[0].timexes.map((t) => t.value), ['X', 'half-done']);
  store.close();
});
