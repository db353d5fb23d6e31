import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleList } from '@/components/public/article-list';
import { feedPath } from '@/lib/feeds/build-feed';
import { PaginationLinks } from '@/components/public/pagination-links';
import { TopicChildren } from '@/components/public/topic-children';
import { TopicTrail } from '@/components/public/topic-trail';
import { buildBreadcrumbJsonLd, type BreadcrumbItem } from '@/lib/site/build-breadcrumb-json-ld';
import { serializeJsonLd } from '@/lib/site/serialize-json-ld';
import { topicFeedPath, topicPath } from '@/lib/site/topic-paths';
import { findTopicRedirect } from '@/lib/tags/find-topic-redirect';
import { loadTopicPage, type TopicPageData } from './load-topic-page';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ before?: string | string[] }> };

function trailOf(topic: TopicPageData): BreadcrumbItem[] {
  return [
    { name: '首页', path: '/' },
    { name: '主题', path: '/topics' },
    ...(topic.parent ? [{ name: topic.parent.name, path: topicPath(topic.parent.slug) }] : []),
    { name: topic.name, path: topicPath(topic.slug) },
  ];
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const before = (await searchParams).before;
  const topic = await loadTopicPage((await params).slug, before);
  if (!topic || topic === 'invalid') return {};
  return {
    title: topic.seoTitle || topic.name,
    description: topic.seoDescription || topic.description || `墨石新闻「${topic.name}」主题下的最新报道与文章。`,
    alternates: {
      canonical: topicPath(topic.slug, typeof before === 'string' ? before : null),
      types: {
        'application/rss+xml': [{ url: topicFeedPath(topic.slug), title: `${topic.name} · 墨石新闻` }],
        'application/atom+xml': [{ url: feedPath('atom', topic.slug), title: `${topic.name} · 墨石新闻` }],
      },
    },
  };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { before } = await searchParams;
  const topic = await loadTopicPage(slug, before);
  if (topic === 'invalid') notFound();
  if (!topic) {
    // A renamed or merged-away topic: readers and search engines move to the current URL (308).
    const currentSlug = await findTopicRedirect(slug);
    if (currentSlug) permanentRedirect(topicPath(currentSlug));
    notFound();
  }
  const isFirstPage = before === undefined;
  const trail = trailOf(topic);
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildBreadcrumbJsonLd(trail)) }} />
      <TopicTrail items={trail} />
      <header className="topic-header">
        <h1 className="page-title">{topic.name}</h1>
        <p className="topic-meta" lang="zh-Hans">
          <span>共 {topic.publishedCount.toLocaleString('zh-CN')} 篇</span>
          <a href={topicFeedPath(topic.slug)} className="topic-feed">RSS 订阅</a>
        </p>
        {topic.description ? <p className="topic-description">{topic.description}</p> : null}
      </header>
      <TopicChildren topics={topic.children} />
      {topic.articles.length > 0 ? (
        <ArticleList articles={topic.articles} />
      ) : (
        <p lang="zh-Hans" className="topic-empty">{isFirstPage ? '这个主题还没有发布的文章。' : '没有更早的文章了。'}</p>
      )}
      <PaginationLinks firstHref={isFirstPage ? null : topicPath(topic.slug)} nextHref={topic.next ? topicPath(topic.slug, topic.next) : null} />
    </>
  );
}
