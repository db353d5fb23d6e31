import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleView } from '@/components/public/article-view';
import { getPublishedArticle } from '@/lib/articles/get-published-article';

const loadArticle = cache(async (slug: string) => {
  await connection();
  return getPublishedArticle(slug);
});

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  return article ? { title: article.title, description: article.excerpt || undefined } : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).slug);
  if (!article) notFound();
  return <ArticleView article={article} />;
}
