import 'server-only';
import { decodeArticleCursor, encodeArticleCursor } from '@/lib/articles/article-cursor';
import { listPublishedArticles } from '@/lib/articles/list-published-articles';
import { cacheTags } from '@/lib/cache/cache-tags';
import { listFeaturedTopics } from '@/lib/tags/list-featured-topics';
import { cacheForReaders } from './reader-cache';

const pageSize = 20;

/**
 * One page of the newest public articles (the home page without `before`, with the featured
 * topics), or 'invalid' when `before` is not a cursor. Cached until any public article changes.
 */
export async function loadLatestPage(before: string | null) {
  'use cache';
  cacheForReaders(cacheTags.articleLists);
  const cursor = before === null ? null : decodeArticleCursor(before);
  if (before !== null && !cursor) return 'invalid' as const;
  const [rows, featured] = await Promise.all([
    listPublishedArticles({ before: cursor, limit: pageSize + 1 }),
    before === null ? listFeaturedTopics() : Promise.resolve([]),
  ]);
  const articles = rows.slice(0, pageSize);
  const last = articles.at(-1);
  const next = rows.length > pageSize && last?.publishedAt ? encodeArticleCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
  return { articles, next, featured };
}
