import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ArticleEditor } from '@/components/admin/article-editor/article-editor';
import { getArticleForEditing } from '@/lib/articles/get-article-for-editing';
import { can } from '@/lib/auth/can';
import { requirePermission } from '@/lib/auth/require-permission';
import { findImportItemForArticle } from '@/lib/import-batches/find-import-item-for-article';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('editArticle');
  return { title: t('metaTitle') };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('article:edit', `/admin/articles/${encodeURIComponent(id)}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [article, importItem, t] = await Promise.all([
    getArticleForEditing(id),
    can(user, 'article:import') ? findImportItemForArticle(id) : null,
    getTranslations('import'),
  ]);
  if (!article) notFound();
  return (
    <>
      {importItem ? <p><Link href={`/admin/import/${importItem.batchId}/items/${importItem.itemId}`}>{t('articleLink')}</Link></p> : null}
      {/* A restore from the trash changes deletedAt: the editor starts afresh from the live article. */}
      <ArticleEditor
        key={article.deletedAt ?? 'live'}
        article={article}
        currentUserId={user.id}
        canPublish={can(user, 'article:publish')}
        canDelete={can(user, 'article:delete')}
      />
    </>
  );
}
