// A small invented story (written for these tests) with every layer filled by hand, so the API's filters,
// sums and sources can be checked against known answers: three articles about a border incident between
// Kazakhstan and Uzbekistan, two of which report the same shooting and disagree on the number of wounded.
import type { AnalyzedArticle, Article, Event, Evidence, Party, Quote, Story } from '../src/model.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { splitSentences } from '../src/text/sentences.ts';

const KAZ: Party = { name: 'Kazakhstan', country: 'KAZ' };
const UZB: Party = { name: 'Uzbekistan', country: 'UZB' };

function article(id: string, body: string, meta: Partial<Article>): AnalyzedArticle {
  const a: Article = {
    id, source: `${id}.txt`, url: null, title: null, outlet: null, byline: null, dateline: null, published: null, publishedSource: 'metadata',
    publishedNote: null, language: 'en', body, wordCount: body.split(/\s+/).length, contentHash: `hash-${id}`, duplicateOf: null, removed: [],
    ...meta,
  };
  return { article: a, sentences: splitSentences(body), timexes: [], entities: [], quotes: [], events: [] };
}

function sentenceOf(d: AnalyzedArticle, needle: string) {
  const start = d.article.body.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${d.article.id}`);
  const s = d.sentences.find((x) => x.start <= start && start < x.end)!;
  return { index: s.index, start: s.start, end: s.end, text: d.article.body.slice(s.start, s.end) };
}

function event(d: AnalyzedArticle, n: number, needle: string, e: Partial<Event> & Pick<Event, 'type' | 'score'>): Event {
  const s = sentenceOf(d, needle);
  const ev: Event = {
    id: `${d.article.id}#v${n}`, articleId: d.article.id, start: s.start, end: s.end, mode: null, actor: [], recipient: [], date: null,
    location: null, geo: null, modality: 'asserted', sentenceIndex: s.index, evidence: s.text, source: null, trigger: needle, ...e,
  };
  d.events.push(ev);
  return ev;
}

function evidence(d: AnalyzedArticle, needle: string): Evidence {
  const s = sentenceOf(d, needle);
  return { articleId: d.article.id, sentenceIndex: s.index, start: s.start, end: s.end, text: s.text };
}

