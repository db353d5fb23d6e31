import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';

/** Removes one of a tag's extra names; NOT_FOUND when it is already gone. */
export async function removeTagAlias(actor: Actor, { aliasId }: { aliasId: string }) {
  return getPrisma().$transaction(async (tx) => {
    const alias = await tx.tagAlias.findUnique({ where: { id: aliasId }, select: { tagId: true, name: true } });
    if (!alias) throw new AppError('NOT_FOUND', 'This alias does not exist.');
    await tx.tagAlias.delete({ where: { id: aliasId } });
    await recordAudit(tx, { actorId: actor.id, action: 'tag.alias.remove', targetType: 'tag', targetId: alias.tagId, data: { aliasId, name: alias.name } });
    return { tagId: alias.tagId };
  });
}
