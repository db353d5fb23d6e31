import { describe, expect, it } from 'vitest';
import type { TopicNode } from './arrange-topics';
import { pageTopicTree } from './page-topic-tree';

const node = (name: string, children: TopicNode[] = []): TopicNode => ({ name, slug: name, publishedCount: 1, children });
const names = (nodes: readonly TopicNode[]) => nodes.map((entry) => entry.name);

describe('pageTopicTree', () => {
  const tree = Array.from({ length: 5 }, (_, index) => node(`t${index + 1}`));

  it('cuts the top level into pages and says how many there are', () => {
    expect(pageTopicTree(tree, { page: 1, perPage: 2 })).toMatchObject({ page: 1, pageCount: 3 });
    expect(names(pageTopicTree(tree, { page: 1, perPage: 2 })!.nodes)).toEqual(['t1', 't2']);
    expect(names(pageTopicTree(tree, { page: 3, perPage: 2 })!.nodes)).toEqual(['t5']);
  });

  it('has no page past the last, but always a first page', () => {
    expect(pageTopicTree(tree, { page: 4, perPage: 2 })).toBeNull();
    expect(pageTopicTree([], { page: 1 })).toEqual({ nodes: [], page: 1, pageCount: 1 });
    expect(pageTopicTree([], { page: 2 })).toBeNull();
  });

  it('keeps the first children at every level and counts the ones left out', () => {
    const deep = node('root', [node('a', [node('a1'), node('a2'), node('a3')]), node('b'), node('c')]);
    const [root] = pageTopicTree([deep], { page: 1, childLimit: 2 })!.nodes;
    expect(names(root!.children)).toEqual(['a', 'b']);
    expect(root!.hiddenChildCount).toBe(1);
    expect(names(root!.children[0]!.children)).toEqual(['a1', 'a2']);
    expect(root!.children[0]!.hiddenChildCount).toBe(1);
    expect(root!.children[1]!.hiddenChildCount).toBe(0);
  });
});
