import Link from 'next/link';
import type { TopicNode } from '@/lib/site/arrange-topics';
import { topicPath } from '@/lib/site/topic-paths';

function TopicEntry({ node }: { node: TopicNode }) {
  return (
    <li>
      <Link href={topicPath(node.slug)}>{node.name}</Link>
      {node.publishedCount !== null ? <span className="topic-count">{node.publishedCount.toLocaleString('zh-CN')} 篇</span> : null}
      {node.children.length > 0 ? <TopicTree nodes={node.children} /> : null}
    </li>
  );
}

/** Topics with their article counts, each topic's children nested under it. */
export function TopicTree({ nodes, className = 'topic-tree' }: { nodes: readonly TopicNode[]; className?: string }) {
  return (
    <ul className={className}>
      {nodes.map((node) => <TopicEntry key={node.slug} node={node} />)}
    </ul>
  );
}
