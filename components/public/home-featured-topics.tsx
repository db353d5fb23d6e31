import Link from 'next/link';
import type { FeaturedTopic } from '@/lib/tags/list-featured-topics';
import { topicPath } from '@/lib/site/topic-paths';

/** The home page's featured topics, each with its article count and newest article. */
export function HomeFeaturedTopics({ topics }: { topics: FeaturedTopic[] }) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="home-featured-title" className="home-featured" lang="zh-Hans">
      <h2 id="home-featured-title">精选主题</h2>
      <ul className="home-featured-list">
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link href={topicPath(topic.slug)}>{topic.name}</Link>{' '}
            <span className="home-featured-count">{topic.publishedCount.toLocaleString('zh-CN')} 篇</span>
            {topic.latest ? (
              <p className="home-featured-latest">
                最新：<Link href={`/articles/${topic.latest.slug}`}>{topic.latest.title}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p><Link href="/topics">全部主题</Link></p>
    </section>
  );
}
