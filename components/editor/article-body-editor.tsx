'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { docToPlainText } from '@/lib/rich-text/doc-to-plain-text';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { countArticleText } from '@/lib/text/count-article-text';
import { articleEditorExtensions } from './article-editor-extensions';
import { ArticleEditorToolbar } from './article-editor-toolbar';
import './editor.css';

export interface ArticleBodyEditorProps {
  /** Form field name; the body is submitted as Tiptap JSON text. */
  name: string;
  initialContent: TiptapDoc;
  /** Accessible name of the editable area. */
  label: string;
  onChange?: (doc: TiptapDoc) => void;
}

export function ArticleBodyEditor({ name, initialContent, label, onChange }: ArticleBodyEditorProps) {
  const t = useTranslations('editor');
  const [currentDoc, setCurrentDoc] = useState(initialContent);
  const count = useMemo(() => countArticleText(docToPlainText(currentDoc)), [currentDoc]);

  // Stable between renders so typing doesn't make useEditor re-apply the view props.
  const editorProps = useMemo(
    () => ({
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'article-editor__content',
      },
    }),
    [label],
  );

  const editor = useEditor({
    extensions: articleEditorExtensions,
    content: initialContent,
    immediatelyRender: false,
    editorProps,
    onUpdate: ({ editor: updated }) => {
      const doc = updated.getJSON() as TiptapDoc;
      setCurrentDoc(doc);
      onChange?.(doc);
    },
  });

  return (
    <div className="article-editor">
      {editor ? (
        <>
          <ArticleEditorToolbar editor={editor} />
          <EditorContent editor={editor} className="article-editor__surface" />
        </>
      ) : (
        <div className="article-editor__placeholder" aria-busy="true">
          <div className="editor-toolbar" />
          <div className="article-editor__content article-editor__content--placeholder">{t('loading')}</div>
        </div>
      )}
      <p className="article-editor__count" aria-live="polite">
        {t('count', { characters: count.hanCharacters, words: count.otherWords, minutes: count.readingMinutes })}
      </p>
      <input type="hidden" name={name} value={JSON.stringify(currentDoc)} />
    </div>
  );
}
