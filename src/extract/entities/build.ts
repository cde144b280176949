// Runs the entity stages over one article and turns the drafts into model Entities.
import type { AnalyzedArticle, Entity, Mention } from '../../model.ts';
import { countryByName, countryOfWord, mayOpenLongerName } from '../gazetteer/countries.ts';
import { inferCountries, placeGeo } from './attributes.ts';
import { findChunks } from './chunks.ts';
import { classifyChunk, type ClassifyContext } from './classify.ts';
import { linkMentions, personParts, type Draft } from './link.ts';
import { linkReferences } from './references.ts';
import { tokenize, type Token } from './tokens.ts';
import type { NameMention } from './types.ts';

/** How often each country is named in the article (names and demonyms): the article's geography. */
export function countryWeights(tokens: Token[]): Map<string, number> {
  const w = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap) continue;
    const two = i + 1 < tokens.length && tokens[i + 1].cap && mayOpenLongerName(t.text) ? countryByName(`${t.text} ${tokens[i + 1].text}`) : null;
    // A name two states share ("Congo") counts for neither; capitals count for theirs ("Kinshasa").
    const c = two ?? countryOfWord(t.text);
    if (c) w.set(c.iso3, (w.get(c.iso3) ?? 0) + 1);
  }
  // Normalise to the most named country = 1.
  const max = Math.max(1, ...w.values());
  for (const [k, v] of w) w.set(k, v / max);
  return w;
}

/** Written in capitals ("PHNOM PENH"), as datelines are. */
const shouted = (t: string) => t.length > 3 && t === t.toUpperCase() && /\p{Lu}{2}/u.test(t);

function entityName(d: Draft): string {
  const names = d.mentions.filter((m) => m.kind === 'name');
  if (!names.length) {
    const canon = d.mentions.find((m) => m.canonical)?.canonical;
    return canon ?? d.mentions[0].text;
  }
  if (d.type === 'PERSON') {
    // The fullest form: most name parts, then the longest spelling ("S. Jaishankar" over "S Jaishankar").
    return names.reduce((a, b) => {
      const pa = personParts(a.text).length;
      const pb = personParts(b.text).length;
      return pb > pa || (pb === pa && b.text.length > a.text.length) ? b : a;
    }).text;
  }
  // The longest name; a dateline's capitals ("PHNOM PENH") yield to the same name in running text.
  const pool = names.some((m) => !shouted(m.text)) ? names.filter((m) => !shouted(m.text)) : names;
  return pool.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text.replace(/^the\s+/i, '');
}

function aliasesOf(d: Draft): string[] {
  const out: string[] = [];
  const names = d.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias');
  // An entity known only by its demonym keeps the demonym as its surface form ("Saudi").
  for (const m of names.length ? names : d.mentions) {
    const t = m.text.replace(/^the\s+/i, '');
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

export function buildEntities(doc: AnalyzedArticle): Entity[] {
  const body = doc.article.body;
  const tokens = tokenize(body, doc.sentences);
  const ctx: ClassifyContext = { tokens, body, countryWeights: countryWeights(tokens) };
  const mentions: NameMention[] = [];
  for (const chunk of findChunks(tokens)) mentions.push(...classifyChunk(ctx, chunk));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const drafts = linkMentions(mentions, tokens);
  inferCountries(drafts, tokens, doc, ctx.countryWeights);
  linkReferences(drafts, tokens, doc);
  const ordered = drafts
    .filter((d) => d.mentions.length)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return ordered.map((d, n) => {
    const ms: Mention[] = [
      ...d.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
      ...d.extra.map((m) => ({ ...m })),
    ].sort((a, b) => a.start - b.start);
    return {
      id: `${doc.article.id}#e${n + 1}`,
      articleId: doc.article.id,
      name: entityName(d),
      type: d.type,
      aliases: aliasesOf(d),
      country: d.country,
      ...(d.country && d.countryBasis ? { countryBasis: d.countryBasis } : {}),
      roles: d.roles,
      mentions: ms,
      geo: placeGeo(d),
    };
  });
}
