// A small invented story (a border incident between Bolivia and Paraguay, written for these tests) with
// every layer filled in by hand: what the situation report and the exports are tested on.
// Planted: a "<script>" in an article sentence and quote, markup in a title, an event without evidence,
// a claim without a claimant, an undated article, an undated event, a located and an unlocated event.
import type { AnalyzedArticle, Article, Evidence, Party, Quote, Sentence, Story, StoryEvent } from '../src/model.ts';
import type { StoryInput } from '../src/report/exports/common.ts';

function article(meta: Partial<Article> & { id: string }, sentences: string[]): AnalyzedArticle {
  const parts: Sentence[] = [];
  let body = '';
  sentences.forEach((s, index) => {
    if (body) body += ' ';
    parts.push({ index, start: body.length, end: body.length + s.length, paragraph: 0 });
    body += s;
  });
  return {
    article: {
      source: `${meta.id}.txt`, url: null, title: null, outlet: null, byline: null, dateline: null, published: null,
      publishedSource: null, publishedNote: null, language: 'en', body, wordCount: body.split(/\s+/).length, contentHash: meta.id,
      duplicateOf: null, removed: [], ...meta,
    },
    sentences: parts, timexes: [], entities: [], quotes: [], events: [],
  };
}

export const SCRIPT = '<script>alert(1)</script>';

export const A = article({ id: 'courier-1', outlet: 'Andes Courier', url: 'https://example.org/courier/1', published: '2026-01-10', title: '<b>Shelling</b> & "toll"' }, [
  'Paraguayan artillery shelled the Bolivian town of Villamontes on Friday, killing four civilians, officials said.',
  "Bolivia's defence ministry said six soldiers were wounded.",
  'Bolivia accused Paraguay of breaking the border accord.',
  `Minister Ana Quispe said: "We will answer this aggression ${SCRIPT}."`,
]);

export const B = article({ id: 'herald-7', outlet: 'Chaco Herald', published: '2026-01-11', title: 'Asuncion rejects the toll' }, [
  'Paraguay denied shelling Villamontes and called the Bolivian toll of four dead a fabrication.',
  'The foreign ministry in Asuncion said Bolivian drones had struck a depot near Mariscal Estigarribia on Thursday.',
  'The talks were hosted by the Morales administration, the paper reported.',
]);

export const C = article({ id: 'notes-3', publishedNote: 'no date in the metadata, the dateline or the text pins the publication day' }, [
  'Argentina offered to mediate between the two governments.',
  'The talks were hosted by the Arce administration.',
]);

export function ev(d: AnalyzedArticle, i: number): Evidence {
  const s = d.sentences[i];
  return { articleId: d.article.id, sentenceIndex: i, start: s.start, end: s.end, text: d.article.body.slice(s.start, s.end) };
}

const BOL: Party = { name: 'Bolivia', country: 'BOL' };
const PRY: Party = { name: 'Paraguay', country: 'PRY' };
const ARG: Party = { name: 'Argentina', country: 'ARG' };

function storyEvent(id: string, e: Partial<StoryEvent> & Pick<StoryEvent, 'type' | 'evidence'>): StoryEvent {
  const articles = [...new Set(e.evidence.map((v) => v.articleId))];
  return {
    id, mode: null, actor: [], recipient: [], date: null, location: null, geo: null, modality: 'asserted', score: 0,
    articles, members: [], firstReported: null, lastReported: null, ...e,
  };
}

