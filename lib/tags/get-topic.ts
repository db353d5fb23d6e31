import 'server-only';
import { getPrisma } from '@/lib/db/client';

/**
 * A topic (tag), its parent and child topics, and its published articles, newest first; archived
 * and trashed articles are left out.
 */
export async function getTopic(slug: string, options: { limit?: number } = {}) {
  const prisma = getPrisma();
  const tag = await prisma.tag.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      parent: { select: { name: true, slug: true } },
      children: { select: { name: true, slug: true }, orderBy: { name: 'asc' } },
    },
  });
  if (!tag) return null;
  const articles = await prisma.article.findMany({
    where: { status: 'PUBLISHED', deletedAt: null, tags: { some: { tagId: tag.id } } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: options.limit ?? 50,
    select: { id: true, title: true, slug: true, excerpt: true, publishedAt: true, script: true },
  });
  return { ...tag, articles };
}
