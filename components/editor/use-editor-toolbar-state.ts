'use client';

import { useEditorState, type Editor } from '@tiptap/react';

export interface EditorToolbarState {
  isEditable: boolean;
  isBold: boolean;
  canBold: boolean;
  isItalic: boolean;
  canItalic: boolean;
  isStrike: boolean;
  canStrike: boolean;
  isHeading2: boolean;
  canHeading2: boolean;
  isHeading3: boolean;
  canHeading3: boolean;
  isBulletList: boolean;
  canBulletList: boolean;
  isOrderedList: boolean;
  canOrderedList: boolean;
  isBlockquote: boolean;
  canBlockquote: boolean;
  canHorizontalRule: boolean;
  isLink: boolean;
  canLink: boolean;
  canImage: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

function selectToolbarState(editor: Editor): EditorToolbarState {
  const can = () => editor.can().chain();
  return {
    isEditable: editor.isEditable,
    isBold: editor.isActive('bold'),
    canBold: can().toggleBold().run(),
    isItalic: editor.isActive('italic'),
    canItalic: can().toggleItalic().run(),
    isStrike: editor.isActive('strike'),
    canStrike: can().toggleStrike().run(),
    isHeading2: editor.isActive('heading', { level: 2 }),
    canHeading2: can().toggleHeading({ level: 2 }).run(),
    isHeading3: editor.isActive('heading', { level: 3 }),
    canHeading3: can().toggleHeading({ level: 3 }).run(),
    isBulletList: editor.isActive('bulletList'),
    canBulletList: can().toggleBulletList().run(),
    isOrderedList: editor.isActive('orderedList'),
    canOrderedList: can().toggleOrderedList().run(),
    isBlockquote: editor.isActive('blockquote'),
    canBlockquote: can().toggleBlockquote().run(),
    canHorizontalRule: can().setHorizontalRule().run(),
    isLink: editor.isActive('link'),
    canLink: editor.isActive('link') || can().setLink({ href: 'https://example.com' }).run(),
    canImage: can().insertContent({ type: 'image', attrs: { src: '/uploads/x.png' } }).run(),
    canUndo: can().undo().run(),
    canRedo: can().redo().run(),
  };
}

/** Toolbar state; the caller re-renders only when one of these values changes. */
export function useEditorToolbarState(editor: Editor): EditorToolbarState {
  return useEditorState({ editor, selector: ({ editor: current }) => selectToolbarState(current) });
}
