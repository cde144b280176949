// The runner of the held-out sets (test/holdout.test.ts, test/holdout-blind.test.ts): gold consistency,
// the scorer's figures printed on every run, and the floors each set's test gives per crisis.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { analyzeInputs } from '../src/pipeline.ts';
import { exportJson } from '../src/report/export-json.ts';
import { ROOT, score } from './helpers.ts';

/** Lower bounds (upper bounds for split/missed/merged story entities), one set per crisis. */
export interface Floors {
  title: number; published: number; dateline: number; clean: number;
  entities: number; country: number; direct: number; indirect: number;
  events: number; types: number; date: number; modality: number;
  split: number; missed: number; merged: number;
  storyEvents: number; claims: number; discrepancies: number;
}

const pct = (x: number | null | undefined) => (x == null ? '  -  ' : (100 * x).toFixed(1).padStart(5));
const prf = (s: any) => `P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f1)} (${s.tp}/${s.pred} pred, ${s.gold} gold)`;

function figures(label: string, name: string, s: any): string {
  return [
    `${label} ${name}: ${s.articles} articles`,
    `  title ${pct(s.title_acc)}  published ${pct(s.published_acc)}  dateline ${pct(s.dateline_acc)}  clean bodies ${pct(s.body_clean_share)}`,
    `  entities           ${prf(s.entities)}   person country ${pct(s.person_country_acc)}`,
    `  direct quotes      ${prf(s.direct_quotes)}`,
    `  indirect quotes    ${prf(s.indirect_quotes)}`,
    `  events type+dyad   ${prf(s.events)}`,
    `  event types        ${prf(s.event_types)}   date ${pct(s.event_date_acc)}  modality ${pct(s.event_modality_acc)}`,
    `  story entities     ${s.story.gold} gold, ${s.story.predicted} predicted: covered once ${s.story.covered_once}, split ${s.story.split}, missed ${s.story.missed}, merged ${s.story.merged}`,
    `  story events       ${prf(s.story_events)}   sources jaccard ${pct(s.story_events.sources_jaccard)}`,
    `  claims             ${prf(s.claims)}   disputers right ${pct(s.claims.disputes_right)}`,
    `  discrepancies      found ${s.discrepancies.found} of ${s.discrepancies.gold} (${s.discrepancies.predicted} predicted)`,
  ].join('\n');
}

/** A direct quote split by 'he said' is stored as its two parts joined by a space. */
function quotedIn(text: string, quote: string): boolean {
  if (text.includes(quote)) return true;
  for (let i = quote.indexOf(' '); i > 0; i = quote.indexOf(' ', i + 1))
    if (text.includes(quote.slice(0, i)) && text.includes(quote.slice(i + 1))) return true;
  return false;
}

/**
 * One suite per crisis of a held-out set under test/fixtures/<label>: the gold is checked against its texts,
 * the pipeline's export is scored, the figures are printed and every floor asserted.
 */
export function holdoutSuites(label: string, crises: Record<string, Floors>): void {
  const root = path.join(ROOT, 'test', 'fixtures', label);
  for (const [crisis, floor] of Object.entries(crises)) suite(label, root, crisis, floor);
}

