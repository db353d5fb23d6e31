import type { TiptapDoc, TiptapNode } from './tiptap-doc';

const INLINE_TYPES = new Set(['text', 'hardBreak']);

function inlineText(nodes: TiptapNode[]): string {
  return nodes
    .map((node) => (node.type === 'hardBreak' ? '\n' : node.type === 'text' ? (node.text ?? '') : ''))
    .join('');
}

// A node whose children include inline nodes is a text block (paragraph, heading, code block,
// or an unknown node that holds text); every other node with content is a container.
function collectBlocks(node: TiptapNode, blocks: string[]): void {
  const children = node.content ?? [];
  if (children.some((child) => INLINE_TYPES.has(child.type))) {
    const text = inlineText(children);
    if (text !== '') blocks.push(text);
    return;
  }
  for (const child of children) collectBlocks(child, blocks);
}

/** Plain text of an article body: text blocks separated by a blank line, hard breaks as newlines. */
export function docToPlainText(doc: TiptapDoc): string {
  const blocks: string[] = [];
  collectBlocks(doc, blocks);
  return blocks.join('\n\n');
}
