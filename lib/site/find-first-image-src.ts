import { normaliseImageSrc } from '../rich-text/normalise-image-src';
import type { TiptapNode } from '../rich-text/tiptap-doc';

/** The source of the body's first image that would render (same check as the renderer), else null. */
export function findFirstImageSrc(nodes: readonly TiptapNode[]): string | null {
  for (const node of nodes) {
    if (node.type === 'image' && typeof node.attrs?.src === 'string') {
      const src = normaliseImageSrc(node.attrs.src);
      if (src !== null) return src;
    }
    const nested = node.content ? findFirstImageSrc(node.content) : null;
    if (nested !== null) return nested;
  }
  return null;
}
