import 'server-only';
import { type ArticleCursor, encodeArticleCursor } from '@/lib/articles/article-cursor';
import { getPrisma } from '@/lib/db/client';

export const topicPageSize = 20;

/**
 * One page of a topic's public articles, newest first by (publishedAt, id), continuing after
 * `before` when given. `next` is the cursor of the following page, or null on the last one.
 * The page is read from the tag's links, which carry their article's publication time while it is
 * public (kept by database triggers): a range of the (tag, publishedAt, article) index, the same
 * cost for a busy topic, a quiet one or one whose articles are all years old. limit + 1 links are
 * read to learn whether a next page exists.
 */
export async function listTopicArticles(tagId: string, options: { before?: ArticleCursor | null; limit?: number } = {}) {
  const { before, limit = topicPageSize } = options;
  const links = await getPrisma().articleTag.findMany({
    where: before
      ? { tagId, publishedAt: { lte: before.publishedAt }, OR: [{ publishedAt: { lt: before.publishedAt } }, { articleId: { lt: before.id } }] }
      : { tagId, publishedAt: { not: null } },
    orderBy: [{ publishedAt: 'desc' }, { articleId: 'desc' }],
    take: limit + 1,
    select: { article: { select: { id: true, title: true, slug: true, excerpt: true, publishedAt: true, script: true } } },
  });
  const articles = links.slice(0, limit).map((link) => link.article);
  const last = articles.at(-1);
  const next = links.length > limit && last?.publishedAt ? encodeArticleCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
  return { articles, next };
}
