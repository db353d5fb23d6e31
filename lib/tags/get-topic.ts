import 'server-only';
import type { ArticleCursor } from '@/lib/articles/article-cursor';
import { getPrisma } from '@/lib/db/client';
import { listTopicArticles } from './list-topic-articles';

/**
 * A topic (tag) for its reader page: its parent and child topics, how many articles it has
 * published, and one page of those articles, newest first (after `before` when given); archived
 * and trashed articles are left out. Null when no tag has this slug.
 */
export async function getTopic(slug: string, options: { before?: ArticleCursor | null; limit?: number } = {}) {
  const prisma = getPrisma();
  const tag = await prisma.tag.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      seoTitle: true,
      seoDescription: true,
      // Kept by database triggers, so a topic with 30,000 articles is not counted per request.
      publishedCount: true,
      parent: { select: { name: true, slug: true } },
      children: { select: { name: true, slug: true }, orderBy: { name: 'asc' } },
    },
  });
  if (!tag) return null;
  const page = await listTopicArticles(tag.id, options);
  return { ...tag, articles: page.articles, next: page.next };
}
