'use client';

import { useTranslations } from 'next-intl';

interface PreviewBarProps {
  articleId: string;
  status: string;
  isTrashed: boolean;
  showsUnsavedChanges: boolean;
}

/** The band above the preview that says it is one, whether readers can see the article, and whose text this is. */
export function PreviewBar({ articleId, status, isTrashed, showsUnsavedChanges }: PreviewBarProps) {
  const t = useTranslations('history.preview');
  const isPublic = !isTrashed && (status === 'PUBLISHED' || status === 'ARCHIVED');
  return (
    <div className="preview-bar" role="region" aria-label={t('label')}>
      <strong>{t('label')}</strong>
      <span>{isTrashed ? t('trashed') : isPublic ? t('public') : t('notPublished')}</span>
      <span>{showsUnsavedChanges ? t('unsavedChanges') : t('savedVersion')}</span>
      <a href={`/admin/articles/${articleId}`}>{t('backToEditor')}</a>
    </div>
  );
}
