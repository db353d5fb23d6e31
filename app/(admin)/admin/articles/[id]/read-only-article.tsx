import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ArticleStatusName } from '@/lib/auth/can';

/** An article the signed-in user may see but no longer change. */
export async function ReadOnlyArticle({ id, title, status }: { id: string; title: string; status: ArticleStatusName }) {
  const t = await getTranslations();
  return (
    <div className="read-only-article">
      <h1>{title || t('roles.readOnly.untitled')}</h1>
      <p>{t('roles.readOnly.body', { status: t(`articles.status.${status}`) })}</p>
      <p>
        <Link href={`/preview/articles/${id}`}>{t('roles.readOnly.preview')}</Link>
        {' · '}
        <Link href="/admin">{t('roles.readOnly.back')}</Link>
      </p>
    </div>
  );
}
