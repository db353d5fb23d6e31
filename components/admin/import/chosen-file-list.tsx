'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatByteSize } from './format-byte-size';
import type { UploadFailure } from './upload-file';

export type FileUploadState =
  | { state: 'waiting' }
  | { state: 'uploading' }
  | { state: 'done'; entries: number }
  | { state: 'failed'; failure: UploadFailure; detail: string | null };

interface ChosenFileListProps {
  files: File[];
  states: FileUploadState[];
  canRemove: boolean;
  onRemove: (index: number) => void;
}

export function ChosenFileList({ files, states, canRemove, onRemove }: ChosenFileListProps) {
  const t = useTranslations('import.upload');
  const locale = useLocale();

  function describe(state: FileUploadState | undefined): string | null {
    switch (state?.state) {
      case 'uploading':
        return t('fileUploading');
      case 'done':
        return state.entries === 1 ? t('fileDone') : t('fileDoneEntries', { count: state.entries });
      case 'failed': {
        const isAboutTheFile = state.failure === '400';
        return t('fileFailed', { reason: isAboutTheFile && state.detail ? state.detail : t(`errors.${state.failure}`) });
      }
      case 'waiting':
        return t('fileWaiting');
      default:
        return null;
    }
  }

  return (
    <ul className="import-file-list">
      {files.map((file, index) => {
        const state = states[index];
        return (
          <li key={`${file.name}-${file.size}-${file.lastModified}`} className={state?.state === 'failed' ? 'is-failed' : undefined}>
            <span className="import-file-name">{file.name}</span>
            <span className="import-file-size">{formatByteSize(file.size, locale)}</span>
            <span className="import-file-state">{describe(state)}</span>
            {canRemove ? (
              <button type="button" className="link-button" aria-label={t('removeFile', { name: file.name })} onClick={() => onRemove(index)}>
                {t('remove')}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
