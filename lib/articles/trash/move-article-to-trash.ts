import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { can, type Actor } from '@/lib/auth/can';
import type { ArticleInvalidation } from '@/lib/cache/article-invalidation';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { trashedArticleInvalidation } from './trashed-article-invalidation';

/**
 * Moves an article to the trash: readers and lists no longer see it, the editor's lock is
 * released, and it can be restored until an admin purges it. NOT_FOUND when missing or already trashed.
 */
export async function moveArticleToTrash(actor: Actor, { id }: { id: string }): Promise<{ invalidation: ArticleInvalidation }> {
  if (!can(actor, 'article:delete')) throw new AppError('FORBIDDEN', 'You may not move articles in or out of the trash.');
  return getPrisma().$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.article.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: now, deletedById: actor.id, lockedById: null, lockToken: null, lockedAt: null, lockSeenAt: null },
    });
    if (count === 0) throw new AppError('NOT_FOUND', 'This article does not exist or is already in the trash.');
    const article = await tx.article.findUniqueOrThrow({ where: { id }, select: { id: true, title: true, slug: true, status: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'article.delete',
      targetType: 'article',
      targetId: id,
      data: { title: article.title, slug: article.slug, status: article.status },
    });
    return { invalidation: await trashedArticleInvalidation(tx, article) };
  });
}
