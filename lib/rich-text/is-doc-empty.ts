import { docToPlainText } from './doc-to-plain-text';
import type { TiptapDoc } from './tiptap-doc';

/** True when the body has no visible text (whitespace, including the ideographic space, doesn't count). */
export function isDocEmpty(doc: TiptapDoc): boolean {
  return docToPlainText(doc).trim() === '';
}
