// Page metadata from meta tags, JSON-LD and the <title>, on pages written for these tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { extractPage } from '../src/text/html/extract.ts';
import { cleanByline, languageCode, stripSiteName } from '../src/text/html/metadata.ts';
import { ROOT } from './helpers.ts';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'html', name), 'utf8');

test('meta tags: title without the site suffix, byline, outlet, time, language, canonical url', () => {
  const page = extractPage(fixture('meta-tags.html'), 'https://news.example.org/flood-old-town?ref=feed');
  assert.equal(page.title, 'Flood waters reach the old town as river breaks its banks');
  assert.equal(page.byline, 'Marta Kessler');
  assert.equal(page.outlet, 'Valley Courier');
  assert.equal(page.published, '2024-03-14T07:45:00+01:00');
  assert.equal(page.language, 'en');
  // The canonical link wins over og:url and is resolved against the page address.
  assert.equal(page.url, 'https://news.example.org/2024/03/14/flood-old-town');
});

test('JSON-LD: headline, several authors, publisher, datePublished, inLanguage, url', () => {
  const page = extractPage(fixture('json-ld.html'));
  assert.equal(page.title, 'Aid convoy crosses into the northern province after days of talks');
  assert.equal(page.byline, 'Jonas Ebert, Leila Haddad');
  assert.equal(page.outlet, 'Harbour Daily');
  assert.equal(page.published, '2024-11-02T16:20:00Z');
  assert.equal(page.language, 'en');
  assert.equal(page.url, 'https://harbour.example.com/world/aid-convoy');
});

test('<title> only: a dash suffix that reads as a name is dropped; the host stands for the outlet', () => {
  const page = extractPage(fixture('bare.html'), 'https://bulletin.example.net/notices/42');
  assert.equal(page.title, 'Water supply cut on Elm Street this afternoon');
  assert.equal(page.outlet, 'bulletin.example.net');
  assert.equal(page.published, null);
});

test('stripSiteName: suffixes and prefixes naming the site go, headline dashes stay', () => {
  assert.equal(stripSiteName('Port reopens after storm | Coastal Times', 'Coastal Times'), 'Port reopens after storm');
  assert.equal(stripSiteName('Port reopens after storm - Coastal Times', 'Coastal Times'), 'Port reopens after storm');
  assert.equal(stripSiteName('Port reopens after storm – coastaltimes.com', null, 'www.coastaltimes.com'), 'Port reopens after storm');
  assert.equal(stripSiteName('Port reopens after storm | World | Coastal Times', 'Coastal Times'), 'Port reopens after storm');
  assert.equal(stripSiteName('Coastal Times: Port reopens after storm', 'Coastal Times'), 'Port reopens after storm');
  // Not a site name: a Title Case headline with a dash keeps both halves.
  assert.equal(stripSiteName('Talks Resume In Geneva — And Hopes Are Low', 'Coastal Times'), 'Talks Resume In Geneva — And Hopes Are Low');
  assert.equal(stripSiteName('Ceasefire holds - for now', 'Coastal Times'), 'Ceasefire holds - for now');
  // A word that only starts with the site name is not the site ("Guardian view" is the headline).
  assert.equal(stripSiteName('The Guardian view on the port: a hard winter', 'The Guardian'), 'The Guardian view on the port: a hard winter');
});

test('cleanByline and languageCode', () => {
  assert.equal(cleanByline('By JANE ROE, Associated Press'), 'JANE ROE, Associated Press');
  assert.equal(cleanByline('Jane Roe | March 3, 2024 10:15 AM Print this article'), 'Jane Roe');
  assert.equal(cleanByline('Jane RoeMonday, March 3, 2024'), 'Jane Roe');
  assert.equal(cleanByline('Jane Roe @janeroe'), 'Jane Roe');
  assert.equal(cleanByline('https://example.com/authors/jane'), null);
  assert.equal(languageCode('en_US'), 'en');
  assert.equal(languageCode('pt-BR'), 'pt');
  assert.equal(languageCode('not a tag'), null);
});
