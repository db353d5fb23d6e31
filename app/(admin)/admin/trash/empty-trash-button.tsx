'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { emptyTrashAction } from './actions';
import { ConfirmButton } from '@/components/admin/confirm-button';

/** "Empty trash" (admins), and what came of it: the message outlives the rows it removed. */
export function EmptyTrashButton({ count }: { count: number }) {
  const t = useTranslations('trash');
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  return (
    <div className="empty-trash">
      {count > 0 ? (
        <ConfirmButton
          isDanger
          label={t('emptyTrash')}
          question={t('emptyQuestion', { count })}
          confirmLabel={t('emptyConfirm')}
          cancelLabel={t('cancel')}
          busyLabel={t('working')}
          onConfirm={async () => {
            const result = await emptyTrashAction({}).catch(() => null);
            if (result?.ok) {
              setMessage({ tone: 'ok', text: t('emptied', { count: result.data.count }) });
              router.refresh();
            } else {
              setMessage({ tone: 'error', text: t(`errors.${result?.error === 'FORBIDDEN' ? 'FORBIDDEN' : 'INTERNAL'}`) });
            }
          }}
        />
      ) : null}
      <p role="status" className={message?.tone === 'error' ? 'form-error' : 'form-ok'}>{message?.text}</p>
    </div>
  );
}
