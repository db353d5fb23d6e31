import { bodyAttributeLimits } from '../../rich-text/body-attribute-limits';
import { normaliseImageSrc } from '../../rich-text/normalise-image-src';
import { normaliseLinkHref } from '../../rich-text/normalise-link-href';
import type { TiptapDoc, TiptapNode } from '../../rich-text/tiptap-doc';
import type { HtmlBlock, HtmlImage } from './html-article';

const { urlLength, altLength, captionLength } = bodyAttributeLimits;

// Imported bodies reach the database without passing the editor's save, so each address goes
// through the same allow-list (and canonical form) as the body schema applies there; one that
// fails, or is longer than a body may hold, is dropped.
function allowed(normalise: (raw: string) => string | null, raw: string): string | null {
  const url = normalise(raw);
  return url !== null && url.length <= urlLength ? url : null;
}

// Splits a block's text around its links, in order; a link whose text is not found (cleaning
// changed it) is dropped and its text stays plain.
function toInlineNodes({ text, links = [] }: HtmlBlock): TiptapNode[] {
  const nodes: TiptapNode[] = [];
  let cursor = 0;
  for (const link of links) {
    const href = allowed(normaliseLinkHref, link.href);
    const start = link.text === '' || href === null ? -1 : text.indexOf(link.text, cursor);
    if (start === -1) continue;
    if (start > cursor) nodes.push({ type: 'text', text: text.slice(cursor, start) });
    nodes.push({ type: 'text', text: link.text, marks: [{ type: 'link', attrs: { href } }] });
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

// An address that is refused or too long is dropped with its image: it cannot be shortened.
function storableImages(images: readonly HtmlImage[]): HtmlImage[] {
  return images.flatMap((image) => {
    const src = allowed(normaliseImageSrc, image.src);
    return src === null ? [] : [{ ...image, src }];
  });
}

// Paragraphs and h2 headings with their (http/https) links, and images where the page has them;
// an image whose place was lost goes after the lead paragraph.
export function toHtmlTiptapDoc(blocks: readonly HtmlBlock[], images: readonly HtmlImage[]): TiptapDoc {
  const leadIndex = Math.max(0, blocks.findIndex((block) => block.type === 'paragraph'));
  const imagesAfter = new Map<number, HtmlImage[]>();
  for (const image of storableImages(images)) {
    const after = image.afterBlock ?? (blocks.length === 0 ? -1 : leadIndex);
    imagesAfter.set(after, [...(imagesAfter.get(after) ?? []), image]);
  }
  const content: TiptapNode[] = (imagesAfter.get(-1) ?? []).map(toImageNode);
  blocks.forEach((block, index) => {
    content.push(toBlockNode(block), ...(imagesAfter.get(index) ?? []).map(toImageNode));
  });
  return { type: 'doc', content };
}
