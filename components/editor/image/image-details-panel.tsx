'use client';

import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useId, useState, type KeyboardEvent } from 'react';
import { bodyAttributeLimits } from '@/lib/rich-text/body-attribute-limits';
import type { SelectedImage } from './use-selected-image';

/**
 * Alt text and caption of the selected image. Mounted with a key per image, so its fields start
 * from that image's values; every change is written straight into the document.
 */
export function ImageDetailsPanel({ editor, image }: { editor: Editor; image: SelectedImage }) {
  const t = useTranslations('editor');
  const id = useId();
  const [alt, setAlt] = useState(image.alt);
  const [caption, setCaption] = useState(image.caption);

  function write(attrs: { alt?: string; caption?: string | null }) {
    editor.chain().setNodeSelection(image.pos).updateAttributes('image', attrs).run();
  }

  return (
    <div className="article-editor__image-panel" role="group" aria-label={t('imageDetails')}>
      <label htmlFor={`${id}-alt`}>{t('imageAlt')}</label>
      <input
        id={`${id}-alt`}
        value={alt}
        maxLength={bodyAttributeLimits.altLength}
        aria-describedby={alt.trim() === '' ? `${id}-alt-missing` : undefined}
        onChange={(event) => {
          setAlt(event.target.value);
          write({ alt: event.target.value });
        }}
        onKeyDown={preventSubmit}
      />
      {alt.trim() === '' ? (
        <p id={`${id}-alt-missing`} className="article-editor__hint article-editor__hint--warning">
          {t('imageAltMissing')}
        </p>
      ) : null}
      <label htmlFor={`${id}-caption`}>{t('imageCaption')}</label>
      <input
        id={`${id}-caption`}
        value={caption}
        maxLength={bodyAttributeLimits.captionLength}
        onChange={(event) => {
          setCaption(event.target.value);
          write({ caption: event.target.value.trim() === '' ? null : event.target.value });
        }}
        onKeyDown={preventSubmit}
      />
      <button type="button" className="article-editor__text-button" onClick={() => editor.chain().focus().setNodeSelection(image.pos).deleteSelection().run()}>
        {t('imageRemove')}
      </button>
    </div>
  );
}

// The editor sits inside the article form: Enter in these fields must not submit it.
function preventSubmit(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.preventDefault();
}
