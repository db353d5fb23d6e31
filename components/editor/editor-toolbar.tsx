'use client';

import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { Fragment, type KeyboardEvent, type ReactNode } from 'react';
import { ImageIcon, LinkIcon } from './toolbar-icons';
import type { EditorToolbarState } from './use-editor-toolbar-state';

type MessageKey =
  | 'bold'
  | 'italic'
  | 'strike'
  | 'heading2'
  | 'heading3'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'horizontalRule'
  | 'link'
  | 'image'
  | 'undo'
  | 'redo';

/** What the toolbar asks of the editor around it: UI it cannot open itself. */
export interface EditorToolbarActions {
  openLink: () => void;
  pickImage: () => void;
}

interface ToolbarButton {
  label: MessageKey;
  glyph: ReactNode;
  group: number;
  isPressed?: (state: EditorToolbarState) => boolean;
  isEnabled: (state: EditorToolbarState) => boolean;
  run: (editor: Editor, actions: EditorToolbarActions) => void;
}

const BUTTONS: readonly ToolbarButton[] = [
  { label: 'bold', glyph: 'B', group: 0, isPressed: (s) => s.isBold, isEnabled: (s) => s.canBold, run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'italic', glyph: 'I', group: 0, isPressed: (s) => s.isItalic, isEnabled: (s) => s.canItalic, run: (e) => e.chain().focus().toggleItalic().run() },
  { label: 'strike', glyph: 'S', group: 0, isPressed: (s) => s.isStrike, isEnabled: (s) => s.canStrike, run: (e) => e.chain().focus().toggleStrike().run() },
  { label: 'heading2', glyph: 'H2', group: 1, isPressed: (s) => s.isHeading2, isEnabled: (s) => s.canHeading2, run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: 'heading3', glyph: 'H3', group: 1, isPressed: (s) => s.isHeading3, isEnabled: (s) => s.canHeading3, run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: 'bulletList', glyph: '•', group: 2, isPressed: (s) => s.isBulletList, isEnabled: (s) => s.canBulletList, run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: 'orderedList', glyph: '1.', group: 2, isPressed: (s) => s.isOrderedList, isEnabled: (s) => s.canOrderedList, run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: 'blockquote', glyph: '❝', group: 2, isPressed: (s) => s.isBlockquote, isEnabled: (s) => s.canBlockquote, run: (e) => e.chain().focus().toggleBlockquote().run() },
  { label: 'horizontalRule', glyph: '―', group: 2, isEnabled: (s) => s.canHorizontalRule, run: (e) => e.chain().focus().setHorizontalRule().run() },
  { label: 'link', glyph: <LinkIcon />, group: 3, isPressed: (s) => s.isLink, isEnabled: (s) => s.canLink, run: (_e, actions) => actions.openLink() },
  { label: 'image', glyph: <ImageIcon />, group: 3, isEnabled: (s) => s.canImage, run: (_e, actions) => actions.pickImage() },
  { label: 'undo', glyph: '↶', group: 4, isEnabled: (s) => s.canUndo, run: (e) => e.chain().focus().undo().run() },
  { label: 'redo', glyph: '↷', group: 4, isEnabled: (s) => s.canRedo, run: (e) => e.chain().focus().redo().run() },
];

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

// Arrow keys move between buttons, as the WAI-ARIA toolbar pattern expects.
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  if (!NAVIGATION_KEYS.has(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const current = buttons.findIndex((button) => button === document.activeElement);
  const last = buttons.length - 1;
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key === 'ArrowRight' ? (current + 1) % buttons.length : (current - 1 + buttons.length) % buttons.length;
  event.preventDefault();
  buttons[next]?.focus();
}

export function EditorToolbar({ editor, state, actions }: { editor: Editor; state: EditorToolbarState; actions: EditorToolbarActions }) {
  const t = useTranslations('editor');
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('toolbar')} onKeyDown={moveFocus}>
      {BUTTONS.map((button, index) => (
        <Fragment key={button.label}>
          {index > 0 && BUTTONS[index - 1]?.group !== button.group && (
            <span className="editor-toolbar__separator" role="separator" aria-orientation="vertical" />
          )}
          <button
            type="button"
            className={`editor-toolbar__button editor-toolbar__button--${button.label}`}
            aria-label={t(button.label)}
            title={t(button.label)}
            aria-pressed={button.isPressed ? button.isPressed(state) : undefined}
            disabled={!state.isEditable || !button.isEnabled(state)}
            onClick={() => button.run(editor, actions)}
          >
            <span aria-hidden="true">{button.glyph}</span>
          </button>
        </Fragment>
      ))}
    </div>
  );
}
