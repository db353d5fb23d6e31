import { mergeAttributes } from '@tiptap/core';
import { Image } from '@tiptap/extension-image';
import { normaliseImageSrc } from '@/lib/rich-text/normalise-image-src';

// Attribute parsers run on whichever element a parse rule matched: a <figure> or a bare <img>.
function imageIn(element: HTMLElement): HTMLElement | null {
  return element.matches('img') ? element : element.querySelector('img');
}

function captionIn(element: HTMLElement): string | null {
  if (!element.matches('figure')) return null;
  const caption = element.querySelector('figcaption')?.textContent?.trim() ?? '';
  return caption === '' ? null : caption;
}

function hasAllowedSource(element: HTMLElement): boolean {
  const src = imageIn(element)?.getAttribute('src');
  return typeof src === 'string' && normaliseImageSrc(src) !== null;
}

/**
 * Tiptap's image node with exactly the attributes article bodies store ({ src, alt, caption },
 * see tiptap-doc-schema.ts), so imported images survive a round trip through the editor, shown
 * as a figure. Images whose source the schema would refuse are not pasted in, and the markdown
 * shortcut is off: images arrive by import (and later by upload), not by typing a URL.
 */
export const ArticleImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null, parseHTML: (element) => imageIn(element)?.getAttribute('src') ?? null },
      alt: { default: '', parseHTML: (element) => imageIn(element)?.getAttribute('alt') ?? '' },
      caption: { default: null, parseHTML: captionIn, renderHTML: () => ({}) },
    };
  },

  parseHTML() {
    const accept = (element: HTMLElement) => (hasAllowedSource(element) ? {} : false);
    return [
      { tag: 'figure', getAttrs: (element) => (imageIn(element) ? accept(element) : false) },
      { tag: 'img[src]', getAttrs: accept },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const image = ['img', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes)] as const;
    const caption: unknown = node.attrs.caption;
    return typeof caption === 'string' && caption !== '' ? ['figure', {}, image, ['figcaption', {}, caption]] : ['figure', {}, image];
  },

  addInputRules() {
    return [];
  },
});
