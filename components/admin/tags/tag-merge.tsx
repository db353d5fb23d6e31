'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { countTagArticlesAction, mergeTagsAction } from '@/app/(admin)/admin/tags/actions';
import { CountedConfirm } from './counted-confirm';
import { TagSearchPicker, type PickedTag } from './tag-search-picker';

/** Merges this tag into one picked by search, after saying how many articles move; then opens the target. */
export function TagMerge({ tag }: { tag: { id: string; name: string } }) {
  const t = useTranslations('tagAdmin.merge');
  const router = useRouter();
  const [target, setTarget] = useState<PickedTag | null>(null);
  return (
    <section aria-labelledby="tag-merge-title" className="tag-admin__section">
      <h2 id="tag-merge-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <TagSearchPicker label={t('target')} value={target} onChange={setTarget} excludeId={tag.id} />
      <CountedConfirm
        label={t('submit')}
        confirmLabel={t('confirm')}
        disabled={target === null}
        question={(count) => t('question', { source: tag.name, target: target?.name ?? '', count })}
        loadCount={async () => {
          const result = await countTagArticlesAction({ id: tag.id });
          return result.ok ? { count: result.data.articleCount } : { error: result.error };
        }}
        onConfirm={async () => {
          if (!target) return 'VALIDATION';
          const result = await mergeTagsAction({ sourceId: tag.id, targetId: target.id });
          if (!result.ok) return result.error;
          router.push(`/admin/tags/${result.data.id}?merged=${result.data.articleCount}`);
          return null;
        }}
      />
    </section>
  );
}
