import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { can, type Actor } from '@/lib/auth/can';
import type { ArticleInvalidation } from '@/lib/cache/article-invalidation';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { trashedArticleInvalidation } from './trashed-article-invalidation';

/**
 * Takes an article out of the trash with the status it had: a published article is public again
 * at once. NOT_FOUND when it is missing or not in the trash.
 */
export async function restoreArticleFromTrash(actor: Actor, { id }: { id: string }): Promise<{ invalidation: ArticleInvalidation }> {
  if (!can(actor, 'article:delete')) throw new AppError('FORBIDDEN', 'You may not move articles in or out of the trash.');
  return getPrisma().$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id, deletedAt: { not: null } },
      data: { deletedAt: null, deletedById: null, updatedById: actor.id },
    });
    if (count === 0) throw new AppError('NOT_FOUND', 'This article is not in the trash.');
    const article = await tx.article.findUniqueOrThrow({ where: { id }, select: { id: true, title: true, slug: true, status: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'article.restore',
      targetType: 'article',
      targetId: id,
      data: { title: article.title, slug: article.slug, status: article.status },
    });
    return { invalidation: await trashedArticleInvalidation(tx, article) };
  });
}
