import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Hash of a body that ignores case, spacing and quote style, so a re-scraped copy hashes the same. */
export function contentHash(body: string): string {
  return sha256(
    body.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim(),
  );
}

/** Short stable id for a URL. */
export function urlId(url: string): string {
  return 'u' + sha256(url).slice(0, 16);
}
