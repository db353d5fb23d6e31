import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleList } from '@/components/public/article-list';
import { findTopicRedirect } from '@/lib/tags/find-topic-redirect';
import { getTopic } from '@/lib/tags/get-topic';

const loadTopic = cache(async (slug: string) => {
  await connection();
  return getTopic(slug);
});

type Props = { params: Promise<{ slug: string }> };

const topicHref = (slug: string) => `/topics/${encodeURIComponent(slug)}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  return topic ? { title: topic.name, description: topic.description || undefined } : {};
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params;
  const topic = await loadTopic(slug);
  if (!topic) {
    // A renamed or merged-away topic: readers and search engines move to the current URL (308).
    const currentSlug = await findTopicRedirect(slug);
    if (currentSlug) permanentRedirect(topicHref(currentSlug));
    notFound();
  }
  return (
    <>
      {topic.parent ? (
        <nav aria-label="上级主题" className="topic-trail" lang="zh-Hans">
          <Link href={topicHref(topic.parent.slug)}>{topic.parent.name}</Link> › <span aria-current="page">{topic.name}</span>
        </nav>
      ) : null}
      <h1 className="page-title">{topic.name}</h1>
      {topic.description ? <p className="topic-description">{topic.description}</p> : null}
      {topic.children.length > 0 ? (
        <nav aria-label="下级主题" className="topic-children" lang="zh-Hans">
          <ul>
            {topic.children.map((child) => (
              <li key={child.slug}><Link href={topicHref(child.slug)}>{child.name}</Link></li>
            ))}
          </ul>
        </nav>
      ) : null}
      {topic.articles.length === 0 ? <p lang="zh-Hans">这个主题还没有发布的文章。</p> : <ArticleList articles={topic.articles} />}
    </>
  );
}
