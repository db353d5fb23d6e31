import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ArticlePreview } from '@/components/admin/article-preview/article-preview';
import { ArticleView } from '@/components/public/article-view';
import { loadArticleResource } from '@/lib/articles/load-article-resource';
import { requirePermission } from '@/lib/auth/require-permission';
import { getArticlePreview } from '@/lib/revisions/get-article-preview';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const returnTo = `/preview/articles/${encodeURIComponent(id)}`;
  // The role first (anonymous visitors sign in, readers' roles get 403), then this article: a
  // contributor previews only their own.
  await requirePermission('article:view', returnTo);
  if (!z.uuid().safeParse(id).success) notFound();
  const resource = await loadArticleResource(id);
  if (!resource) notFound();
  await requirePermission('article:view', returnTo, resource);
  const preview = await getArticlePreview(id);
  if (!preview) notFound();
  // An article not yet published shows the date readers would see if it went out now.
  const view = { ...preview.view, publishedAt: preview.view.publishedAt ?? new Date() };
  return (
    <ArticlePreview articleId={id} status={preview.status} isTrashed={preview.isTrashed} savedVersion={preview.version} savedTags={preview.view.tags}>
      <ArticleView article={view} variant="zh-hans" archived={preview.status === 'ARCHIVED'} />
    </ArticlePreview>
  );
}
