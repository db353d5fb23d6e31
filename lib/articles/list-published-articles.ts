import 'server-only';
import { getPrisma } from '@/lib/db/client';

/** The newest published articles not in the trash, for the home page (served by the status/publishedAt index). */
export async function listPublishedArticles(options: { limit?: number } = {}) {
  return getPrisma().article.findMany({
    where: { status: 'PUBLISHED', deletedAt: null },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: options.limit ?? 20,
    select: { id: true, title: true, slug: true, excerpt: true, publishedAt: true, script: true, sourceName: true },
  });
}

export type PublishedArticleSummary = Awaited<ReturnType<typeof listPublishedArticles>>[number];
