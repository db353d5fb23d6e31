import Link from 'next/link';
import type { TopicNode } from '@/lib/site/arrange-topics';
import type { PagedTopicNode } from '@/lib/site/page-topic-tree';
import { topicPath } from '@/lib/site/topic-paths';
import { convertForVariant } from '@/lib/variants/convert-for-variant';
import { convertNameForVariant } from '@/lib/variants/convert-name-for-variant';
import type { SiteVariant } from '@/lib/variants/site-variant';
import { variantPath } from '@/lib/variants/variant-path';

type Node = TopicNode & Partial<Pick<PagedTopicNode, 'hiddenChildCount'>>;

function TopicEntry({ node, variant }: { node: Node; variant: SiteVariant }) {
  const href = variantPath(topicPath(node.slug), variant);
  return (
    <li>
      <Link href={href}>{convertNameForVariant(node.name, variant)}</Link>
      {node.publishedCount !== null ? <span className="topic-count">{node.publishedCount.toLocaleString('zh-CN')} {convertForVariant('篇', variant)}</span> : null}
      {node.children.length > 0 ? <TopicTree nodes={node.children} variant={variant} /> : null}
      {node.hiddenChildCount ? (
        <Link href={href} className="topic-more">
          {convertForVariant(`另有 ${node.hiddenChildCount.toLocaleString('zh-CN')} 个子主题`, variant)}
        </Link>
      ) : null}
    </li>
  );
}

/**
 * Topics with their article counts, each topic's children nested under it. Takes the stored names
 * and converts them to `variant` itself; the caller sets `lang` on the surrounding page.
 */
export function TopicTree({ nodes, variant, className = 'topic-tree' }: { nodes: readonly Node[]; variant: SiteVariant; className?: string }) {
  return (
    <ul className={className}>
      {nodes.map((node) => <TopicEntry key={node.slug} node={node} variant={variant} />)}
    </ul>
  );
}
