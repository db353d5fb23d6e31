import type { TopicNode } from './arrange-topics';

export interface PagedTopicNode extends TopicNode {
  children: PagedTopicNode[];
  /** Children left out of the index to keep it short; the topic's own page lists them all. */
  hiddenChildCount: number;
}

export interface TopicTreePage {
  nodes: PagedTopicNode[];
  page: number;
  pageCount: number;
}

function trim(node: TopicNode, childLimit: number): PagedTopicNode {
  return {
    ...node,
    children: node.children.slice(0, childLimit).map((child) => trim(child, childLimit)),
    hiddenChildCount: Math.max(0, node.children.length - childLimit),
  };
}

/**
 * One page of the /topics tree: `perPage` top-level topics (already in order), each with at most
 * `childLimit` children at every level. Null when `page` is past the last page (page 1 always
 * exists, empty or not).
 */
export function pageTopicTree(
  tree: readonly TopicNode[],
  { page, perPage = 40, childLimit = 12 }: { page: number; perPage?: number; childLimit?: number },
): TopicTreePage | null {
  const pageCount = Math.max(1, Math.ceil(tree.length / perPage));
  if (page > pageCount) return null;
  const nodes = tree.slice((page - 1) * perPage, page * perPage).map((node) => trim(node, childLimit));
  return { nodes, page, pageCount };
}
