import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { lockUserForChange } from './lock-user-for-change';
import type { ChangeUserRoleInput } from './user-input-schema';

/**
 * Gives another user a new role. FORBIDDEN for one's own account; CONFLICT when it would demote
 * the last active admin (decided under a lock on the admin rows, so two demotions cannot both pass).
 */
export async function changeUserRole(actor: Actor, input: ChangeUserRoleInput) {
  return getPrisma().$transaction(async (tx) => {
    const { user, isLastActiveAdmin } = await lockUserForChange(tx, actor, input.userId);
    if (user.role === input.role) return { userId: user.id, role: user.role };
    if (isLastActiveAdmin) throw new AppError('CONFLICT', 'The last active admin cannot be demoted.');
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await recordAudit(tx, { actorId: actor.id, action: 'user.role_change', targetType: 'user', targetId: user.id, data: { from: user.role, to: input.role } });
    return { userId: user.id, role: input.role };
  });
}
