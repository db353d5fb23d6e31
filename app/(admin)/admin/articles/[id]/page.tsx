import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ArticleEditorForm } from '@/components/admin/article-editor-form';
import { getArticleForEditing } from '@/lib/articles/get-article-for-editing';
import { requirePermission } from '@/lib/auth/require-permission';

export const metadata: Metadata = { title: 'Edit article' };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission('article:edit', `/admin/articles/${encodeURIComponent(id)}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const article = await getArticleForEditing(id);
  if (!article) notFound();
  return <ArticleEditorForm article={article} />;
}
