// HTML body extraction on pages written for these tests (test/fixtures/html).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { extractPage } from '../src/text/html/extract.ts';
import { documentText } from '../src/text/article.ts';
import type { RawDocument } from '../src/model.ts';
import { ROOT } from './helpers.ts';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'html', name), 'utf8');

test('news page: every body paragraph kept, one per line, in order', () => {
  const { text } = extractPage(fixture('meta-tags.html'), 'https://news.example.org/flood-old-town');
  const lines = text.split('\n');
  const openings = ['Water from the swollen river', 'The regional fire service', '"We have not seen the water', 'Upstream, engineers', 'Schools in the lower districts'];
  assert.equal(lines.length, openings.length, text);
  openings.forEach((o, i) => assert.ok(lines[i].startsWith(o), `line ${i}: ${lines[i]}`));
});

test('news page: navigation, share bar, caption, related links, sign-up, bio and footer dropped', () => {
  const { text } = extractPage(fixture('meta-tags.html'));
  for (const furniture of ['Home', 'Share on Facebook', 'Sandbags piled', 'Storm warning extended', 'Related', 'Sign up', 'Subscribe', 'covers local government', 'Most read', 'All rights reserved', 'By Marta Kessler', 'Flood waters reach the old town'])
    assert.ok(!text.includes(furniture), `"${furniture}" left in:\n${text}`);
});

test('JSON-LD page: embedded post kept, cross-link, photo credit, sign-off and tags dropped', () => {
  const { text } = extractPage(fixture('json-ld.html'));
  assert.ok(text.includes('First trucks have passed the checkpoint.'), 'tweet text kept');
  assert.ok(text.includes('forty thousand people'));
  assert.ok(text.includes('antibiotics and insulin'));
  for (const furniture of ['Read more', 'Lorries wait at the checkpoint', 'Additional reporting', 'Tags:', 'Log in', 'Published 2 November'])
    assert.ok(!text.includes(furniture), `"${furniture}" left in:\n${text}`);
});

test('fallback: a page too short for Readability still yields its text', () => {
  const { text } = extractPage(fixture('bare.html'));
  assert.equal(text, 'Water supply interrupted on Elm Street until six in the evening.');
});

test('fragments, plain text and empty input', () => {
  assert.equal(extractPage('').text, '');
  assert.equal(extractPage('<p>A fragment with a sentence in it.</p>').text, 'A fragment with a sentence in it.');
  assert.equal(extractPage('<html lang="fr"><head></head><p>Un paragraphe sans corps.</p></html>').text, 'Un paragraphe sans corps.');
});

test('documentText passes HTML metadata and text to the text stage', () => {
  const raw: RawDocument = { source: 'fixture', kind: 'html', id: 'a1', url: null, html: fixture('json-ld.html'), meta: {} };
  const out = documentText(raw);
  assert.equal(out.meta.title, 'Aid convoy crosses into the northern province after days of talks');
  assert.equal(out.meta.outlet, 'Harbour Daily');
  assert.equal(out.url, 'https://harbour.example.com/world/aid-convoy');
  assert.ok(out.text.startsWith('A convoy of twenty-two lorries'));
});
