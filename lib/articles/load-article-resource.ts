import 'server-only';
import type { Resource } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';

/** The article as can() sees it (who created it, its status), trashed or not; null when missing. */
export async function loadArticleResource(id: string, db: Prisma.TransactionClient = getPrisma()): Promise<Resource | null> {
  const article = await db.article.findUnique({ where: { id }, select: { createdById: true, status: true } });
  return article ? { kind: 'article', createdById: article.createdById, status: article.status } : null;
}
