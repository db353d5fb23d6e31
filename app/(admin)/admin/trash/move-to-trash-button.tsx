'use client';

import { useTranslations } from 'next-intl';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { moveArticleToTrashAction } from './actions';
import { ConfirmButton } from '@/components/admin/confirm-button';

/** "Move to trash" for one row of the article list; the list then says where the article went. */
export function MoveToTrashButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations('trash');
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);

  const moveToTrash = async () => {
    setError(null);
    const result = await moveArticleToTrashAction({ id }).catch(() => null);
    if (!result?.ok) {
      setError(t(`errors.${result?.error === 'FORBIDDEN' ? 'FORBIDDEN' : 'INTERNAL'}`));
      return;
    }
    // The row leaves the list, so the confirmation is shown by the page, outside it.
    const params = new URLSearchParams(searchParams);
    params.set('trashed', '1');
    router.replace(`${pathname}?${params.toString()}`);
  };

  return (
    <>
      <ConfirmButton
        isDanger
        label={t('moveToTrash')}
        question={t('moveQuestion', { title })}
        confirmLabel={t('moveConfirm')}
        cancelLabel={t('cancel')}
        busyLabel={t('working')}
        onConfirm={moveToTrash}
      />
      {error ? <span role="alert" className="form-error">{error}</span> : null}
    </>
  );
}
