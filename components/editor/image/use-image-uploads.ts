'use client';

import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useCallback, useRef, useState } from 'react';
import { selectImageNear } from './select-image-near';
import { uploadImageFile, type UploadImageError } from './upload-image-file';
import { addUploadPlaceholder, findUploadPlaceholder, removeUploadPlaceholder } from './upload-placeholder';

export interface ImageUploadProblem {
  id: number;
  fileName: string;
  error: UploadImageError;
}

/**
 * Uploads image files into the body: a placeholder with the progress marks the spot meanwhile,
 * the image replaces it once stored, and a problem per refused file is kept for the editor to
 * show. When the cursor is still where the image goes, the new image is selected so its alt text
 * can be filled in at once.
 */
export function useImageUploads(editor: Editor | null) {
  const t = useTranslations('editor');
  const [problems, setProblems] = useState<ImageUploadProblem[]>([]);
  const nextId = useRef(0);

  const uploadOne = useCallback(
    async (current: Editor, file: File, at: number) => {
      const id = `upload-${(nextId.current += 1)}`;
      const element = document.createElement('span');
      element.className = 'article-editor__upload';
      element.setAttribute('role', 'status');
      element.setAttribute('contenteditable', 'false');
      const show = (fraction: number) => {
        element.textContent = t('imageUploading', { name: file.name, percent: Math.round(fraction * 100) });
      };
      show(0);
      current.view.dispatch(addUploadPlaceholder(current.state.tr, id, at, element));
      const result = await uploadImageFile(file, show);
      if (current.isDestroyed) return;
      const pos = findUploadPlaceholder(current.state, id);
      current.view.dispatch(removeUploadPlaceholder(current.state.tr, id));
      if (!result.ok) {
        setProblems((list) => [...list, { id: nextId.current++, fileName: file.name, error: result.error }]);
        return;
      }
      if (pos === null) return; // the text around it was deleted meanwhile
      const { selection } = current.state;
      const cursorIsThere = selection.empty && selection.from === pos;
      current.chain().insertContentAt(pos, { type: 'image', attrs: { src: result.src, alt: '', caption: null } }, { updateSelection: cursorIsThere }).run();
      if (cursorIsThere) selectImageNear(current, pos, result.src);
    },
    [t],
  );

  const upload = useCallback(
    (files: readonly File[], at?: number) => {
      if (!editor || editor.isDestroyed) return;
      const pos = at ?? editor.state.selection.to;
      setProblems([]);
      for (const file of files) void uploadOne(editor, file, pos);
    },
    [editor, uploadOne],
  );

  const dismiss = useCallback(() => setProblems([]), []);

  return { upload, problems, dismiss };
}
