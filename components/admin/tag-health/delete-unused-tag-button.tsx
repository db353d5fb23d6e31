'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteTagAction } from '@/app/(admin)/admin/tags/actions';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { actionErrorKey } from './action-error-key';

/** Deletes one unused tag after asking, then reloads the health page. */
export function DeleteUnusedTagButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations('tagHealth');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <ConfirmButton
        isDanger
        label={t('unused.delete')}
        question={t('unused.deleteQuestion', { name })}
        confirmLabel={t('unused.deleteConfirm')}
        cancelLabel={t('cancel')}
        busyLabel={t('working')}
        onConfirm={async () => {
          setError(null);
          const result = await deleteTagAction({ id }).catch(() => null);
          if (result?.ok) router.refresh();
          else setError(t(actionErrorKey(result)));
        }}
      />
      {error ? <p role="alert" className="form-error">{error}</p> : null}
    </>
  );
}
