import { normaliseImageSrc } from '../rich-text/normalise-image-src';
import type { TiptapNode } from '../rich-text/tiptap-doc';
import { escapeHtml } from './escape-html';

function stringAttribute(node: TiptapNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : '';
}

/**
 * An image node as a figure. The source is checked again here (stored bodies are validated,
 * but rendering must not depend on that); an image whose source fails keeps only its caption.
 */
export function renderImageHtml(node: TiptapNode): string {
  const rawSrc = stringAttribute(node, 'src');
  const src = normaliseImageSrc(rawSrc);
  const caption = stringAttribute(node, 'caption').trim();
  if (src === null) return caption === '' ? '' : `<p>${escapeHtml(caption)}</p>`;
  const image = `<img src="${escapeHtml(src)}" alt="${escapeHtml(stringAttribute(node, 'alt'))}" loading="lazy" decoding="async">`;
  const figcaption = caption === '' ? '' : `<figcaption>${escapeHtml(caption)}</figcaption>`;
  return `<figure>${image}${figcaption}</figure>`;
}
