// Line-level boilerplate detection for scraped text: general rules on length,
// punctuation, known page-furniture patterns and repetition, never a list of lines.
import { countWords, squeezeSpaces } from './normalize.ts';

export type LineClass = 'content' | 'boilerplate' | 'byline';

export interface LineVerdict {
  cls: LineClass;
  reason: string;
}

// Page furniture: widgets, calls to action, comment and cookie notices, agency taglines.
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'advertisements?', 'sponsored(?: content)?', 'promoted(?: content)?', 'loading\\W*', 'please wait\\W*',
      'share(?: (?:it|this|this article|this story|on \\w+|via \\w+))?\\W*', 'follow us(?: on \\w+)?\\W*',
      'share(?: (?:on|via|this(?: article| story| page)?))?\\s*:.*',
      'subscribe(?: now| to [\\w ]+)?\\W*', 'sign (?:up|in)(?: [\\w ]+)?\\W*', 'log ?in\\W*', 'register\\W*',
      'like this\\W*', 'click (?:here|to) .*', '.*\\(opens in (?:a )?new (?:window|tab)\\)\\W*',
      '(?:also |must )?read(?: more| also| next| this)?\\W*', 'related(?: articles| stories| news| posts| links| coverage)?\\W*',
      '(?:also read|read more|read also|see also|more from [\\w ]+|related(?: \\w+)?|recommended|watch|listen|explainer|opinion|analysis)\\s*[:|]\\s.*',
      'comments? (?:are|is) (?:closed|disabled)\\W*', 'leave a (?:comment|reply)\\W*',
      'post a comment\\W*', 'no comments?(?: yet)?\\W*', '\\d+ comments?\\W*', 'view comments\\W*',
      'all rights reserved\\W*', 'skip to (?:main )?content\\W*', 'back to top\\W*',
      'print(?: this)?\\W*', 'e-?mail\\W*', 'whatsapp\\W*', 'facebook\\W*', 'twitter\\W*', 'telegram\\W*',
      'linkedin\\W*', 'reddit\\W*', 'menu\\W*', 'home\\W*', 'search\\W*', 'close\\W*', 'next\\W*', 'previous\\W*',
      'trending(?: now)?\\W*', 'top stories\\W*', 'most (?:read|popular|viewed)\\W*', 'latest news\\W*', 'breaking news\\W*',
      'you (?:may|might) also like\\W*', 'more (?:stories|news|from [\\w ]+)\\W*',
      'watch(?: video| now)?\\W*', 'listen(?: to this article)?\\W*', 'download (?:the )?app\\W*',
      'accept (?:all )?cookies\\W*', 'we use cookies.*', 'this site uses cookies.*', 'privacy policy\\W*',
      'terms (?:of (?:use|service)|and conditions)\\W*', 'newsletter\\W*', 'get the latest [\\w ]+',
      'tags?:.*', 'topics?:.*', 'filed under:?.*', 'image (?:source|credit):.*', 'photo(?:graph)? ?(?:credit)?:.*',
      'credit:.*', 'source:.*', 'file (?:photo|image)\\W*', 'representational (?:image|photo)\\W*',
      '(?:updated|published|posted|last updated)(?: on| at)?:? .{0,40}', 'min(?:ute)?s? read\\W*', '\\d+ min(?:ute)?s? read\\W*',
      '(?:additional )?(?:reporting|writing|editing|compiled|produced) by .*', 'our standards:.*', 'edited by .*',
      'scroll (?:down )?to (?:continue|read)(?: reading)?\\W*', 'continue reading\\W*', 'copy (?:the )?link\\W*',
    ].join('|') +
    ')$',
  'i',
);
const COPYRIGHT = /©|\bcopyright\b|\(c\) \d{4}|all rights reserved/i;
// Headings that open a block of links to other stories.
export const RELATED_HEADING = /^(?:related(?: articles| stories| news| posts| links| coverage)?|(?:also|must) read|read more|more (?:stories|news|from [\w ]+)|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest(?: news)?|more on this story|see also)\W*$/i;

