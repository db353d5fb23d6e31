'use client';

import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { normaliseLinkHref } from '@/lib/rich-text/normalise-link-href';
import { normaliseLinkInput } from './normalise-link-input';

const GAP = 6;

function currentHref(editor: Editor): string {
  const href: unknown = editor.isActive('link') ? editor.getAttributes('link').href : undefined;
  return typeof href === 'string' ? href : '';
}

/**
 * Adds, edits or removes the link on the selection. Opened from the toolbar or with Mod-K; when
 * the cursor is in a link it first shows that link (edit, remove, open). Enter applies, Escape
 * closes and gives the focus back to the text.
 */
export function LinkPopover({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations('editor');
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [existing] = useState(() => currentHref(editor));
  const [mode, setMode] = useState<'view' | 'edit'>(existing ? 'view' : 'edit');
  const [value, setValue] = useState(existing);
  const [error, setError] = useState<'required' | 'invalid' | null>(null);

  useLayoutEffect(() => {
    const element = panel.current;
    const frame = element?.offsetParent?.getBoundingClientRect();
    if (!element || !frame) return;
    const caret = editor.view.coordsAtPos(editor.state.selection.from);
    element.style.top = `${caret.bottom - frame.top + GAP}px`;
    element.style.left = `${Math.max(0, Math.min(caret.left - frame.left, frame.width - element.offsetWidth - GAP))}px`;
    element.querySelector<HTMLElement>('input, button')?.focus();
  }, [editor, mode]);

  function close(returnFocus: boolean) {
    onClose();
    if (returnFocus) editor.commands.focus();
  }

  function apply() {
    const result = normaliseLinkInput(value);
    if (!result.ok) return setError(result.error);
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href: result.href } }] }).unsetMark('link').run();
    } else {
      chain.extendMarkRange('link').setLink({ href: result.href }).run();
    }
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault(); // the editor sits inside the article form
      apply();
    }
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) close(false);
  }

  const safeHref = normaliseLinkHref(existing);
  return (
    <div ref={panel} className="article-editor__popover" role="dialog" aria-label={t('linkDialog')} onKeyDown={onKeyDown} onBlur={onBlur}>
      {mode === 'view' ? (
        <>
          <span className="article-editor__popover-url">{existing}</span>
          <button type="button" className="article-editor__text-button" onClick={() => setMode('edit')}>{t('linkEdit')}</button>
          <button type="button" className="article-editor__text-button" onClick={remove}>{t('linkRemove')}</button>
          {safeHref ? <a className="article-editor__text-button" href={safeHref} target="_blank" rel="noopener noreferrer">{t('linkOpen')}</a> : null}
        </>
      ) : (
        <>
          <input
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            aria-label={t('linkUrl')}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
          />
          <button type="button" className="article-editor__text-button" onClick={apply}>{t('linkApply')}</button>
          {existing ? <button type="button" className="article-editor__text-button" onClick={remove}>{t('linkRemove')}</button> : null}
          {error ? <p id={`${id}-error`} className="article-editor__hint article-editor__hint--error" role="alert">{t(error === 'required' ? 'linkRequired' : 'linkInvalid')}</p> : null}
        </>
      )}
    </div>
  );
}
