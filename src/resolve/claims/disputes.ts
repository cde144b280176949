// Dispute statements of one article: a party saying that what another party claims is false
// ("Pakistan has denied any involvement", "He described the casualty figures announced in Addis
// Ababa as invented", "Asked about the Eritrean claim, X said that Ethiopia had lost no aircraft").
// They are matched to claims at story level (the claim may be in another article); disputes the
// sentence itself ties to one claim ("a figure India disputes") are on the candidate already.
import type { Evidence, Party } from '../../model.ts';
import type { ArticleReading, Candidate } from './candidates.ts';
import { readContent, type Content } from './content.ts';
import { CONTEST_VERB, DENY_CUE, DENY_VERB, FALSITY, UNVERIFIABLE } from './lexicon.ts';
import { claimantOf, countryInPhrase, stateParty } from './parties.ts';
import { evidenceOf, fold, remember, sentenceText } from './text.ts';

export interface DisputeStatement {
  disputer: Party;
  /** Points back at what was just said ("no evidence of that", "the claim"). */
  anaphoric?: boolean;
  kind: 'denied' | 'disputed';
  /** The state whose claim is disputed, when the text says ("the Eritrean claim", "figures announced in Addis Ababa"). */
  target: string | null;
  content: Content;
  articleId: string;
  sentenceIndex: number;
  evidence: Evidence;
  /** A negated statement of the disputer's own (kept as a claim when it disputes nothing). */
  from?: Candidate;
  /** The disputer's own account given with the denial, in the same sentence ("..., saying S"). */
  counters?: Candidate[];
}

export interface ArticleDisputes {
  statements: DisputeStatement[];
  /** Sentences where the outlet says it cannot verify what the parties claim. */
  unverifiable: Evidence[];
}

/** The state a claim reference points at: "the Eritrean claim", "figures announced in Addis Ababa". */
function referencedState(reading: ArticleReading, from: number, to: number, exclude: string | null): string | null {
  for (const m of reading.parties.within(from, to)) {
    const c = m.party.country;
    if (c && c !== exclude && (m.kind === 'state' || m.kind === 'org' || m.kind === 'person')) return c;
  }
  const c = countryInPhrase(reading.doc.article.body.slice(from, to));
  return c && c !== exclude ? c : null;
}

const MAYBE_DISPUTE = /deni|deny|evidence|played down|plays down|playing down|downplay|reject|refut|dismiss|rebut|repudiat|debunk|brush|ruled out|rubbish|slamm|denounc|disput|contest|question|challeng|doubt|baseless|fals|fabricat|invent|lie|lying|untrue|propaganda|information|frivolous|ludicrous|unfounded|concocted|fake|misleading|nonsense|absurd|ficti|no truth|not true|without basis|far-fetched|cooked up|made up|doctored|staged|hoax|verif|confirm|corroborat/i;

const maybeDispute = remember((text: string) => MAYBE_DISPUTE.test(text));

const REFERENCE = /\b(?:the|this|that|these|those|such|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:claims?|assertions?|allegations?|accusations?|charges?|reports?|accounts?|figures?|tolls?|numbers?|version)\b/iu;

