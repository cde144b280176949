// The event layer on the five seed reports, scored by ../shared/eval/score.mjs against the gold
// annotations: per-article events (type + actor + recipient), event types, dates and modality, and
// the story events merged across articles. Floors sit a little below the measured figures.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Analysis } from '../src/model.ts';
import { analyzeInputs } from '../src/pipeline.ts';
import { exportJson } from '../src/report/export-json.ts';
import { SEEDS, score } from './helpers.ts';

let analysis: Analysis;
let s: any;

before(async () => {
  analysis = await analyzeInputs([SEEDS]);
  s = score(exportJson(analysis));
});

describe('events on the seed reports', () => {
  test('events (type + actor + recipient) F1 >= 0.85', () => {
    assert.ok(s.events.f1 >= 0.85, `events F1 ${s.events.f1.toFixed(3)} (P ${s.events.p.toFixed(3)} R ${s.events.r.toFixed(3)})`);
  });
  test('event types F1 >= 0.88', () => {
    assert.ok(s.event_types.f1 >= 0.88, `event types F1 ${s.event_types.f1.toFixed(3)}`);
  });
  test('event date accuracy >= 0.95 and modality accuracy >= 0.95', () => {
    assert.ok(s.event_date_acc >= 0.95, `date accuracy ${s.event_date_acc}`);
    assert.ok(s.event_modality_acc >= 0.95, `modality accuracy ${s.event_modality_acc}`);
  });
  test('story events F1 >= 0.82, with the right sources for most', () => {
    assert.ok(s.story_events.f1 >= 0.82, `story events F1 ${s.story_events.f1.toFixed(3)}`);
    assert.ok(s.story_events.sources_jaccard >= 0.85, `sources jaccard ${s.story_events.sources_jaccard}`);
  });
  test('no event without evidence: each is its sentence, an exact substring of the body', () => {
    let n = 0;
    for (const d of analysis.articles) for (const e of d.events) {
      n++;
      assert.ok(e.evidence.length > 0);
      assert.equal(d.article.body.slice(e.start, e.end), e.evidence, e.id);
      assert.ok(e.id.startsWith(`${d.article.id}#v`));
      assert.ok(e.trigger.length > 0, e.id);
    }
    assert.ok(n > 50, `only ${n} events`);
  });
  test('story events keep every source with its sentence and the report dates', () => {
    const byId = new Map(analysis.articles.map((d) => [d.article.id, d]));
    for (const se of analysis.story.events) {
      assert.equal(se.evidence.length, se.members.length);
      assert.deepEqual([...new Set(se.evidence.map((v) => v.articleId))].sort(), [...se.articles].sort());
      for (const v of se.evidence) assert.equal(byId.get(v.articleId)!.article.body.slice(v.start, v.end), v.text);
      const dates = se.articles.map((a) => byId.get(a)!.article.published).filter(Boolean).sort();
      assert.equal(se.firstReported, dates[0] ?? null);
      assert.equal(se.lastReported, dates.at(-1) ?? null);
    }
    assert.ok(analysis.story.events.some((e) => e.articles.length >= 2), 'some event is reported by several sources');
  });
});
