import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { can, type Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';

/**
 * Deletes a trashed article for good, with its revisions, tags links and old-URL redirects; the
 * audit entry keeps its title and slug. Only for admins; NOT_FOUND unless the article is in the trash.
 */
export async function purgeArticle(actor: Actor, { id }: { id: string }): Promise<void> {
  if (!can(actor, 'article:purge')) throw new AppError('FORBIDDEN', 'Only admins may delete articles permanently.');
  await getPrisma().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id, deletedAt: { not: null } }, select: { title: true, slug: true } });
    if (!article) throw new AppError('NOT_FOUND', 'This article is not in the trash.');
    await tx.article.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: 'article.purge', targetType: 'article', targetId: id, data: article });
  });
}
