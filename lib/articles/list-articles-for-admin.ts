import 'server-only';
import { z } from 'zod';
import { can, type Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';

export const adminArticlePageSize = 50;

const statusSchema = z.enum(['DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED']);

/** The list's URL query: an unknown status lists every status, a bad page number the first page. */
export const adminArticleListQuerySchema = z.object({
  status: statusSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AdminArticleListQuery = z.output<typeof adminArticleListQuerySchema>;

/**
 * Articles outside the trash, most recently updated first, one page of 50 at a time: every
 * article for those who may open others' articles, otherwise only the ones the actor created.
 */
export async function listArticlesForAdmin(actor: Actor, query: AdminArticleListQuery) {
  const rows = await getPrisma().article.findMany({
    where: {
      deletedAt: null,
      ...(can(actor, 'article:edit-others') ? {} : { createdById: actor.id }),
      ...(query.status ? { status: query.status } : {}),
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    skip: (query.page - 1) * adminArticlePageSize,
    // One more than a page tells whether there is a next page.
    take: adminArticlePageSize + 1,
    select: { id: true, title: true, slug: true, status: true, updatedAt: true, scheduledAt: true, needsReview: true },
  });
  return { articles: rows.slice(0, adminArticlePageSize), hasNextPage: rows.length > adminArticlePageSize };
}

export type AdminArticleRow = Awaited<ReturnType<typeof listArticlesForAdmin>>['articles'][number];
