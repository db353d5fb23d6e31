import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError } from '@/lib/errors/app-error';

/**
 * Moves the article from `baseVersion` to the next version, or fails: NOT_FOUND when it is missing
 * or in the trash, CONFLICT when someone saved since. The row stays locked until the transaction
 * ends, so concurrent saves (and the scheduler) wait for this one instead of overwriting it.
 */
export async function claimArticleVersion(
  tx: Prisma.TransactionClient,
  options: { id: string; baseVersion: number; actorId: string },
): Promise<void> {
  const { count } = await tx.article.updateMany({
    where: { id: options.id, version: options.baseVersion, deletedAt: null },
    data: { version: { increment: 1 }, updatedById: options.actorId },
  });
  if (count === 1) return;
  const existing = await tx.article.findUnique({ where: { id: options.id }, select: { deletedAt: true } });
  if (!existing || existing.deletedAt) throw new AppError('NOT_FOUND', 'This article does not exist or is in the trash.');
  throw new AppError('CONFLICT', 'Someone else saved this article after you opened it.');
}
