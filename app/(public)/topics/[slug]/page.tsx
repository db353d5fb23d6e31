import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleList } from '@/components/public/article-list';
import { getTopic } from '@/lib/tags/get-topic';

const loadTopic = cache(async (slug: string) => {
  await connection();
  return getTopic(slug);
});

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await loadTopic((await params).slug);
  return topic ? { title: topic.name, description: topic.description || undefined } : {};
}

export default async function TopicPage({ params }: Props) {
  const topic = await loadTopic((await params).slug);
  if (!topic) notFound();
  return (
    <>
      <h1 className="page-title">{topic.name}</h1>
      {topic.description ? <p className="topic-description">{topic.description}</p> : null}
      {topic.articles.length === 0 ? <p lang="zh-Hans">这个主题还没有发布的文章。</p> : <ArticleList articles={topic.articles} />}
    </>
  );
}
