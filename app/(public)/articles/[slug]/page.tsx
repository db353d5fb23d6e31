import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleView } from '@/components/public/article-view';
import { findArticleRedirect } from '@/lib/articles/find-article-redirect';
import { getPublishedArticle } from '@/lib/articles/get-published-article';

const loadArticle = cache(async (slug: string) => {
  await connection();
  return getPublishedArticle(slug);
});

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return {};
  return { title: article.seoTitle || article.title, description: article.seoDescription || article.excerpt || undefined };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await loadArticle(slug);
  if (article) return <ArticleView article={article} archived={article.archived} />;
  // An old slug of a public article: its readers and search engines move to the current URL (308).
  const currentSlug = await findArticleRedirect(slug);
  if (currentSlug) permanentRedirect(`/articles/${encodeURIComponent(currentSlug)}`);
  notFound();
}
