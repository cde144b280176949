// Page furniture in a DOM subtree: navigation, share bars, related-story rails, captions,
// sign-up boxes, author boxes, hidden widgets. Recognised by tag, by the words of class and
// id names (the vocabulary web pages use for such parts) and by hidden state; removed only
// when the part holds a small share of the text, so a wrapper with a telling name is kept.

/** Tags that hold furniture, never the article's own paragraphs. */
const FURNITURE_TAGS = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'LABEL',
  'FIGURE', 'FIGCAPTION', 'PICTURE', 'IFRAME', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS',
  'MENU', 'DIALOG', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
]);

/** Words of class/id names that mark furniture. */
const FURNITURE_WORDS = new Set([
  // navigation and page frame
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'header', 'masthead', 'footer', 'sidebar',
  'skip', 'pagination', 'pager', 'toolbar', 'tools', 'controls', 'control',
  // sharing and social
  'share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'follow', 'print', 'email', 'whatsapp',
  // related and recirculation
  'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'trending', 'popular', 'outbrain',
  'taboola', 'rail', 'carousel', 'slider', 'swiper', 'slideshow', 'gallery', 'teaser', 'teasers',
  // calls to action and commerce
  'newsletter', 'newsletters', 'signup', 'subscribe', 'subscription', 'paywall', 'promo', 'promotion', 'cta',
  'advert', 'advertisement', 'advertising', 'ad', 'ads', 'adslot', 'adunit', 'sponsor', 'sponsored', 'dfp',
  'banner', 'cookie', 'cookies', 'consent', 'login', 'signin', 'register',
  // media furniture
  'caption', 'captions', 'credit', 'credits', 'figcaption', 'photo', 'image', 'picture',
  // article furniture around the text
  'byline', 'bylines', 'author', 'authors', 'bio', 'dateline', 'timestamp', 'meta', 'metadata', 'tags',
  'topics', 'keywords', 'standfirst', 'dek', 'kicker', 'comment', 'comments', 'disqus', 'reactions', 'rating',
  'disclaimer', 'copyright',
]);

/** Words of interface pieces that sit even inside a sentence (hover cards, screen-reader labels). */
const INTERFACE_WORDS = new Set(['popup', 'popover', 'tooltip', 'rollover', 'hovercard', 'modal', 'overlay', 'hidden', 'sronly', 'offscreen']);

/** Inline elements carry running text: names on them (a link styled "tag") say nothing of furniture. */
const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'SMALL', 'SUB', 'SUP', 'MARK', 'ABBR', 'CITE', 'Q', 'CODE', 'TIME', 'FONT', 'BDI', 'BDO', 'DFN', 'KBD', 'VAR', 'DATA', 'WBR']);

/** Multi-word names ("read-more", "you-may-like") as joined runs of words. */
const FURNITURE_PHRASES = /(?:^|-)(?:read-?more|more-(?:stories|articles|news|from|on|in)|see-also|also-read|you-may-(?:also-)?like|most-(?:read|popular|viewed|shared)|in-case-you-missed|further-reading|next-(?:article|story|post)|prev(?:ious)?-(?:article|story|post))(?:-|$)/;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Lower-case words of an element's class and id (split on separators and camelCase). */
export function nameWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  return raw
    .split(/\s+/)
    // State modifiers ("has-image", "with-video", "is-sticky") describe, they do not name a role.
    .filter((c) => !/^(?:has|with|without|no|is|can)[-_]/i.test(c))
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const MARK = 'data-sitrep-furniture';

/** Why an element reads as furniture by its tag, names or hidden state; null when it does not. */
export function furnitureReason(el: Element): string | null {
  const marked = el.getAttribute(MARK);
  if (marked) return marked;
  if (FURNITURE_TAGS.has(el.tagName)) return `tag ${el.tagName.toLowerCase()}`;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 'hidden';
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return 'hidden';
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|banner|contentinfo|complementary|search|dialog|menu|toolbar)$/.test(role)) return `role ${role}`;
  return nameReason(el);
}

/** Quick reject: names that contain none of the vocabulary as a substring need no splitting. */
const ANY_WORD = new RegExp([...FURNITURE_WORDS, ...INTERFACE_WORDS, 'more', 'also', 'reader', 'sr-only', 'most', 'next', 'prev', 'further'].join('|'), 'i');

/** Why an element's class or id names furniture; null when they do not. */
function nameReason(el: Element): string | null {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!ANY_WORD.test(raw)) return null;
  const words = nameWords(el);
  if (!words.length) return null;
  for (const w of words) if (INTERFACE_WORDS.has(w)) return `name ${w}`;
  const joined = words.join('-');
  if (/(?:^|-)(?:screen-reader|visually-hidden|sr-only)(?:-|$)/.test(joined)) return 'name phrase';
  if (INLINE.has(el.tagName)) return null;
  for (const w of words) if (FURNITURE_WORDS.has(w)) return `name ${w}`;
  if (FURNITURE_PHRASES.test(joined)) return 'name phrase';
  return null;
}

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/**
 * Removes furniture under root, top-down. A part named like furniture that holds more than
 * maxShare of the text is a wrapper of the article (some sites name the body "share-content"):
 * it stays and its children are examined instead.
 */
export function pruneFurniture(root: Element, maxShare = 0.4, onRemove?: (el: Element, reason: string) => void): number {
  const total = textLength(root);
  let removed = 0;
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const reason = furnitureReason(child);
      if (reason && textLength(child) <= maxShare * total) {
        onRemove?.(child, reason);
        child.remove();
        removed++;
        continue;
      }
      visit(child);
    }
  };
  visit(root);
  return removed;
}

/**
 * Marks furniture named by class or id in a whole document, before Readability runs: Readability
 * drops class names and replaces a wrapper holding a single paragraph by that paragraph, which
 * would lose the name ("author-bio" around one <p>). The mark is an attribute it keeps, and it
 * is passed down chains of single children.
 */
export function markNamedFurniture(root: Element): void {
  const visit = (el: Element) => {
    if (!FURNITURE_TAGS.has(el.tagName) && !el.hasAttribute(MARK) && (el.hasAttribute('class') || el.hasAttribute('id'))) {
      const reason = nameReason(el);
      if (reason) {
        el.setAttribute(MARK, reason);
        for (let only = soleChild(el); only && !only.hasAttribute(MARK); only = soleChild(only)) only.setAttribute(MARK, reason);
      }
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
  };
  visit(root);
}

/** The one child element of an element with no text of its own beside it. */
function soleChild(el: Element): Element | null {
  if (el.children.length !== 1) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return null;
  return el.children[0];
}
