'use client';

import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { docToPlainText } from '@/lib/rich-text/doc-to-plain-text';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { countArticleText } from '@/lib/text/count-article-text';
import { ArticleEditorPanels } from './article-editor-panels';
import { articleEditorExtensions } from './article-editor-extensions';
import { articleEditorProps } from './article-editor-props';
import { UploadPlaceholder } from './image/upload-placeholder';
import { LinkShortcut } from './link/link-shortcut';
import { readEditorDoc } from './read-editor-doc';
import './editor.css';

export interface ArticleBodyEditorProps {
  /** Form field name; the body is submitted as Tiptap JSON text. */
  name?: string;
  initialContent: TiptapDoc;
  /** Accessible name of the editable area. */
  label: string;
  onChange?: (doc: TiptapDoc) => void;
  /** Called once the editor exists (client only), e.g. to replace the whole body as one undo step. */
  onEditorReady?: (editor: Editor) => void;
  /** False makes the body read-only (someone else holds the lock); may change at any time. */
  editable?: boolean;
}

export function ArticleBodyEditor({ name, initialContent, label, onChange, onEditorReady, editable = true }: ArticleBodyEditorProps) {
  const t = useTranslations('editor');
  const [currentDoc, setCurrentDoc] = useState(initialContent);
  const count = useMemo(() => countArticleText(docToPlainText(currentDoc)), [currentDoc]);
  const [isLinkOpen, setLinkOpen] = useState(false);

  // Created once: useEditor keeps the first extensions and only re-applies changed view props.
  const extensions = useMemo(() => [...articleEditorExtensions, UploadPlaceholder, LinkShortcut.configure({ onOpen: () => setLinkOpen(true) })], []);
  const editorProps = useMemo(() => articleEditorProps(label), [label]);

  const editor = useEditor({
    extensions,
    content: initialContent,
    editable,
    immediatelyRender: false,
    editorProps,
    onUpdate: ({ editor: updated }) => {
      const doc = readEditorDoc(updated);
      setCurrentDoc(doc);
      onChange?.(doc);
    },
  });

  // The latest callback, without making the effect below run again when the parent re-renders.
  const onEditorReadyRef = useRef(onEditorReady);
  useEffect(() => {
    onEditorReadyRef.current = onEditorReady;
  }, [onEditorReady]);

  useEffect(() => {
    if (editor) onEditorReadyRef.current?.(editor);
  }, [editor]);

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  return (
    <div className="article-editor">
      {editor ? (
        <ArticleEditorPanels editor={editor} isLinkOpen={isLinkOpen} onLinkOpenChange={setLinkOpen}>
          <EditorContent editor={editor} className="article-editor__surface" />
        </ArticleEditorPanels>
      ) : (
        <div className="article-editor__placeholder" aria-busy="true">
          <div className="editor-toolbar" />
          <div className="article-editor__content article-editor__content--placeholder">{t('loading')}</div>
        </div>
      )}
      <p className="article-editor__count" aria-live="polite">
        {t('count', { characters: count.hanCharacters, words: count.otherWords, minutes: count.readingMinutes })}
      </p>
      {name ? <input type="hidden" name={name} value={JSON.stringify(currentDoc)} /> : null}
    </div>
  );
}