function suite(label: string, root: string, crisis: string, floor: Floors): void {
  const corpus = path.join(root, crisis, 'corpus');
  const goldDir = path.join(root, crisis, 'gold');

  describe(`${label}: ${crisis}`, () => {
    test('gold files are consistent with their texts', () => {
      const texts = new Map(readdirSync(corpus).filter((f) => f.endsWith('.txt'))
        .map((f) => [f.slice(0, -4), readFileSync(path.join(corpus, f), 'utf8')]));
      const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.json') && !f.startsWith('_'));
      assert.equal(goldFiles.length, texts.size, 'one gold file per report');
      for (const f of goldFiles) {
        const g = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8'));
        const text = texts.get(g.id);
        assert.ok(text, `${f}: no corpus text for id ${g.id}`);
        const lower = text.toLowerCase();
        for (const s of [...g.must_include, ...g.must_exclude]) assert.ok(text.includes(s), `${g.id}: not in text: ${s}`);
        for (const e of g.entities) for (const a of e.aliases) assert.ok(lower.includes(a.toLowerCase()), `${g.id}: alias not in text: ${a}`);
        for (const q of g.quotes) {
          assert.ok(q.kind === 'direct' || q.kind === 'indirect', `${g.id}: quote kind ${q.kind}`);
          assert.ok(quotedIn(text, q.text), `${g.id}: quote not in text: ${q.text}`);
        }
        for (const v of g.events) {
          assert.ok(text.includes(v.evidence), `${g.id}: evidence not in text: ${v.evidence}`);
          assert.ok(v.date === null || /^\d{4}-\d\d(-\d\d)?$/.test(v.date), `${g.id}: date ${v.date}`);
        }
      }
      const story = JSON.parse(readFileSync(path.join(goldDir, '_story.json'), 'utf8'));
      const ids = new Set(texts.keys());
      for (const item of [...story.entities, ...story.events, ...story.claims])
        for (const id of item.articles) assert.ok(ids.has(id), `_story.json: unknown article ${id}`);
      for (const d of story.discrepancies) for (const v of d.values) for (const id of v.articles) assert.ok(ids.has(id), `_story.json: unknown article ${id}`);
    });

    let s: any;
    before(async () => {
      assert.ok(existsSync(corpus));
      s = score(exportJson(await analyzeInputs([corpus])), ['--gold', goldDir]);
      console.log(figures(label, crisis, s));
    });

    test('every report is analysed; metadata and clean bodies hold their floors', () => {
      assert.deepEqual(s.missing_articles, []);
      assert.ok(s.title_acc >= floor.title, `title ${s.title_acc}`);
      assert.ok(s.published_acc >= floor.published, `published ${s.published_acc}`);
      assert.ok(s.dateline_acc >= floor.dateline, `dateline ${s.dateline_acc}`);
      assert.ok(s.body_clean_share >= floor.clean, `clean bodies ${s.body_clean_share}`);
    });

    test('entities and quotes hold their floors', () => {
      assert.ok(s.entities.f1 >= floor.entities, `entities F1 ${s.entities.f1}`);
      assert.ok(s.person_country_acc >= floor.country, `person country ${s.person_country_acc}`);
      assert.ok(s.direct_quotes.f1 >= floor.direct, `direct quotes F1 ${s.direct_quotes.f1}`);
      assert.ok(s.indirect_quotes.f1 >= floor.indirect, `indirect quotes F1 ${s.indirect_quotes.f1}`);
    });

    test('events hold their floors', () => {
      assert.ok(s.events.f1 >= floor.events, `events F1 ${s.events.f1}`);
      assert.ok(s.event_types.f1 >= floor.types, `event types F1 ${s.event_types.f1}`);
      assert.ok(s.event_date_acc >= floor.date, `event date accuracy ${s.event_date_acc}`);
      assert.ok(s.event_modality_acc >= floor.modality, `event modality accuracy ${s.event_modality_acc}`);
    });

    test('story entities, events, claims and discrepancies hold their bounds', () => {
      assert.ok(s.story.split <= floor.split, `story entities split ${s.story.split}`);
      assert.ok(s.story.missed <= floor.missed, `story entities missed ${s.story.missed}`);
      assert.ok(s.story.merged <= floor.merged, `story entities merged ${s.story.merged}`);
      assert.ok(s.story_events.f1 >= floor.storyEvents, `story events F1 ${s.story_events.f1}`);
      assert.ok(s.claims.f1 >= floor.claims, `claims F1 ${s.claims.f1}`);
      assert.ok(s.discrepancies.found >= floor.discrepancies, `discrepancies found ${s.discrepancies.found}`);
    });
  });
}
