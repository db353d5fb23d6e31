import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleTable } from '@/components/admin/article-table';
import { listArticlesForAdmin } from '@/lib/articles/list-articles-for-admin';
import { requirePermission } from '@/lib/auth/require-permission';

export const metadata: Metadata = { title: 'Articles' };

export default async function AdminArticlesPage() {
  await requirePermission('article:list');
  const [t, articles] = await Promise.all([getTranslations('articles'), listArticlesForAdmin()]);
  return (
    <>
      <h1>{t('title')}</h1>
      {articles.length === 0 ? <p>{t('empty')}</p> : <ArticleTable articles={articles} />}
    </>
  );
}
