import type { Editor } from '@tiptap/core';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';

/**
 * The editor's document as plain JSON. ProseMirror builds node and mark attrs as null-prototype
 * objects, which React refuses to send to a server action; a structured clone has ordinary ones.
 */
export function readEditorDoc(editor: Editor): TiptapDoc {
  return structuredClone(editor.getJSON()) as TiptapDoc;
}