export function readDisputes(reading: ArticleReading): ArticleDisputes {
  const { doc, parties } = reading;
  const body = doc.article.body;
  const statements: DisputeStatement[] = [];
  const unverifiable: Evidence[] = [];
  const tiedSentences = new Set<number>();
  for (const c of reading.candidates) for (const t of c.tied) tiedSentences.add(t.evidence.sentenceIndex);

  const add = (disputer: Party | null, kind: 'denied' | 'disputed', si: number, text: string, span: { start: number; end: number } | null, target: string | null, from?: Candidate) => {
    if (!disputer) return;
    const content = readContent(text, span, parties, disputer.country, true);
    const counters = reading.candidates.filter((c) => c.sentenceIndex === si && c !== from && c.claimant.country && c.claimant.country === disputer.country && (!span || !c.span || c.span.start >= span.start));
    const anaphoric = /\b(?:of|about|for)\s+(?:that|this|it)\b|\b(?:the|that|this|such)\s+(?:claim|report|allegation|accusation|account|assertion)s?\b|\b(?:denied|rejected|disputed|dismissed)\s+(?:it|this|that)\b/i.test(text);
    statements.push({ disputer, kind, target, content, articleId: doc.article.id, sentenceIndex: si, evidence: evidenceOf(doc, si), ...(anaphoric ? { anaphoric } : {}), ...(from ? { from } : {}), ...(counters.length ? { counters } : {}) });
  };

  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const text = sentenceText(doc, si);
    // Most sentences dispute nothing: one cheap look before the word lists.
    if (!maybeDispute(text)) continue;
    const lower = fold(text);
    if (/verif|confirm|corroborat/i.test(text) && UNVERIFIABLE.test(text)) unverifiable.push(evidenceOf(doc, si));
    if (tiedSentences.has(si)) continue;
    // "Y denied any involvement", "India disputes the figure".
    const verb = DENY_VERB.exec(lower) ?? CONTEST_VERB.exec(lower);
    // "their dispute", "the border dispute": a noun, not a verb.
    if (verb && !/\b(?:the|their|a|an|this|its|his|her|our|border|territorial|long-running|bilateral)\s+$/.test(lower.slice(0, verb.index))) {
      const subject = parties.subjectBefore(s.start, s.start + verb.index);
      const disputer = subject ? claimantOf(subject) : null;
      const objFrom = s.start + verb.index + verb[0].length;
      const ref = REFERENCE.exec(body.slice(objFrom, s.end));
      const target = ref ? referencedState(reading, objFrom, objFrom + ref.index + ref[0].length, disputer?.country ?? null) : null;
      add(disputer, CONTEST_VERB.test(verb[0]) ? 'disputed' : 'denied', si, body.slice(objFrom, s.end), { start: objFrom, end: s.end }, target);
      continue;
    }
    // "He described the casualty figures announced in Addis Ababa as invented", "called the claim a fabrication".
    const falsity = FALSITY.exec(lower);
    const ref = falsity ? REFERENCE.exec(text) : null;
    if (falsity && ref && /\b(?:described|describes|called|calls|calling|termed|terms|branded|brands|labelled|labeled|dismissed|said|says)\b/.test(lower)) {
      const refStart = s.start + ref.index;
      const subject = parties.subjectBefore(s.start, refStart);
      const disputer = subject ? claimantOf(subject) : null;
      const target = referencedState(reading, refStart, s.end, disputer?.country ?? null);
      const figure = /\b(?:figures?|tolls?|numbers?)\b/i.test(ref[0]);
      add(disputer, figure ? 'disputed' : 'denied', si, body.slice(refStart, s.end), { start: refStart, end: s.end }, target);
    }
  }

  // Quotes that deny ("Ethiopia denied it lost an aircraft") or call something invented.
  for (const q of doc.quotes) {
    const cue = fold(q.cue ?? '');
    const falsity = FALSITY.test(fold(q.text));
    if (!DENY_CUE.test(cue) && !falsity) continue;
    if (statements.some((d) => d.sentenceIndex === q.sentenceIndex) || tiedSentences.has(q.sentenceIndex)) continue;
    const e = q.speakerEntityId ? doc.entities.find((x) => x.id === q.speakerEntityId) : null;
    let disputer: Party | null = null;
    if (e) {
      const m = parties.list.find((x) => x.party.entityId === e.id) ?? null;
      disputer = m ? claimantOf(m) : null;
    } else if (q.speaker) {
      const c = countryInPhrase(q.speaker);
      disputer = c ? stateParty(c) : null;
    }
    const content = readContent(q.text, { start: q.start, end: q.end }, parties, disputer?.country ?? null, true);
    const target = falsity ? (content.agent !== disputer?.country ? content.agent : null) : null;
    add(disputer, /^(?:disput|contest)/.test(cue) || falsity && content.topics.has('casualties') ? 'disputed' : 'denied', q.sentenceIndex, q.text, { start: q.start, end: q.end }, target);
  }

  // A party's negated statement about its own side ("Ethiopia had lost no aircraft") may answer a claim.
  for (const c of reading.candidates) {
    if (!c.content.negated || !c.content.factual) continue;
    const own = c.claimant.country && (c.content.agent === c.claimant.country || c.content.patients.has(c.claimant.country) || !c.content.agent);
    if (!own) continue;
    const s = doc.sentences[c.sentenceIndex];
    const ref = REFERENCE.exec(body.slice(s.start, s.end));
    const target = ref ? referencedState(reading, s.start + ref.index, s.start + ref.index + ref[0].length, c.claimant.country) : null;
    statements.push({
      disputer: c.claimant, kind: 'denied', target, content: c.content, articleId: doc.article.id,
      sentenceIndex: c.sentenceIndex, evidence: evidenceOf(doc, c.sentenceIndex), from: c,
    });
  }
  return { statements, unverifiable };
}
