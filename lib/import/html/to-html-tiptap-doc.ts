import { bodyAttributeLimits } from '../../rich-text/body-attribute-limits';
import type { TiptapDoc, TiptapNode } from '../../rich-text/tiptap-doc';
import type { HtmlBlock, HtmlImage } from './html-article';

const { urlLength, altLength, captionLength } = bodyAttributeLimits;

// Splits a block's text around its links, in order; a link whose text is not found (cleaning
// changed it) is dropped and its text stays plain.
function toInlineNodes({ text, links = [] }: HtmlBlock): TiptapNode[] {
  const nodes: TiptapNode[] = [];
  let cursor = 0;
  for (const link of links) {
    const start = link.text === '' || link.href.length > urlLength ? -1 : text.indexOf(link.text, cursor);
    if (start === -1) continue;
    if (start > cursor) nodes.push({ type: 'text', text: text.slice(cursor, start) });
    nodes.push({ type: 'text', text: link.text, marks: [{ type: 'link', attrs: { href: link.href } }] });
    cursor = start + link.text.length;
  }
  if (cursor < text.length) nodes.push({ type: 'text', text: text.slice(cursor) });
  return nodes;
}

function toBlockNode(block: HtmlBlock): TiptapNode {
  const content = toInlineNodes(block);
  return block.type === 'heading' ? { type: 'heading', attrs: { level: 2 }, content } : { type: 'paragraph', content };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const toImageNode = ({ src, alt, caption }: HtmlImage): TiptapNode => ({
  type: 'image',
  attrs: { src, alt: truncate(alt, altLength), caption: caption === null ? null : truncate(caption, captionLength) },
});

// An address longer than the body may hold cannot be shortened without breaking it.
const isStorable = (image: HtmlImage) => image.src.length <= urlLength;

// Paragraphs and h2 headings with their (http/https) links, and images where the page has them;
// an image whose place was lost goes after the lead paragraph.
export function toHtmlTiptapDoc(blocks: readonly HtmlBlock[], images: readonly HtmlImage[]): TiptapDoc {
  const leadIndex = Math.max(0, blocks.findIndex((block) => block.type === 'paragraph'));
  const imagesAfter = new Map<number, HtmlImage[]>();
  for (const image of images.filter(isStorable)) {
    const after = image.afterBlock ?? (blocks.length === 0 ? -1 : leadIndex);
    imagesAfter.set(after, [...(imagesAfter.get(after) ?? []), image]);
  }
  const content: TiptapNode[] = (imagesAfter.get(-1) ?? []).map(toImageNode);
  blocks.forEach((block, index) => {
    content.push(toBlockNode(block), ...(imagesAfter.get(index) ?? []).map(toImageNode));
  });
  return { type: 'doc', content };
}
