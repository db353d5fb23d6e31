import 'server-only';
import { getPrisma } from '@/lib/db/client';

export const featuredTopicLimit = 12;

export interface FeaturedTopic {
  id: string;
  name: string;
  slug: string;
  publishedCount: number;
  latest: { title: string; slug: string } | null;
}

/**
 * Featured topics that have public articles, busiest first, each with its newest public article.
 * Two queries whatever the number of topics: the tags, then one lateral read of the
 * (tag, publishedAt, article) index per tag for the newest article.
 */
export async function listFeaturedTopics(limit = featuredTopicLimit): Promise<FeaturedTopic[]> {
  const prisma = getPrisma();
  const tags = await prisma.tag.findMany({
    where: { featured: true, publishedCount: { gt: 0 } },
    orderBy: [{ publishedCount: 'desc' }, { name: 'asc' }],
    take: limit,
    select: { id: true, name: true, slug: true, publishedCount: true },
  });
  if (tags.length === 0) return [];
  const newest = await prisma.$queryRaw<{ tag_id: string; title: string; slug: string }[]>`
    SELECT t.id AS tag_id, a.title, a.slug
    FROM unnest(${tags.map((tag) => tag.id)}::uuid[]) AS t(id)
    CROSS JOIN LATERAL (
      SELECT link.article_id FROM article_tags link
      WHERE link.tag_id = t.id AND link.published_at IS NOT NULL
      ORDER BY link.published_at DESC, link.article_id DESC
      LIMIT 1
    ) AS latest
    JOIN articles a ON a.id = latest.article_id`;
  const byTag = new Map(newest.map((row) => [row.tag_id, { title: row.title, slug: row.slug }]));
  return tags.map((tag) => ({ ...tag, latest: byTag.get(tag.id) ?? null }));
}
