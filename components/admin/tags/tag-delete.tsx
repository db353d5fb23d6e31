'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { countTagArticlesAction, deleteTagAction } from '@/app/(admin)/admin/tags/actions';
import { CountedConfirm } from './counted-confirm';

/** Deletes the tag after saying how many articles lose it (they are untagged, not deleted). */
export function TagDelete({ tag }: { tag: { id: string; name: string } }) {
  const t = useTranslations('tagAdmin.delete');
  const router = useRouter();
  return (
    <section aria-labelledby="tag-delete-title" className="tag-admin__section">
      <h2 id="tag-delete-title">{t('title')}</h2>
      <CountedConfirm
        label={t('submit')}
        confirmLabel={t('confirm')}
        question={(count) => t('question', { name: tag.name, count })}
        loadCount={async () => {
          const result = await countTagArticlesAction({ id: tag.id });
          return result.ok ? { count: result.data.articleCount } : { error: result.error };
        }}
        onConfirm={async () => {
          const result = await deleteTagAction({ id: tag.id });
          if (!result.ok) return result.error;
          router.push(`/admin/tags?${new URLSearchParams({ deleted: tag.name, untagged: String(result.data.articleCount) })}`);
          return null;
        }}
      />
    </section>
  );
}
