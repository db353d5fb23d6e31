'use client';

import type { Editor } from '@tiptap/react';
import { EditorToolbar, type EditorToolbarActions } from './editor-toolbar';
import { useEditorToolbarState } from './use-editor-toolbar-state';

// Mounted only once the editor exists, so the state hook subscribes to a live editor from the start.
export function ArticleEditorToolbar({ editor, actions }: { editor: Editor; actions: EditorToolbarActions }) {
  const state = useEditorToolbarState(editor);
  return <EditorToolbar editor={editor} state={state} actions={actions} />;
}
