import type { TiptapDoc, TiptapNode } from '@/lib/rich-text/tiptap-doc';

function inlineText(nodes: readonly TiptapNode[]): string {
  return nodes.map((node) => (node.type === 'hardBreak' ? '\n' : (node.text ?? ''))).join('');
}

function stringAttr(node: TiptapNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

function imageText(node: TiptapNode): string {
  // Without alt text the address is all that tells two images apart.
  const label = stringAttr(node, 'alt') || stringAttr(node, 'src');
  const caption = stringAttr(node, 'caption');
  return `[图片] ${label}${caption ? ` — ${caption}` : ''}`;
}

// Prefixes mark the kind of block so that turning a paragraph into a heading, quote or list item
// shows as a change; ordered lists are not numbered, so inserting an item changes only that item.
function collect(nodes: readonly TiptapNode[], prefix: string, blocks: string[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
      case 'codeBlock': {
        const text = inlineText(node.content ?? []);
        if (text.trim() !== '') blocks.push(prefix + text);
        break;
      }
      case 'heading': {
        const text = inlineText(node.content ?? []);
        if (text.trim() !== '') blocks.push(`${prefix}${node.attrs?.level === 3 ? '### ' : '## '}${text}`);
        break;
      }
      case 'image':
        blocks.push(prefix + imageText(node));
        break;
      case 'horizontalRule':
        blocks.push(`${prefix}———`);
        break;
      case 'blockquote':
        collect(node.content ?? [], `${prefix}> `, blocks);
        break;
      case 'listItem':
        collect(node.content ?? [], `${prefix}• `, blocks);
        break;
      default:
        collect(node.content ?? [], prefix, blocks);
    }
  }
}

/** The body as the list of text blocks the diff aligns: paragraphs, headings, list items, quotes, images, rules. */
export function bodyDiffBlocks(doc: TiptapDoc): string[] {
  const blocks: string[] = [];
  collect(doc.content, '', blocks);
  return blocks;
}
