import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';

/** The signed-in user renames themselves; the audit entry keeps the old and the new name. */
export async function changeOwnName(actor: Actor, input: { name: string }) {
  return getPrisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
    if (!user) throw new AppError('NOT_FOUND', 'No such user.');
    if (user.name === input.name) return { name: user.name };
    await tx.user.update({ where: { id: actor.id }, data: { name: input.name } });
    await recordAudit(tx, { actorId: actor.id, action: 'user.name_changed', targetType: 'user', targetId: actor.id, data: { from: user.name, to: input.name } });
    return { name: input.name };
  });
}
