import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleNeighbours } from '@/components/public/article-neighbours';
import { ArticleView } from '@/components/public/article-view';
import { RelatedArticles } from '@/components/public/related-articles';
import { TopicTrail } from '@/components/public/topic-trail';
import type { PublishedArticle } from '@/lib/articles/get-published-article';
import { loadArticlePage } from '@/lib/reader/load-article-page';
import { articlePath } from '@/lib/site/article-paths';
import { buildBreadcrumbJsonLd, type BreadcrumbItem } from '@/lib/site/build-breadcrumb-json-ld';
import { buildNewsArticleJsonLd } from '@/lib/site/build-news-article-json-ld';
import { findFirstImageSrc } from '@/lib/site/find-first-image-src';
import { readerAlternates } from '@/lib/site/reader-alternates';
import { serializeJsonLd } from '@/lib/site/serialize-json-ld';
import { topicPath } from '@/lib/site/topic-paths';
import { convertArticleForVariant } from '@/lib/variants/convert-article-for-variant';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { variantLanguage, variantOgLocale, type SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';
import { readReaderParams, type ReaderParams } from './reader-params';
import { ReaderShell } from './reader-shell';

// Routes: `/articles/<slug>` and `/<variant>/articles/<slug>`.
type Props = { params: Promise<ReaderParams & { slug: string }> };

/** The page's article in its variant, or the redirect / 404 it answers with instead. */
async function loadArticle(params: Props['params']) {
  const { variant, slug } = await readReaderParams(params);
  const data = await loadArticlePage(slug);
  if (data.kind === 'redirect') permanentRedirect(variantPath(articlePath(data.slug), variant));
  if (data.kind === 'missing') notFound();
  return { variant, ...data, article: convertArticleForVariant(data.article, variant) };
}

function descriptionOf(article: PublishedArticle): string {
  return article.seoDescription || article.excerpt || '';
}

/** 首页 › primary topic › title, with unprefixed paths. */
function trailOf(article: PublishedArticle, variant: SiteVariant): BreadcrumbItem[] {
  const primaryTopic = article.tags[0];
  return [
    { name: convertForVariant('首页', variant), path: '/' },
    ...(primaryTopic ? [{ name: primaryTopic.name, path: topicPath(primaryTopic.slug) }] : []),
    { name: article.title, path: articlePath(article.slug) },
  ];
}

export async function articleMetadata({ params }: Props): Promise<Metadata> {
  // Redirects and 404s are the page's to answer (answering them here too doubles the Location header).
  const { variant, slug } = await readReaderParams(params);
  const data = await loadArticlePage(slug);
  if (data.kind !== 'article') return {};
  const article = convertArticleForVariant(data.article, variant);
  const title = article.seoTitle || article.title;
  const description = descriptionOf(article) || undefined;
  const url = variantPath(articlePath(article.slug), variant);
  const image = findFirstImageSrc(article.body.content);
  const publishedTime = article.publishedAt?.toISOString();
  const modifiedTime = (article.contentUpdatedAt ?? article.publishedAt)?.toISOString();
  return {
    title,
    description,
    alternates: readerAlternates(articlePath(article.slug), variant),
    openGraph: {
      type: 'article', title, description, url, siteName: convertForVariant('墨石新闻', variant), locale: variantOgLocale[variant],
      publishedTime, modifiedTime,
      tags: article.tags.map((tag) => tag.name),
      ...(image ? { images: [image] } : {}),
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, ...(image ? { images: [image] } : {}) },
  };
}

export async function ArticleRoute({ params }: Props) {
  const { article, related, neighbours, variant } = await loadArticle(params);
  const trail = trailOf(article, variant);
  const newsArticle = buildNewsArticleJsonLd({
    ...article, description: descriptionOf(article), modifiedAt: article.contentUpdatedAt, image: findFirstImageSrc(article.body.content),
    path: variantPath(articlePath(article.slug), variant), inLanguage: variantLanguage[variant],
  });
  const jsonLdTrail = trail.map((item) => ({ ...item, path: variantPath(item.path, variant) }));
  return (
    <ReaderShell variant={variant} path={articlePath(article.slug)}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(newsArticle) }} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildBreadcrumbJsonLd(jsonLdTrail)) }} />
      <TopicTrail items={trail} variant={variant} />
      <ArticleView article={article} variant={variant} archived={article.archived} />
      <ArticleNeighbours neighbours={neighbours} variant={variant} />
      <RelatedArticles articles={related} variant={variant} />
    </ReaderShell>
  );
}
