// Embedded social posts (a tweet quoted in a report) are part of the story: an official's
// statement is often only a post. Their wrappers carry names like "social-media-embed" that
// make Readability drop them, so each post is lifted out of wrappers that hold nothing else.

const POST_SELECTOR = 'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.mastodon-embed';

const squeeze = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function liftEmbeddedPosts(document: Document): number {
  let lifted = 0;
  for (const post of Array.from(document.querySelectorAll(POST_SELECTOR))) {
    const own = squeeze(post.textContent);
    if (!own) continue;
    let top: Element = post;
    for (let p = post.parentElement; p && p.tagName !== 'BODY' && p.tagName !== 'ARTICLE' && p.tagName !== 'MAIN'; p = p.parentElement) {
      if (squeeze(p.textContent) !== own) break;
      top = p;
    }
    if (top !== post) {
      top.replaceWith(post);
      lifted++;
    }
  }
  return lifted;
}
