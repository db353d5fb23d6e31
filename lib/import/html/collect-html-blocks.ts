import { isHeadingLine } from '../is-heading-line';
import { collapseWhitespace } from './collapse-whitespace';
import type { HtmlBlock, HtmlLink } from './html-article';
import { rawTextElements } from './light/html-element-sets';
import { getAttribute, type LightElement, type LightNode } from './light/light-node';
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

export interface CollectOptions {
  baseUrl: string; // for resolving links; '' leaves relative links out
  skip?: ReadonlySet<LightElement>; // caption elements already used by images
  // Filled with each <img> met and the index of the first block after it (an image inside a line
  // of text goes after that line), so images can be placed where the page has them.
  imagePositions?: Map<LightElement, number>;
}

// A step of the walk: a node to visit, or the end of an element whose block or link closes there.
type Step = { node: LightNode; isBold: boolean } | { end: LightElement; textStart: number; isBlock: boolean };

// Turns an element's subtree into text blocks: every block element and every <br> ends one, as a
// reader sees it. Headings are h1–h6, and short paragraphs set wholly in bold (<p><strong>小标题),
// which is how most Chinese CMSs mark subheadings. Links keep their text and http(s) address.
export function collectHtmlBlocks(root: LightElement, { baseUrl, skip, imagePositions }: CollectOptions): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
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

  const stack: Step[] = [{ node: root, isBold: false }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('end' in step) {
      if (step.end.name === 'a') {
        const href = toSafeUrl(getAttribute(step.end, 'href'), baseUrl);
        if (href) open.links.push({ text: collapseWhitespace(open.text.slice(step.textStart)), href });
      }
      if (step.isBlock) flush(headingElements.has(step.end.name));
      continue;
    }
    const { node, isBold } = step;
    if (node.kind === 'text') {
      open.text += node.text;
      if (isBold) open.boldText += node.text;
      continue;
    }
    if (skip?.has(node) || rawTextElements.has(node.name)) continue;
    if (node.name === 'br') {
      flush();
      continue;
    }
    if (node.name === 'img') imagePositions?.set(node, blocks.length + (collapseWhitespace(open.text) === '' ? 0 : 1));
    const isBlock = blockElements.has(node.name);
    if (isBlock) flush();
    stack.push({ end: node, textStart: open.text.length, isBlock });
    const isChildBold = isBold || boldElements.has(node.name);
    for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push({ node: node.children[index] as LightNode, isBold: isChildBold });
  }
  flush();
  return blocks;
}
