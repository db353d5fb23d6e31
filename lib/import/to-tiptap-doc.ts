import type { TiptapDoc, TiptapNode } from '../rich-text/tiptap-doc';
import type { BodyBlock } from './structure-body';

function toNode({ kind, text }: BodyBlock): TiptapNode {
  // Tiptap rejects empty text nodes, so an empty block gets no content at all.
  const content = text === '' ? [] : [{ type: 'text', text }];
  return kind === 'heading' ? { type: 'heading', attrs: { level: 2 }, content } : { type: 'paragraph', content };
}

export function toTiptapDoc(blocks: readonly BodyBlock[]): TiptapDoc {
  return { type: 'doc', content: blocks.map(toNode) };
}
