// Text blocks of a DOM subtree in reading order: one block per paragraph-level element
// (or per run of loose text between them), with what post-cleaning needs to judge it.

export interface TextBlock {
  text: string;
  /** Tag of the block element the text sits in (P, LI, H2, ...; DIV for loose text). */
  tag: string;
  /** Characters of the text inside links. */
  linkChars: number;
  words: number;
}

/** Elements that end a line of text. */
const BREAKING = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI',
  'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'BR', 'ADDRESS', 'CENTER', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'HGROUP',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE']);

export const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

export function collectBlocks(root: Element | null): TextBlock[] {
  const blocks: TextBlock[] = [];
  if (!root) return blocks;
  let buf = '';
  let linkChars = 0;
  const tags: string[] = ['DIV'];
  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) {
      const ratio = buf.length ? Math.min(1, linkChars / buf.replace(/\s+/g, ' ').length) : 0;
      blocks.push({ text, tag: tags[tags.length - 1], linkChars: Math.round(ratio * text.length), words: wordCount(text) });
    }
    buf = '';
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      buf += t;
      if (inLink) linkChars += t.replace(/\s+/g, ' ').length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName;
    if (SKIPPED.has(tag)) return;
    const breaking = BREAKING.has(tag);
    if (breaking) flush();
    if (breaking && tag !== 'BR' && tag !== 'HR') tags.push(tag);
    const link = inLink || tag === 'A';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, link);
    if (breaking) {
      flush();
      if (tag !== 'BR' && tag !== 'HR') tags.pop();
    }
  };
  walk(root, false);
  flush();
  return blocks;
}
