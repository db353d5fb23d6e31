import Link from 'next/link';
import type { TopicNode } from '@/lib/site/arrange-topics';
import type { PagedTopicNode } from '@/lib/site/page-topic-tree';
import { topicPath } from '@/lib/site/topic-paths';

type Node = TopicNode & Partial<Pick<PagedTopicNode, 'hiddenChildCount'>>;

function TopicEntry({ node }: { node: Node }) {
  return (
    <li>
      <Link href={topicPath(node.slug)}>{node.name}</Link>
      {node.publishedCount !== null ? <span className="topic-count">{node.publishedCount.toLocaleString('zh-CN')} 篇</span> : null}
      {node.children.length > 0 ? <TopicTree nodes={node.children} /> : null}
      {node.hiddenChildCount ? (
        <Link href={topicPath(node.slug)} className="topic-more">
          另有 {node.hiddenChildCount.toLocaleString('zh-CN')} 个子主题
        </Link>
      ) : null}
    </li>
  );
}

/** Topics with their article counts, each topic's children nested under it. */
export function TopicTree({ nodes, className = 'topic-tree' }: { nodes: readonly Node[]; className?: string }) {
  return (
    <ul className={className}>
      {nodes.map((node) => <TopicEntry key={node.slug} node={node} />)}
    </ul>
  );
}
