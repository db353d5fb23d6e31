'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { ActionErrorCode } from '@/lib/actions/action-result';
import type { RevisionSummary } from '@/lib/revisions/list-revisions';
import { restoreRevisionAction } from '@/app/(admin)/admin/articles/[id]/revision-actions';

interface RestoreRevisionControlProps {
  articleId: string;
  revision: RevisionSummary;
  currentVersion: number;
  onRestored: (result: { version: number }) => void;
}

const knownErrors = new Set<ActionErrorCode>(['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'VALIDATION']);

/** "Restore this version", confirmed in place: the restore is saved at once as a new version. */
export function RestoreRevisionControl({ articleId, revision, currentVersion, onRestored }: RestoreRevisionControlProps) {
  const t = useTranslations('history.restore');
  const [step, setStep] = useState<'idle' | 'confirming' | 'restoring'>('idle');
  const [error, setError] = useState<ActionErrorCode | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (step === 'confirming') confirmRef.current?.focus();
  }, [step]);

  const restore = async () => {
    setStep('restoring');
    setError(null);
    const result = await restoreRevisionAction({ articleId, revisionId: revision.id, baseVersion: currentVersion }).catch(() => null);
    setStep('idle');
    if (result?.ok) onRestored({ version: result.data.version });
    else setError(result?.error ?? 'INTERNAL');
  };

  return (
    <div className="restore-revision">
      {step === 'idle' ? (
        <button type="button" onClick={() => setStep('confirming')}>{t('button', { version: revision.version })}</button>
      ) : (
        <div role="group" aria-label={t('confirmLabel')} className="restore-revision__confirm">
          <p>{t('confirmText', { version: revision.version })}</p>
          <button ref={confirmRef} type="button" className="primary" disabled={step === 'restoring'} onClick={() => void restore()}>
            {step === 'restoring' ? t('restoring') : t('confirm')}
          </button>
          <button type="button" disabled={step === 'restoring'} onClick={() => setStep('idle')}>{t('cancel')}</button>
        </div>
      )}
      <p role="alert" className="form-error">{error ? t(`errors.${knownErrors.has(error) ? error : 'INTERNAL'}`) : null}</p>
    </div>
  );
}
