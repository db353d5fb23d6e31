import 'server-only';
import { getPrisma } from '@/lib/db/client';

export const trashPageSize = 100;

/** Articles in the trash, most recently trashed first, with who trashed them. */
export async function listTrashedArticles(options: { limit?: number } = {}) {
  const rows = await getPrisma().article.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: 'desc' },
    take: options.limit ?? trashPageSize,
    select: { id: true, title: true, slug: true, status: true, deletedAt: true, deletedBy: { select: { name: true } } },
  });
  return rows.map(({ deletedBy, deletedAt, ...row }) => ({ ...row, deletedAt: deletedAt as Date, deletedByName: deletedBy?.name ?? null }));
}

export type TrashedArticleRow = Awaited<ReturnType<typeof listTrashedArticles>>[number];
