import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { createUserToken } from './create-user-token';

/**
 * A new 24-hour password-reset link for a user, returned once; the user's earlier unused reset
 * links stop working. CONFLICT for a disabled account (enable it first).
 */
export async function issuePasswordReset(actor: Actor, input: { userId: string }) {
  return getPrisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${input.userId}::uuid FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, disabled: true } });
    if (!user) throw new AppError('NOT_FOUND', 'No such user.');
    if (user.disabled) throw new AppError('CONFLICT', 'A disabled account gets no reset link.');
    const now = new Date();
    await tx.userToken.updateMany({
      where: { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const { token, expiresAt } = await createUserToken(tx, { userId: user.id, purpose: 'PASSWORD_RESET', createdById: actor.id });
    await recordAudit(tx, { actorId: actor.id, action: 'user.password_reset_issued', targetType: 'user', targetId: user.id, data: { expiresAt: expiresAt.toISOString() } });
    return { userId: user.id, token, expiresAt };
  });
}
