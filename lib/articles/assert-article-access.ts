import 'server-only';
import { can, type Action, type Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError } from '@/lib/errors/app-error';
import { loadArticleResource } from './load-article-resource';

/**
 * Throws NOT_FOUND when the article is missing, FORBIDDEN when the actor may not do `action` to
 * it. Inside a transaction that has locked the row, the answer holds until it commits.
 */
export async function assertArticleAccess(
  actor: Actor,
  action: Action,
  id: string,
  db: Prisma.TransactionClient = getPrisma(),
): Promise<void> {
  const resource = await loadArticleResource(id, db);
  if (!resource) throw new AppError('NOT_FOUND', 'This article does not exist.');
  if (!can(actor, action, resource)) throw new AppError('FORBIDDEN', 'You may not do this to this article.');
}
