import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { can, type Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';

/** Deletes every trashed article for good (admins only); returns how many went. */
export async function emptyTrash(actor: Actor): Promise<{ count: number }> {
  if (!can(actor, 'article:purge')) throw new AppError('FORBIDDEN', 'Only admins may empty the trash.');
  return getPrisma().$transaction(async (tx) => {
    const { count } = await tx.article.deleteMany({ where: { deletedAt: { not: null } } });
    await recordAudit(tx, { actorId: actor.id, action: 'article.empty_trash', targetType: 'article', data: { count } });
    return { count };
  });
}
