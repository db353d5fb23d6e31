import 'server-only';
import { cacheTags } from '@/lib/cache/cache-tags';
import { arrangeTopics } from '@/lib/site/arrange-topics';
import { pageTopicTree } from '@/lib/site/page-topic-tree';
import { listTopics } from '@/lib/tags/list-topics';
import { cacheForReaders } from './reader-cache';

/** One page of the topic index, or null past the last page. Cached until any public article or tag changes. */
export async function loadTopicIndex(page: number) {
  'use cache';
  cacheForReaders(cacheTags.articleLists);
  const { featured, tree } = arrangeTopics(await listTopics());
  const paged = pageTopicTree(tree, { page });
  return paged ? { featured, isEmpty: tree.length === 0, ...paged } : null;
}
