'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { ModalDialog } from './modal-dialog';

interface ReviewConfirmDialogProps {
  /** The step waiting for confirmation, or null when the dialog is closed. */
  intent: 'publish' | 'schedule' | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An article flagged "needs review" goes public only after the editor confirms it was reviewed. */
export function ReviewConfirmDialog({ intent, onConfirm, onCancel }: ReviewConfirmDialogProps) {
  const t = useTranslations('articleForm.review');
  const titleId = useId();
  return (
    <ModalDialog open={intent !== null} labelledBy={titleId} onCancel={onCancel}>
      <h2 id={titleId}>{t('title')}</h2>
      <p>{t(intent === 'schedule' ? 'bodySchedule' : 'bodyPublish')}</p>
      <div className="editor-dialog__actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {t(intent === 'schedule' ? 'confirmSchedule' : 'confirmPublish')}
        </button>
        <button type="button" data-autofocus onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