export function fixtureStory(): { docs: AnalyzedArticle[]; story: Story } {
  const a = article('steppe-1', [
    'Uzbek border guards fired on a Kazakh patrol near the river crossing on Monday, the Kazakh defence ministry said.',
    'Three soldiers were wounded in the shooting, according to the ministry.',
    'Kazakhstan accused Tashkent of a deliberate provocation.',
    'The text of a leaflet read <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2">.',
  ].join(' '), { title: 'Shots fired at river crossing', outlet: 'Steppe Courier', published: '2030-04-02' });
  const b = article('valley-1', [
    'Kazakh officials say Uzbek guards opened fire on their patrol on Monday.',
    'Two soldiers were hurt, a Tashkent official said, who denied that anyone had been targeted.',
    'The two foreign ministers spoke by phone on Wednesday.',
    '"We will not let one night undo years of work," said Aliya Serikova, the Kazakh foreign minister.',
  ].join(' '), { title: 'Ministers talk after border shooting', outlet: 'Valley Post', published: '2030-04-03' });
  const c = article('wire-1', [
    'Kazakhstan and Uzbekistan agreed on Friday to open a joint inquiry into the shooting.',
    'Observers from both sides will visit the crossing.',
  ].join(' '), { title: 'Joint inquiry agreed', published: '2030-04-05', url: 'https://wire.example/joint-inquiry' });

  const a1 = event(a, 1, 'fired on', { type: 'ASSAULT', mode: 'firearms', score: -9, actor: [UZB], recipient: [KAZ], date: '2030-04-01',
    location: 'river crossing', geo: { geonameId: null, lat: 41.3, lon: 69.3, country: 'UZB' } });
  const a2 = event(a, 2, 'accused', { type: 'ACCUSE', score: -2, actor: [KAZ], recipient: [UZB], date: '2030-04-01' });
  const b1 = event(b, 1, 'opened fire', { type: 'ASSAULT', mode: 'firearms', score: -9, actor: [UZB], recipient: [KAZ], date: '2030-03-31', modality: 'claimed' });
  const b2 = event(b, 2, 'spoke by phone', { type: 'CONSULT', mode: 'phone', score: 1.5, actor: [KAZ, UZB], recipient: [], date: '2030-04-03' });
  const c1 = event(c, 1, 'agreed', { type: 'AGREE', score: 2.5, actor: [KAZ, UZB], recipient: [], date: '2030-04-05' });

  const qs = sentenceOf(b, 'We will not');
  const qStart = b.article.body.indexOf('We will not');
  const qText = 'We will not let one night undo years of work,';
  const quote: Quote = {
    id: 'valley-1#q1', articleId: 'valley-1', start: qStart, end: qStart + qText.length, kind: 'direct', text: qText, speaker: 'Aliya Serikova',
    speakerEntityId: 'valley-1#e1', cue: 'said', channel: null, date: null, sentenceIndex: qs.index,
  };
  b.quotes.push(quote);
  const nameAt = b.article.body.indexOf('Aliya Serikova');
  b.entities.push({
    id: 'valley-1#e1', articleId: 'valley-1', name: 'Aliya Serikova', type: 'PERSON', aliases: [], country: 'KAZ', roles: ['foreign minister'],
    mentions: [{ start: nameAt, end: nameAt + 'Aliya Serikova'.length, text: 'Aliya Serikova', kind: 'name' }], geo: null,
  });
  const kazAt = a.article.body.indexOf('Kazakhstan');
  a.entities.push({
    id: 'steppe-1#e1', articleId: 'steppe-1', name: 'Kazakhstan', type: 'GPE', aliases: [], country: 'KAZ', roles: [],
    mentions: [{ start: kazAt, end: kazAt + 10, text: 'Kazakhstan', kind: 'name' }], geo: null,
  });

  const story: Story = {
    entities: [
      { id: 'E1', name: 'Kazakhstan', type: 'GPE', aliases: ['Kazakh'], country: 'KAZ', roles: [], articles: ['steppe-1'], members: ['steppe-1#e1'], geo: null },
      { id: 'E2', name: 'Aliya Serikova', type: 'PERSON', aliases: [], country: 'KAZ', roles: ['foreign minister'], articles: ['valley-1'], members: ['valley-1#e1'], geo: null },
    ],
    events: [
      { ...pick(a1), id: 'S1', articles: ['steppe-1', 'valley-1'], members: [a1.id, b1.id], evidence: [evidence(a, 'fired on'), evidence(b, 'opened fire')], firstReported: '2030-04-02', lastReported: '2030-04-03' },
      { ...pick(a2), id: 'S2', articles: ['steppe-1'], members: [a2.id], evidence: [evidence(a, 'accused')], firstReported: '2030-04-02', lastReported: '2030-04-02' },
      { ...pick(b2), id: 'S3', articles: ['valley-1'], members: [b2.id], evidence: [evidence(b, 'spoke by phone')], firstReported: '2030-04-03', lastReported: '2030-04-03' },
      { ...pick(c1), id: 'S4', articles: ['wire-1'], members: [c1.id], evidence: [evidence(c, 'agreed')], firstReported: '2030-04-05', lastReported: '2030-04-05' },
    ],
    claims: [{
      id: 'C1', text: 'three soldiers were wounded', claimant: KAZ, disputedBy: [UZB], status: 'disputed', articles: ['steppe-1'],
      evidence: [evidence(a, 'Three soldiers')], disputeEvidence: [evidence(b, 'Two soldiers')],
    }],
    discrepancies: [{
      id: 'D1', about: 'soldiers wounded',
      values: [
        { value: 'three', articles: ['steppe-1'], evidence: [evidence(a, 'Three soldiers')] },
        { value: 'two', articles: ['valley-1'], evidence: [evidence(b, 'Two soldiers')] },
      ],
    }],
  };
  return { docs: [a, b, c], story };
}

function pick(e: Event) {
  const { type, mode, actor, recipient, date, location, geo, modality, score } = e;
  return { type, mode, actor, recipient, date, location, geo, modality, score };
}

/** A store file holding the fixture story. */
export function fixtureStore(file: string): SqliteStore {
  const store = new SqliteStore(file);
  const { docs, story } = fixtureStory();
  store.saveAnalyzed(docs, { pipelineVersion: 'fixture', resolveStory: () => story });
  return store;
}
