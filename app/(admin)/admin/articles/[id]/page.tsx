import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ArticleEditor } from '@/components/admin/article-editor/article-editor';
import { getArticleForEditing } from '@/lib/articles/get-article-for-editing';
import { can, type Resource } from '@/lib/auth/can';
import { requirePermission } from '@/lib/auth/require-permission';
import { findImportItemForArticle } from '@/lib/import-batches/find-import-item-for-article';
import { ReadOnlyArticle } from './read-only-article';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('editArticle');
  return { title: t('metaTitle') };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('article:view', `/admin/articles/${encodeURIComponent(id)}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [article, importItem, t] = await Promise.all([
    getArticleForEditing(id),
    can(user, 'article:import') ? findImportItemForArticle(id) : null,
    getTranslations('import'),
  ]);
  if (!article) notFound();
  const resource: Resource = { kind: 'article', createdById: article.createdById, status: article.status };
  if (!can(user, 'article:view', resource)) forbidden();
  // A contributor's own article once it left the drafts: shown, not editable.
  if (!can(user, 'article:edit', resource)) return <ReadOnlyArticle id={article.id} title={article.fields.title} status={article.status} />;
  return (
    <>
      {importItem ? <p><Link href={`/admin/import/${importItem.batchId}/items/${importItem.itemId}`}>{t('articleLink')}</Link></p> : null}
      {/* A restore from the trash changes deletedAt: the editor starts afresh from the live article. */}
      <ArticleEditor
        key={article.deletedAt ?? 'live'}
        article={article}
        currentUserId={user.id}
        canPublish={can(user, 'article:publish', resource)}
        canDelete={can(user, 'article:delete', resource)}
      />
    </>
  );
}
