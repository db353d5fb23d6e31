import type { TopicSummaryRow } from '@/lib/tags/list-topics';

// The rows listTopics reads: a topic with its published count and its parent's name and slug.
export type TopicRow = TopicSummaryRow;

export interface TopicNode {
  name: string;
  slug: string;
  /** Null for a parent shown only to hold its children: it has no public articles of its own. */
  publishedCount: number | null;
  children: TopicNode[];
}

export interface ArrangedTopics {
  featured: TopicNode[];
  tree: TopicNode[];
}

const weight = (node: TopicNode): number => node.publishedCount ?? node.children.reduce((sum, child) => sum + weight(child), 0);

function sortNodes(nodes: TopicNode[]): TopicNode[] {
  nodes.sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name, 'zh'));
  for (const node of nodes) sortNodes(node.children);
  return nodes;
}

/**
 * The /topics index: featured topics (flat), then every topic as a tree under its parent, most
 * articles first at each level. A topic whose parent has no public articles (so is not in `rows`)
 * is listed under a stand-in for that parent, so the hierarchy stays visible.
 */
export function arrangeTopics(rows: readonly TopicRow[]): ArrangedTopics {
  const nodes = new Map<string, TopicNode>();
  for (const row of rows) nodes.set(row.id, { name: row.name, slug: row.slug, publishedCount: row.publishedCount, children: [] });
  const roots: TopicNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id);
    if (!node) continue;
    if (!row.parentId) {
      roots.push(node);
      continue;
    }
    let parent = nodes.get(row.parentId);
    if (!parent) {
      parent = { name: row.parentName ?? '', slug: row.parentSlug ?? '', publishedCount: null, children: [] };
      nodes.set(row.parentId, parent);
      roots.push(parent);
    }
    parent.children.push(node);
  }
  const featured = rows.filter((row) => row.featured).map((row) => ({ name: row.name, slug: row.slug, publishedCount: row.publishedCount, children: [] }));
  return { featured: sortNodes(featured), tree: sortNodes(roots) };
}
