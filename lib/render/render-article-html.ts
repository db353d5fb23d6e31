// Server-side HTML for article bodies on public pages. Allow-list only: known nodes and marks
// become fixed tags, all text and attribute values are escaped, links are re-checked, and
// anything unknown degrades to its escaped text. Deliberately free of Tiptap's runtime.
import type { TiptapDoc, TiptapNode } from '../rich-text/tiptap-doc';
import { escapeHtml } from './escape-html';
import { nodeTextContent } from './node-text-content';
import { renderImageHtml } from './render-image-html';
import { renderInlineHtml, type InlineRenderContext } from './render-inline-html';

export type RenderArticleOptions = InlineRenderContext;

const MAX_DEPTH = 64;
const ORDERED_LIST_TYPES = new Set(['a', 'A', 'i', 'I']);
const CODE_LANGUAGE = /^[A-Za-z0-9_+#.-]{1,32}$/;

function childrenOf(node: TiptapNode): TiptapNode[] {
  return Array.isArray(node.content) ? node.content : [];
}

function orderedListAttributes(node: TiptapNode): string {
  const start = node.attrs?.start;
  const type = node.attrs?.type;
  let attributes = '';
  if (typeof start === 'number' && Number.isInteger(start) && start !== 1) attributes += ` start="${start}"`;
  if (typeof type === 'string' && ORDERED_LIST_TYPES.has(type)) attributes += ` type="${type}"`;
  return attributes;
}

function codeBlockHtml(node: TiptapNode): string {
  const language = node.attrs?.language;
  const className =
    typeof language === 'string' && CODE_LANGUAGE.test(language) ? ` class="language-${escapeHtml(language)}"` : '';
  return `<pre><code${className}>${escapeHtml(nodeTextContent(node))}</code></pre>`;
}

function renderNode(node: TiptapNode, context: InlineRenderContext, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  const blocks = () => childrenOf(node).map((child) => renderNode(child, context, depth + 1)).join('');
  const inline = () => renderInlineHtml(childrenOf(node), context);

  switch (node.type) {
    case 'paragraph':
      return `<p>${inline()}</p>`;
    case 'heading': {
      const requested = node.attrs?.level;
      const level = typeof requested === 'number' && requested >= 3 ? 3 : 2;
      return `<h${level}>${inline()}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${blocks()}</ul>`;
    case 'orderedList':
      return `<ol${orderedListAttributes(node)}>${blocks()}</ol>`;
    case 'listItem':
      return `<li>${blocks()}</li>`;
    case 'blockquote':
      return `<blockquote>${blocks()}</blockquote>`;
    case 'codeBlock':
      return codeBlockHtml(node);
    case 'horizontalRule':
      return '<hr>';
    case 'image':
      return renderImageHtml(node);
    case 'hardBreak':
      return '<br>';
    default:
      return escapeHtml(nodeTextContent(node));
  }
}

export function renderArticleHtml(doc: TiptapDoc, options: RenderArticleOptions = {}): string {
  const content = Array.isArray(doc.content) ? doc.content : [];
  return content.map((node) => renderNode(node, options, 1)).join('');
}
