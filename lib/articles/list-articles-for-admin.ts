import 'server-only';
import { getPrisma } from '@/lib/db/client';

export async function listArticlesForAdmin(options: { limit?: number } = {}) {
  return getPrisma().article.findMany({
    orderBy: { updatedAt: 'desc' },
    take: options.limit ?? 100,
    select: { id: true, title: true, slug: true, status: true, updatedAt: true, needsReview: true },
  });
}

export type AdminArticleRow = Awaited<ReturnType<typeof listArticlesForAdmin>>[number];
