'use client';

import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, type ReactNode } from 'react';
import { uploadImageAccept } from '@/lib/media/image-types';
import { ArticleEditorToolbar } from './article-editor-toolbar';
import { IMAGE_FILES_EVENT, type ImageFilesDetail } from './article-editor-props';
import { ImageDetailsPanel } from './image/image-details-panel';
import { UploadProblems } from './image/upload-problems';
import { useImageUploads } from './image/use-image-uploads';
import { useSelectedImage } from './image/use-selected-image';
import { LinkPopover } from './link/link-popover';

interface ArticleEditorPanelsProps {
  editor: Editor;
  isLinkOpen: boolean;
  onLinkOpenChange: (open: boolean) => void;
  children: ReactNode;
}

// Everything around the editable text, mounted once the editor exists: toolbar, file picker,
// upload problems, the selected image's fields and the link popover.
export function ArticleEditorPanels({ editor, isLinkOpen, onLinkOpenChange, children }: ArticleEditorPanelsProps) {
  const t = useTranslations('editor');
  const fileInput = useRef<HTMLInputElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const { upload, problems, dismiss } = useImageUploads(editor);
  const image = useSelectedImage(editor);

  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const onFiles = (event: Event) => {
      const { files, at } = (event as CustomEvent<ImageFilesDetail>).detail;
      upload(files, at);
    };
    element.addEventListener(IMAGE_FILES_EVENT, onFiles);
    return () => element.removeEventListener(IMAGE_FILES_EVENT, onFiles);
  }, [upload]);

  const actions = { openLink: () => onLinkOpenChange(true), pickImage: () => fileInput.current?.click() };
  return (
    <>
      <div className="article-editor__chrome">
        <ArticleEditorToolbar editor={editor} actions={actions} />
        <input
          ref={fileInput}
          type="file"
          accept={uploadImageAccept}
          multiple
          hidden
          aria-label={t('image')}
          onChange={(event) => {
            upload([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        <UploadProblems problems={problems} onDismiss={dismiss} />
        {image && editor.isEditable ? <ImageDetailsPanel key={`${image.pos}:${image.src}`} editor={editor} image={image} /> : null}
      </div>
      <div ref={body} className="article-editor__body">
        {children}
        {isLinkOpen ? <LinkPopover editor={editor} onClose={() => onLinkOpenChange(false)} /> : null}
      </div>
    </>
  );
}
