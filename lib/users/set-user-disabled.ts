import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { endUserSessions } from '@/lib/auth/end-user-sessions';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { lockUserForChange } from './lock-user-for-change';
import type { SetUserDisabledInput } from './user-input-schema';

/**
 * Disables another user (their sessions end on their next request and their open invite or reset
 * links stop working) or enables them again. FORBIDDEN for one's own account; CONFLICT for the
 * last active admin.
 */
export async function setUserDisabled(actor: Actor, input: SetUserDisabledInput) {
  return getPrisma().$transaction(async (tx) => {
    const { user, isLastActiveAdmin } = await lockUserForChange(tx, actor, input.userId);
    if (user.disabled === input.disabled) return { userId: user.id, disabled: user.disabled };
    if (input.disabled && isLastActiveAdmin) throw new AppError('CONFLICT', 'The last active admin cannot be disabled.');
    await tx.user.update({ where: { id: user.id }, data: { disabled: input.disabled } });
    if (input.disabled) {
      await endUserSessions(user.id, tx);
      await tx.userToken.updateMany({ where: { userId: user.id, usedAt: null, expiresAt: { gt: new Date() } }, data: { expiresAt: new Date() } });
    }
    await recordAudit(tx, { actorId: actor.id, action: input.disabled ? 'user.disable' : 'user.enable', targetType: 'user', targetId: user.id });
    return { userId: user.id, disabled: input.disabled };
  });
}
