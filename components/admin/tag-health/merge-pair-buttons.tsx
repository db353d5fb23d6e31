'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { mergeTagsAction } from '@/app/(admin)/admin/tags/actions';
import { actionErrorKey } from './action-error-key';

interface MergePairButtonsProps {
  source: { id: string; name: string };
  target: { id: string; name: string };
}

/** One click merges the source into the target (or, secondary, the other way), then reloads. */
export function MergePairButtons({ source, target }: MergePairButtonsProps) {
  const t = useTranslations('tagHealth');
  const router = useRouter();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const merge = async (sourceId: string, targetId: string) => {
    setIsBusy(true);
    setError(null);
    const result = await mergeTagsAction({ sourceId, targetId }).catch(() => null);
    if (result?.ok) router.refresh();
    else setError(t(actionErrorKey(result)));
    setIsBusy(false);
  };
  const names = { source: source.name, target: target.name };
  return (
    <div className="tag-health-actions">
      <button type="button" className="primary" disabled={isBusy} onClick={() => merge(source.id, target.id)}>
        {t('duplicates.merge', names)}
      </button>
      <button type="button" disabled={isBusy} onClick={() => merge(target.id, source.id)}>
        {t('duplicates.mergeReverse', names)}
      </button>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
    </div>
  );
}
