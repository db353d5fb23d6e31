import Link from 'next/link';
import { topicPath } from '@/lib/site/topic-paths';

export function TopicChildren({ topics }: { topics: readonly { name: string; slug: string }[] }) {
  if (topics.length === 0) return null;
  return (
    <nav aria-label="下级主题" className="topic-children" lang="zh-Hans">
      <h2>下级主题</h2>
      <ul>
        {topics.map((topic) => (
          <li key={topic.slug}><Link href={topicPath(topic.slug)}>{topic.name}</Link></li>
        ))}
      </ul>
    </nav>
  );
}
