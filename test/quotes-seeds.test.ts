// The quote layer on the development gold (scorer figures as floors), on unrelated news (TempEval-3
// texts: properties any sensible output has), and its speed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import path from 'node:path';
import { analyzeInputs } from '../src/pipeline.ts';
import { exportJson } from '../src/report/export-json.ts';
import { timeExtractor } from '../src/time/index.ts';
import { entityExtractor } from '../src/extract/entities/index.ts';
import { quotesExtractor, extractQuotes } from '../src/extract/quotes/index.ts';
import { entityAt } from '../src/extract/entities/index.ts';
import { GOLD, SEEDS, SHARED, score } from './helpers.ts';

const LAYERS = [timeExtractor, entityExtractor, quotesExtractor];
const TEMPEVAL = path.join(SHARED, 'benchmarks', 'tempeval3', 'articles.jsonl');

test('seeds: direct and indirect quotes with the right speaker meet their floors', async () => {
  const analysis = await analyzeInputs([SEEDS], { extractors: LAYERS });
  const s = score(exportJson(analysis), ['--gold', GOLD]);
  // Measured: direct P 1.00 R 1.00; indirect P 0.94 R 0.98 (F1 0.96).
  assert.ok(s.direct_quotes.f1 >= 0.95, `direct quotes F1 ${JSON.stringify(s.direct_quotes)}`);
  assert.ok(s.direct_quote_spans.f1 >= 0.95, `direct quote spans F1 ${JSON.stringify(s.direct_quote_spans)}`);
  assert.ok(s.indirect_quotes.f1 >= 0.95, `indirect quotes F1 ${JSON.stringify(s.indirect_quotes)}`);
  assert.ok(s.indirect_quotes.p >= 0.94 && s.indirect_quotes.r >= 0.96, `indirect P ${s.indirect_quotes.p} R ${s.indirect_quotes.r}`);
});

test('unrelated news (TempEval-3 texts): quotes are whole, attributed and where they say they are', async () => {
  const analysis = await analyzeInputs([TEMPEVAL], { extractors: LAYERS });
  const all = analysis.articles.flatMap((a) => a.quotes.map((q) => ({ q, body: a.article.body })));
  const directs = all.filter(({ q }) => q.kind === 'direct');
  const indirects = all.filter(({ q }) => q.kind === 'indirect');
  assert.ok(directs.length >= 30 && indirects.length >= 40, `${directs.length} direct, ${indirects.length} indirect`);
  // Direct quotes are the words between the marks, four words or more.
  for (const { q, body } of directs) {
    if (!q.text.includes(' ') || q.text.split(/\s+/).filter((w) => !/^(?:and|or)$/i.test(w)).length < 4) assert.fail(`scare quote kept: ${q.text}`);
    if (body.slice(q.start, q.end) !== q.text && !q.text.startsWith(body.slice(q.start, q.start + 20))) assert.fail(`span ${q.start}-${q.end} is not "${q.text}"`);
  }
  // Nearly every direct quote in wire copy has a reporting clause nearby.
  const attributed = directs.filter(({ q }) => q.speaker).length / directs.length;
  assert.ok(attributed >= 0.85, `direct quotes with a speaker ${attributed}`);
  // Reported speech always has a speaker, and its text lies inside the article.
  for (const { q, body } of indirects) {
    assert.ok(q.speaker, `indirect without speaker: ${q.text}`);
    assert.ok(q.start >= 0 && q.end <= body.length && q.end > q.start);
  }
  // Speakers are names or short descriptions, not whole clauses.
  for (const { q } of all) if (q.speaker) assert.ok(q.speaker.split(/\s+/).length <= 8, `speaker "${q.speaker}"`);
  // Speech reported by a tag after the clause is found ("..., CDC officials said.").
  assert.ok(indirects.some(({ q }) => q.cue === 'said' && /officials$/.test(q.speaker ?? '')));
  assert.ok(indirects.some(({ q }) => q.cue === 'according to'));
});

// Measured in CPU time, so a busy machine does not fail it: about 380k words/s on a loaded
// two-core box (the entity, time and event layers are not counted).
test('speed: the quote extractor alone does at least 80k words per CPU second (a regression guard; npm run bench measures)', async () => {
  const analysis = await analyzeInputs([TEMPEVAL, SEEDS], { extractors: [timeExtractor, entityExtractor] });
  const words = analysis.articles.reduce((n, a) => n + a.article.wordCount, 0);
  const opts = { entityAt };
  for (const a of analysis.articles) extractQuotes(a, opts);
  const c0 = process.cpuUsage();
  let done = 0;
  while (done < 400_000) {
    for (const a of analysis.articles) extractQuotes(a, opts);
    done += words;
  }
  const used = process.cpuUsage(c0);
  const perSecond = done / ((used.user + used.system) / 1e6);
  assert.ok(perSecond >= 80_000, `${Math.round(perSecond)} words per CPU second`);
});
