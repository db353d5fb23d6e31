import { cleanPastedElement } from './clean-pasted-element';
import { convertWordLists } from './convert-word-lists';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const PROCESSING_INSTRUCTION_NODE = 7;
// Blocks that are empty once cleaned (Word's <p><o:p>&nbsp;</o:p></p>, emptied share bars).
const DROPPED_WHEN_EMPTY = new Set(['p', 'div', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'strong', 'b', 'em', 'i', 's', 'u', 'a', 'section', 'article', 'header', 'footer']);

// Word and some sites wrap long lines of their HTML source; a line break between two Chinese
// characters would otherwise be read as a space.
const WRAPPED_HAN_LINE = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])[ \t]*\r?\n[ \t\r\n]*(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;

function joinWrappedHanLines(node: Node): void {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE) child.textContent = (child.textContent ?? '').replace(WRAPPED_HAN_LINE, '');
    else if ((child as Element).localName !== 'pre') joinWrappedHanLines(child);
  }
}

const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'pre', 'hr', 'table', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'body']);

const isBlock = (node: Node | null) => node === null || (node.nodeType === ELEMENT_NODE && BLOCKS.has((node as Element).localName));

// Source indentation between blocks means nothing; between inline elements it is a space.
function dropLayoutWhitespace(node: Node): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === ELEMENT_NODE && (child as Element).localName !== 'pre') dropLayoutWhitespace(child);
    const isBlank = child.nodeType === TEXT_NODE && /^[ \t\r\n]*$/.test(child.textContent ?? '');
    if (isBlank && isBlock(node) && isBlock(child.previousSibling) && isBlock(child.nextSibling)) child.parentNode?.removeChild(child);
  }
}

function isEmpty(element: Element): boolean {
  return (element.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, '') === '' && !element.querySelector('img, br, hr');
}

// Children first, so a parent sees what is left of them (an emptied share bar, a bare paragraph).
function cleanTree(node: Node): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === COMMENT_NODE || child.nodeType === PROCESSING_INSTRUCTION_NODE) {
      child.parentNode?.removeChild(child);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    cleanTree(element);
    const tag = element.localName;
    cleanPastedElement(element);
    if (element.isConnected && DROPPED_WHEN_EMPTY.has(tag) && isEmpty(element)) element.remove();
  }
}

/**
 * Pasted HTML made fit for an article body: keeps headings, paragraphs, lists (Word's list
 * paragraphs included), blockquotes, links, images, bold, italic and strike-through; drops
 * scripts, styles, comments, Office markup, classes and styles, hidden and share/ad blocks,
 * tracking pixels and images the body can't hold, and tracking parameters from links. Text is
 * never rewritten, so full-width punctuation stays as typed.
 * `parse` is DOMParser in the browser (jsdom in tests).
 */
export function cleanPastedHtml(html: string, parse: (html: string) => Document): string {
  const body = parse(html).body;
  convertWordLists(body); // first, while the list styles are still there
  cleanTree(body);
  body.normalize();
  dropLayoutWhitespace(body);
  joinWrappedHanLines(body);
  return body.innerHTML.trim();
}
