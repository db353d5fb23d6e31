import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleView } from '@/components/public/article-view';
import { TopicTrail } from '@/components/public/topic-trail';
import { findArticleRedirect } from '@/lib/articles/find-article-redirect';
import { getPublishedArticle, type PublishedArticle } from '@/lib/articles/get-published-article';
import { articlePath } from '@/lib/site/article-paths';
import { buildBreadcrumbJsonLd, type BreadcrumbItem } from '@/lib/site/build-breadcrumb-json-ld';
import { buildNewsArticleJsonLd, siteName } from '@/lib/site/build-news-article-json-ld';
import { findFirstImageSrc } from '@/lib/site/find-first-image-src';
import { serializeJsonLd } from '@/lib/site/serialize-json-ld';
import { topicPath } from '@/lib/site/topic-paths';

const loadArticle = cache(async (slug: string) => {
  await connection();
  return getPublishedArticle(slug);
});

type Props = { params: Promise<{ slug: string }> };

function descriptionOf(article: PublishedArticle): string {
  return article.seoDescription || article.excerpt || '';
}

/** 首页 › primary topic › title. */
function trailOf(article: PublishedArticle): BreadcrumbItem[] {
  const primaryTopic = article.tags[0];
  return [
    { name: '首页', path: '/' },
    ...(primaryTopic ? [{ name: primaryTopic.name, path: topicPath(primaryTopic.slug) }] : []),
    { name: article.title, path: articlePath(article.slug) },
  ];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return {};
  const title = article.seoTitle || article.title;
  const description = descriptionOf(article) || undefined;
  const url = articlePath(article.slug);
  const image = findFirstImageSrc(article.body.content);
  const publishedTime = article.publishedAt?.toISOString();
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'article', title, description, url, siteName, locale: 'zh_CN',
      publishedTime, modifiedTime: publishedTime,
      tags: article.tags.map((tag) => tag.name),
      ...(image ? { images: [image] } : {}),
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, ...(image ? { images: [image] } : {}) },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await loadArticle(slug);
  if (article) {
    const trail = trailOf(article);
    const newsArticle = buildNewsArticleJsonLd({
      ...article, description: descriptionOf(article), modifiedAt: null, image: findFirstImageSrc(article.body.content),
    });
    return (
      <>
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(newsArticle) }} />
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildBreadcrumbJsonLd(trail)) }} />
        <TopicTrail items={trail} />
        <ArticleView article={article} archived={article.archived} />
      </>
    );
  }
  // An old slug of a public article: its readers and search engines move to the current URL (308).
  const currentSlug = await findArticleRedirect(slug);
  if (currentSlug) permanentRedirect(`/articles/${encodeURIComponent(currentSlug)}`);
  notFound();
}
