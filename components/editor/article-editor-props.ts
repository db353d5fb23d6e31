import type { EditorProps, EditorView } from '@tiptap/pm/view';
import { cleanPastedHtml } from './paste/clean-pasted-html';

/** Bubbles up from the editable element when image files are pasted or dropped in; the uploader listens. */
export const IMAGE_FILES_EVENT = 'article-editor:image-files';

export interface ImageFilesDetail {
  files: File[];
  at?: number;
}

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function filesIn(data: DataTransfer | null): File[] {
  return data ? [...data.files] : [];
}

function announceFiles(view: EditorView, detail: ImageFilesDetail): void {
  view.dom.dispatchEvent(new CustomEvent<ImageFilesDetail>(IMAGE_FILES_EVENT, { detail, bubbles: true }));
}

/**
 * ProseMirror view props of the article editor: accessible name, paste cleanup, and image files
 * pasted or dropped in announced to the uploader (IMAGE_FILES_EVENT). Word and Excel put a picture of the copied text on
 * the clipboard beside its HTML; only a paste with nothing but files (a screenshot) uploads.
 */
export function articleEditorProps(label: string): EditorProps {
  return {
    attributes: {
      'aria-label': label,
      'aria-multiline': 'true',
      role: 'textbox',
      class: 'article-editor__content',
    },
    transformPastedHTML: (html) => cleanPastedHtml(html, parseHtml),
    handlePaste: (view, event) => {
      const files = filesIn(event.clipboardData);
      const types = event.clipboardData?.types ?? [];
      if (files.length === 0 || types.includes('text/html') || types.includes('text/plain') || !view.editable) return false;
      event.preventDefault();
      announceFiles(view, { files });
      return true;
    },
    handleDrop: (view, event, _slice, moved) => {
      const files = filesIn(event.dataTransfer);
      if (moved || files.length === 0 || !view.editable) return false;
      event.preventDefault();
      announceFiles(view, { files, at: view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos });
      return true;
    },
  };
}
