import type { TiptapDoc } from './tiptap-doc';

/** A new article body: one empty paragraph, as the editor itself creates. */
export function emptyDoc(): TiptapDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
