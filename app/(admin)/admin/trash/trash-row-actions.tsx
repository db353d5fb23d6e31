'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result';
import { purgeArticleAction, restoreArticleFromTrashAction } from './actions';
import { ConfirmButton } from '@/components/admin/confirm-button';

interface TrashRowActionsProps {
  id: string;
  title: string;
  canPurge: boolean;
}

/** Restore, and for admins delete permanently, one trashed article. */
export function TrashRowActions({ id, title, canPurge }: TrashRowActionsProps) {
  const t = useTranslations('trash');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<ActionResult<unknown>>) => {
    setError(null);
    const result = await action().catch(() => null);
    if (result?.ok) router.refresh();
    else setError(t(`errors.${result?.error === 'FORBIDDEN' || result?.error === 'NOT_FOUND' ? result.error : 'INTERNAL'}`));
  };

  return (
    <div className="trash-row-actions">
      <ConfirmButton
        label={t('restore')}
        question={t('restoreQuestion', { title })}
        confirmLabel={t('restoreConfirm')}
        cancelLabel={t('cancel')}
        busyLabel={t('working')}
        onConfirm={() => run(() => restoreArticleFromTrashAction({ id }))}
      />
      {canPurge ? (
        <ConfirmButton
          isDanger
          label={t('purge')}
          question={t('purgeQuestion', { title })}
          confirmLabel={t('purgeConfirm')}
          cancelLabel={t('cancel')}
          busyLabel={t('working')}
          onConfirm={() => run(() => purgeArticleAction({ id }))}
        />
      ) : null}
      {error ? <p role="alert" className="form-error">{error}</p> : null}
    </div>
  );
}