export const EVENTS = {
  shelling: storyEvent('story#v1', {
    type: 'ASSAULT', mode: 'heavy-weapons', actor: [PRY], recipient: [BOL], date: '2026-01-09', location: 'Villamontes',
    geo: { geonameId: null, lat: -21.26, lon: -63.47, country: 'BOL' }, score: -9.5, evidence: [ev(A, 0), ev(B, 0)],
  }),
  drones: storyEvent('story#v2', {
    type: 'ASSAULT', mode: 'drone', actor: [BOL], recipient: [PRY], date: '2026-01-08', location: 'Mariscal Estigarribia',
    modality: 'claimed', score: -9.5, evidence: [ev(B, 1)],
  }),
  accusation: storyEvent('story#v3', { type: 'ACCUSE', actor: [BOL], recipient: [PRY], date: '2026-01-10', score: -2, evidence: [ev(A, 2)] }),
  threat: storyEvent('story#v4', { type: 'THREATEN', actor: [BOL], recipient: [PRY], date: '2026-01-10', score: -3.5, evidence: [ev(A, 3)] }),
  denial: storyEvent('story#v5', { type: 'REJECT', actor: [PRY], recipient: [BOL], date: '2026-01-11', score: -2, evidence: [ev(B, 0)] }),
  offer: storyEvent('story#v6', { type: 'AGREE', actor: [ARG], recipient: [BOL, PRY], modality: 'planned', score: 2.5, evidence: [ev(C, 0)] }),
  unbacked: storyEvent('story#v7', { type: 'SUPPORT', actor: [ARG], recipient: [BOL], date: '2026-01-09', score: 5, evidence: [], articles: ['notes-3'] }),
};

const quote = (d: AnalyzedArticle, i: number, q: Partial<Quote>): Quote => ({
  id: `${d.article.id}#q${i}`, articleId: d.article.id, kind: 'direct', text: '', speaker: null, speakerEntityId: null, cue: 'said',
  channel: null, date: null, sentenceIndex: i, start: d.sentences[i].start, end: d.sentences[i].end, ...q,
});

A.quotes.push(quote(A, 3, { text: `We will answer this aggression ${SCRIPT}.`, speaker: 'Ana Quispe', date: '2026-01-10' }));
B.quotes.push(quote(B, 1, { kind: 'indirect', text: 'Bolivian drones had struck a depot', speaker: null }));

export const STORY: Story = {
  entities: [
    { id: 's#e1', name: 'Mariscal Estigarribia', type: 'GPE', aliases: [], country: 'PRY', roles: [], articles: ['herald-7'], members: [], geo: { geonameId: 3437444, lat: -22.03, lon: -60.61, country: 'PRY' } },
    { id: 's#e2', name: 'Villamontes', type: 'GPE', aliases: [], country: 'BOL', roles: [], articles: ['courier-1', 'herald-7'], members: [], geo: { geonameId: null, lat: -21.26, lon: -63.47, country: 'BOL' } },
    { id: 's#e3', name: 'Ana Quispe', type: 'PERSON', aliases: ['Quispe'], country: 'BOL', roles: ['Minister'], articles: ['courier-1'], members: [], geo: null },
  ],
  events: Object.values(EVENTS),
  claims: [
    {
      id: 'claim#1', text: 'Paraguayan shelling killed four civilians in Villamontes', claimant: BOL, disputedBy: [PRY], status: 'disputed',
      articles: ['courier-1', 'herald-7'], evidence: [ev(A, 0)], disputeEvidence: [ev(B, 0)],
    },
    {
      id: 'claim#2', text: 'Bolivian drones struck a depot near Mariscal Estigarribia', claimant: PRY, disputedBy: [], status: 'unconfirmed',
      articles: ['herald-7'], evidence: [ev(B, 1)], disputeEvidence: [], singleSourced: true,
    },
    { id: 'claim#3', text: 'Nobody said this', claimant: { name: '', country: null }, disputedBy: [], status: 'unconfirmed', articles: ['notes-3'], evidence: [ev(C, 0)], disputeEvidence: [] },
  ],
  discrepancies: [
    {
      id: 'disc#1', about: 'administration hosting the talks',
      values: [
        { value: 'Morales administration', articles: ['herald-7'], evidence: [ev(B, 2)] },
        { value: 'Arce administration', articles: ['notes-3'], evidence: [ev(C, 1)] },
      ],
    },
  ],
};

export const INPUT: StoryInput = { articles: [A, B, C], story: STORY };
