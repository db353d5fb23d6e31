import { makeExcerpt } from '@/lib/import/make-excerpt';
import { pickLead } from '@/lib/import/pick-lead';
import type { TiptapDoc, TiptapNode } from '@/lib/rich-text/tiptap-doc';

function paragraphText(node: TiptapNode): string {
  return (node.content ?? [])
    .map((child) => (child.type === 'text' ? (child.text ?? '') : child.type === 'hardBreak' ? ' ' : ''))
    .join('')
    .trim();
}

/**
 * The automatic excerpt: the body's lead paragraph (the first non-empty top-level paragraph that
 * does not only address the readers), cut the way the importer cuts it.
 */
export function deriveLeadExcerpt(doc: TiptapDoc): string {
  const paragraphs = doc.content.filter((node) => node.type === 'paragraph').map(paragraphText).filter(Boolean);
  const lead = pickLead(paragraphs);
  return lead === undefined ? '' : makeExcerpt(lead);
}
