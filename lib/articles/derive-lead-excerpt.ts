import { makeExcerpt } from '@/lib/import/make-excerpt';
import { parseDateline } from '@/lib/import/parse-dateline';
import { pickLead } from '@/lib/import/pick-lead';
import type { TiptapDoc, TiptapNode } from '@/lib/rich-text/tiptap-doc';

function paragraphText(node: TiptapNode): string {
  return (node.content ?? [])
    .map((child) => (child.type === 'text' ? (child.text ?? '') : child.type === 'hardBreak' ? ' ' : ''))
    .join('')
    .trim();
}

/**
 * The automatic excerpt, made as the importer makes it: the body's lead paragraph (the first
 * non-empty top-level paragraph that does not only address the readers) without its dateline
 * (`本报武汉讯 …`), cut at a sentence.
 */
export function deriveLeadExcerpt(doc: TiptapDoc): string {
  const paragraphs = doc.content.filter((node) => node.type === 'paragraph').map(paragraphText).filter(Boolean);
  const lead = pickLead(paragraphs);
  if (lead === undefined) return '';
  const prefix = parseDateline(lead)?.prefix;
  return makeExcerpt(prefix && lead.length > prefix.length ? lead.slice(prefix.length) : lead);
}