// Picture agencies and credit shapes ("Name Surname/Agency", "(Reuters photo)").
const AGENCY = /\b(?:getty images|afp|reuters|associated press|ap photo|epa|pti|ani|ians|shutterstock|xinhua|anadolu|bloomberg|wikimedia|istock)\b/i;
const SLASH_CREDIT = /^[\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+)*\s*\/\s*[\p{Lu}][\p{L}.'& -]+$/u;
// Captions open with a label; a sentence that ends with a bracketed "Outlet/Photographer" credit is one too.
const CAPTION = /^(?:photo(?:graph)?s?|pictures?|image|file photo|caption|video)\s*(?:credit)?\s*:/i;
const CREDIT_TAIL = /\((?:[^()]*\/[^()]*|[^()]*\b(?:photo|file|handout|getty|afp|reuters|ap)\b[^()]*)\)\s*$/i;
// A line naming the writer's desk or job rather than a person: "Middle East correspondent", "Staff reporter".
const JOURNALIST = /\b(?:correspondents?|reporters?|writers?|editors?|staff|desk|bureau|contributors?|columnists?|newsroom)$/i;
const BULLET = /^(?:[•·▪●◦‣∙*–—-]\s+)+/;
const TERMINAL = /[.!?…:;]["'”’)\]]*$|["”’]$/;

export function stripBullet(line: string): string {
  return line.trimStart().replace(BULLET, '');
}

/** Normalised key of a line for repetition counts. */
export function lineKey(line: string): string {
  return squeezeSpaces(stripBullet(line)).toLowerCase();
}

export interface LineContext {
  /** How often this line occurs in the same document. */
  repeatsInDoc: number;
  /** How many documents of the batch from the same site (this one included) carry this line. */
  repeatsAcrossSite: number;
}

export function classifyLine(raw: string, ctx: LineContext): LineVerdict {
  const line = squeezeSpaces(stripBullet(raw));
  const words = countWords(line);
  if (!line) return { cls: 'boilerplate', reason: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(line)) return { cls: 'boilerplate', reason: 'no letters' };
  if (words <= 12 && (FURNITURE.test(line) || allFurniture(raw))) return { cls: 'boilerplate', reason: 'page furniture' };
  // A line wholly in brackets is an aside of the page: a credit, a tagline, an editor's note.
  const unbracketed = /^\(.*\)$/.test(line) ? line.slice(1, -1).trim() : line;
  if (words <= 30 && /^(?:(?:additional )?reporting|writing|editing|compiled|produced) by\b/i.test(unbracketed))
    return { cls: 'boilerplate', reason: 'agency tagline' };
  if (words <= 40 && CAPTION.test(line)) return { cls: 'boilerplate', reason: 'photo caption' };
  if (words <= 40 && CREDIT_TAIL.test(line)) return { cls: 'boilerplate', reason: 'photo caption with credit' };
  if (words <= 10 && COPYRIGHT.test(line)) return { cls: 'boilerplate', reason: 'copyright notice' };
  if (words <= 8 && (SLASH_CREDIT.test(line) || (AGENCY.test(line) && !TERMINAL.test(line))))
    return { cls: 'boilerplate', reason: 'photo credit' };
  if (words <= 14 && /\|/.test(line) && !TERMINAL.test(line.replace(/\|\s*$/, '')))
    return { cls: 'byline', reason: 'byline or desk line' };
  if (words <= 8 && !TERMINAL.test(line) && (/^by\s/i.test(line) || JOURNALIST.test(line)))
    return { cls: 'byline', reason: 'byline' };
  if (/^[Bb][Yy]\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})*\.?$/u.test(line))
    return { cls: 'byline', reason: 'byline' };
  if (words <= 8 && ctx.repeatsInDoc >= 2) return { cls: 'boilerplate', reason: 'repeated in the page' };
  // Pages of one site share their furniture; a short sentence quoted by several reports is not furniture.
  if (words <= 12 && (ctx.repeatsAcrossSite >= 5 || (ctx.repeatsAcrossSite >= 3 && !TERMINAL.test(line))))
    return { cls: 'boilerplate', reason: 'repeated across the site' };
  return { cls: 'content', reason: '' };
}

/** "Advertisement · Scroll to continue", "Share on Facebook   Share on X   Copy link": furniture pieces on one line. */
function allFurniture(raw: string): boolean {
  const parts = stripBullet(raw).split(/\s*[·|•]\s*|\s{2,}|\t+/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 && parts.every((p) => FURNITURE.test(p));
}

/** A short line that does not read as a sentence: navigation or a label, unless it is the headline. */
export function isFragment(raw: string): boolean {
  const line = squeezeSpaces(stripBullet(raw));
  const words = countWords(line);
  return words <= 3 && !TERMINAL.test(line);
}

export function endsLikeSentence(line: string): boolean {
  return TERMINAL.test(line.trim());
}
