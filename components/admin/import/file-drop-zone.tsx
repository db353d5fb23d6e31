'use client';

import { useTranslations } from 'next-intl';
import { useState, type DragEvent } from 'react';

const accept = '.txt,.htm,.html,.zip,.xml,.json,.rss,.atom';

interface FileDropZoneProps {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}

/** A drop target around an ordinary file input, so keyboard and screen-reader users lose nothing. */
export function FileDropZone({ disabled, onFiles }: FileDropZoneProps) {
  const t = useTranslations('import.upload');
  const [isOver, setIsOver] = useState(false);

  function handleDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsOver(false);
    if (!disabled) onFiles(Array.from(event.dataTransfer.files));
  }

  return (
    <div
      className={`import-drop-zone${isOver ? ' is-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setIsOver(!disabled);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={handleDrop}
    >
      <p aria-hidden="true" className="import-drop-zone-text">{isOver ? t('dropZoneActive') : t('dropZone')}</p>
      <p aria-hidden="true">{t('or')}</p>
      <label className="import-choose-button">
        {t('choose')}
        <input
          className="visually-hidden"
          type="file"
          multiple
          accept={accept}
          disabled={disabled}
          aria-describedby="import-accepted"
          onChange={(event) => {
            onFiles(Array.from(event.target.files ?? []));
            event.target.value = '';
          }}
        />
      </label>
      <p id="import-accepted" className="import-hint">{t('accepted')}</p>
    </div>
  );
}
