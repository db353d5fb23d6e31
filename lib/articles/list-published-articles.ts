import 'server-only';
import type { ArticleCursor } from '@/lib/articles/article-cursor';
import { getPrisma } from '@/lib/db/client';

/**
 * The newest public articles (PUBLISHED, not in the trash), newest first by (publishedAt, id),
 * continuing after `before` when given: a range of the (status, publishedAt) index. Callers that
 * page ask for one more than they show to learn whether a next page exists.
 */
export async function listPublishedArticles(options: { before?: ArticleCursor | null; limit?: number } = {}) {
  const { before, limit = 20 } = options;
  return getPrisma().article.findMany({
    where: {
      status: 'PUBLISHED',
      deletedAt: null,
      ...(before
        ? { publishedAt: { lte: before.publishedAt }, OR: [{ publishedAt: { lt: before.publishedAt } }, { id: { lt: before.id } }] }
        : {}),
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, title: true, slug: true, excerpt: true, publishedAt: true, script: true, sourceName: true },
  });
}

export type PublishedArticleSummary = Awaited<ReturnType<typeof listPublishedArticles>>[number];
