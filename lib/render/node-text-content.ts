import type { TiptapNode } from '../rich-text/tiptap-doc';

const MAX_DEPTH = 64;

/** The raw (unescaped) text inside a node; hard breaks count as newlines. */
export function nodeTextContent(node: TiptapNode, depth = 0): string {
  if (depth > MAX_DEPTH) return '';
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'hardBreak') return '\n';
  if (!Array.isArray(node.content)) return '';
  return node.content.map((child) => nodeTextContent(child, depth + 1)).join('');
}
