// Claims as schema.org ClaimReview records (https://schema.org/ClaimReview), one per claim.
// The rating is sitrep's status word only (reviewRating.alternateName: disputed, denied, unconfirmed,
// corroborated): no numeric rating is invented. Who disputes the claim and every sentence behind it
// (claim, disputes, confirmations, caveats) are carried under "sitrep".
import type { Article, Claim, Evidence, Party, Story, StoryEntity } from '../model.ts';
import { countryByIso3 } from '../extract/gazetteer/countries.ts';

/** What the records need of an article. */
export type ArticleMeta = Pick<Article, 'id' | 'url' | 'title' | 'outlet' | 'published'>;

const STATUS_TEXT: Record<Claim['status'], string> = {
  disputed: 'Disputed: another party contests the figure or description',
  denied: 'Denied by the party it concerns',
  unconfirmed: 'Unconfirmed: only the claimant says so',
  corroborated: "Corroborated in substance by the other side's own account",
};

function countryThing(iso3: string) {
  return { '@type': 'Country', name: countryByIso3(iso3)?.name ?? iso3, identifier: iso3 };
}

function authorOf(p: Party, entities: Map<string, StoryEntity>) {
  const e = p.entityId ? entities.get(p.entityId) : undefined;
  if (e?.type === 'PERSON') return { '@type': 'Person', name: p.name, ...(p.country ? { nationality: countryThing(p.country) } : {}) };
  // A state speaks through its government; other parties are organisations.
  return { '@type': 'Organization', name: p.name, ...(p.country ? { areaServed: countryThing(p.country) } : {}) };
}

function sentence(e: Evidence, meta: Map<string, ArticleMeta>) {
  const a = meta.get(e.articleId);
  return { article: e.articleId, ...(a?.url ? { url: a.url } : {}), sentence: e.sentenceIndex, text: e.text };
}

export function reviewOfClaim(claim: Claim, meta: Map<string, ArticleMeta>, byId: Map<string, StoryEntity> = new Map()) {
  const appearance = claim.evidence.map((e) => {
    const a = meta.get(e.articleId);
    return {
      '@type': 'NewsArticle',
      identifier: e.articleId,
      ...(a?.url ? { url: a.url } : {}),
      ...(a?.title ? { headline: a.title } : {}),
      ...(a?.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
      ...(a?.published ? { datePublished: a.published } : {}),
      text: e.text,
    };
  });
  const dated = appearance.filter((x) => x.datePublished).sort((x, y) => String(x.datePublished).localeCompare(String(y.datePublished)));
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: claim.id,
    claimReviewed: claim.text,
    itemReviewed: {
      '@type': 'Claim',
      author: authorOf(claim.claimant, byId),
      appearance,
      ...(dated.length ? { firstAppearance: dated[0] } : {}),
    },
    reviewRating: { '@type': 'Rating', alternateName: claim.status, ratingExplanation: STATUS_TEXT[claim.status] },
    author: { '@type': 'Organization', name: 'sitrep (automated cross-check of the reports)' },
    sitrep: {
      status: claim.status,
      claimant: { name: claim.claimant.name, country: claim.claimant.country },
      disputedBy: claim.disputedBy.map((p) => ({ name: p.name, country: p.country })),
      singleSourced: claim.singleSourced ?? claim.articles.length === 1,
      articles: claim.articles,
      evidence: claim.evidence.map((e) => sentence(e, meta)),
      disputeEvidence: claim.disputeEvidence.map((e) => sentence(e, meta)),
      confirmEvidence: (claim.confirmEvidence ?? []).map((e) => sentence(e, meta)),
      caveatEvidence: (claim.caveatEvidence ?? []).map((e) => sentence(e, meta)),
    },
  };
}

/**
 * Every claim of a story as a ClaimReview record. (The export command finds this writer by its name
 * and calls it with the story and the articles.)
 */
export function claimReviews(story: Pick<Story, 'claims'> & Partial<Pick<Story, 'entities'>>, articles: ArticleMeta[]) {
  const meta = new Map(articles.map((a) => [a.id, a]));
  const byId = new Map((story.entities ?? []).map((e) => [e.id, e]));
  return story.claims.map((c) => reviewOfClaim(c, meta, byId));
}
