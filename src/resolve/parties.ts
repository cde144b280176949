// Event parties after the story vote: a person's country guessed in one report (from its dateline or a
// sentence) and settled by what the reports state is settled in that report's events too.
import type { AnalyzedArticle, Entity } from '../model.ts';

/** The countries of every article's entities, taken before the story resolves them. */
export function entityCountries(articles: AnalyzedArticle[]): Map<Entity, string | null> {
  const out = new Map<Entity, string | null>();
  for (const d of articles) for (const e of d.entities) out.set(e, e.country);
  return out;
}

/** Parties that took their country from an entity the story re-affiliated follow the entity. */
export function reaffiliateEventParties(articles: AnalyzedArticle[], before: Map<Entity, string | null>): void {
  for (const d of articles) {
    let byId: Map<string, Entity> | null = null;
    for (const ev of d.events) {
      for (const p of [...ev.actor, ...ev.recipient]) {
        if (!p.entityId) continue;
        byId ??= new Map(d.entities.map((e) => [e.id, e]));
        const ent = byId.get(p.entityId);
        if (!ent || ent.type !== 'PERSON' || !ent.country) continue;
        const old = before.get(ent);
        // A country the story states for the person (no guess left) wins over the event's sentence guess
        // ("Obama ... in Amman"); a guess the story corrected is corrected in the event too.
        if (!ent.countryBasis || (old !== ent.country && p.country === old)) p.country = ent.country;
      }
    }
  }
}
