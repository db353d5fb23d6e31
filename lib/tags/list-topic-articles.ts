import 'server-only';
import { type ArticleCursor, encodeArticleCursor } from '@/lib/articles/article-cursor';
import { getPrisma } from '@/lib/db/client';

export const topicPageSize = 20;

/**
 * One page of a topic's public articles, newest first by (publishedAt, id), continuing after
 * `before` when given. `next` is the cursor of the following page, or null on the last one.
 * One query: it reads limit + 1 rows to learn whether a next page exists.
 */
export async function listTopicArticles(tagId: string, options: { before?: ArticleCursor | null; limit?: number } = {}) {
  const { before, limit = topicPageSize } = options;
  const rows = await getPrisma().article.findMany({
    where: {
      status: 'PUBLISHED',
      deletedAt: null,
      tags: { some: { tagId } },
      // The redundant `lte` lets PostgreSQL seek the (status, publishedAt) index to the cursor.
      ...(before
        ? { publishedAt: { lte: before.publishedAt }, OR: [{ publishedAt: { lt: before.publishedAt } }, { id: { lt: before.id } }] }
        : {}),
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: { id: true, title: true, slug: true, excerpt: true, publishedAt: true, script: true },
  });
  const articles = rows.slice(0, limit);
  const last = articles.at(-1);
  const next = rows.length > limit && last?.publishedAt ? encodeArticleCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
  return { articles, next };
}
