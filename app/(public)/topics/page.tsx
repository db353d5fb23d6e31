import type { Metadata } from 'next';
import { connection } from 'next/server';
import { TopicTree } from '@/components/public/topic-tree';
import { arrangeTopics } from '@/lib/site/arrange-topics';
import { listTopics } from '@/lib/tags/list-topics';

export const metadata: Metadata = {
  title: '主题',
  description: '按主题浏览墨石新闻的报道：精选主题与全部主题，及各主题的文章数。',
  alternates: { canonical: '/topics' },
};

export default async function TopicsPage() {
  await connection();
  const { featured, tree } = arrangeTopics(await listTopics());
  return (
    <div lang="zh-Hans" className="topic-index">
      <h1 className="page-title">主题</h1>
      {tree.length === 0 ? <p>还没有可浏览的主题。</p> : null}
      {featured.length > 0 ? (
        <section aria-labelledby="featured-topics">
          <h2 id="featured-topics">精选主题</h2>
          <TopicTree nodes={featured} className="topic-featured" />
        </section>
      ) : null}
      {tree.length > 0 ? (
        <section aria-labelledby="all-topics">
          <h2 id="all-topics">全部主题</h2>
          <TopicTree nodes={tree} />
        </section>
      ) : null}
    </div>
  );
}
