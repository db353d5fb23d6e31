import { isHeadingLine } from '../is-heading-line';
import { collapseWhitespace } from './collapse-whitespace';
import type { HtmlBlock, HtmlLink } from './html-article';
import { toSafeUrl } from './to-safe-url';

const blockElements = new Set(
  ('address article aside blockquote center dd details div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody thead tfoot tr td th ul caption').split(' '),
);
const headingElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const boldElements = new Set(['strong', 'b']);
const maxBoldHeadingLength = 20;

interface OpenBlock {
  text: string;
  boldText: string;
  links: HtmlLink[];
}

// Turns an element's subtree into text blocks: every block element and every <br> ends one, as a
// reader sees it. Headings are h1–h6, and short paragraphs set wholly in bold (<p><strong>小标题),
// which is how most Chinese CMSs mark subheadings. When `imagePositions` is given, each <img> met
// is recorded with the index of the first block after it (an image inside a line of text goes
// after that line), so images can be placed where the page has them.
export function collectHtmlBlocks(root: Element, skip: ReadonlySet<Element> = new Set(), imagePositions?: Map<Element, number>): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const baseUrl = root.ownerDocument.baseURI;
  let open: OpenBlock = { text: '', boldText: '', links: [] };

  const flush = (isHeading = false) => {
    const text = collapseWhitespace(open.text);
    if (text !== '') {
      const isBoldHeading = collapseWhitespace(open.boldText) === text && isHeadingLine(text, maxBoldHeadingLength);
      const block: HtmlBlock = { type: isHeading || isBoldHeading ? 'heading' : 'paragraph', text };
      const links = open.links.filter((link) => link.text !== '');
      if (links.length > 0) block.links = links;
      blocks.push(block);
    }
    open = { text: '', boldText: '', links: [] };
  };

  const visit = (node: Node, isBold: boolean) => {
    if (node.nodeType === node.TEXT_NODE) {
      open.text += node.textContent ?? '';
      if (isBold) open.boldText += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    if (skip.has(element)) return;
    const name = element.localName;
    if (name === 'br') return flush();
    if (name === 'img' && imagePositions) imagePositions.set(element, blocks.length + (collapseWhitespace(open.text) === '' ? 0 : 1));
    const isBlock = blockElements.has(name);
    if (isBlock) flush();
    const textBefore = open.text.length;
    for (const child of element.childNodes) visit(child, isBold || boldElements.has(name));
    if (name === 'a') {
      const href = toSafeUrl(element.getAttribute('href'), baseUrl);
      if (href) open.links.push({ text: collapseWhitespace(open.text.slice(textBefore)), href });
    }
    if (isBlock) flush(headingElements.has(name));
  };

  visit(root, false);
  flush();
  return blocks;
}
