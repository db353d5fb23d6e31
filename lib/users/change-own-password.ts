import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { endUserSessions } from '@/lib/auth/end-user-sessions';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { assertPasswordAllowed } from './assert-password-allowed';
import type { ChangeOwnPasswordInput } from './user-input-schema';

/**
 * The signed-in user sets a new password, proving the current one. Every session of the account
 * ends, this one included: the user signs in again with the new password (a stolen session
 * cannot outlive the change, and no session token is re-issued behind next-auth's back).
 */
export async function changeOwnPassword(actor: Actor, input: ChangeOwnPasswordInput) {
  const user = await getPrisma().user.findUnique({ where: { id: actor.id }, select: { email: true, passwordHash: true, sessionVersion: true } });
  if (!user) throw new AppError('NOT_FOUND', 'No such user.');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION', 'The current password is wrong.', { currentPassword: 'invalid' });
  }
  assertPasswordAllowed(input.password, user.email);
  const passwordHash = await hashPassword(input.password);
  await getPrisma().$transaction(async (tx) => {
    // Only if nothing changed the account meanwhile (another password change, a disable).
    const updated = await tx.user.updateMany({ where: { id: actor.id, sessionVersion: user.sessionVersion, disabled: false }, data: { passwordHash } });
    if (updated.count !== 1) throw new AppError('CONFLICT', 'The account changed while the password was being set.');
    await endUserSessions(actor.id, tx);
    await recordAudit(tx, { actorId: actor.id, action: 'user.password_changed', targetType: 'user', targetId: actor.id, data: { via: 'account' } });
  });
  return { signedOut: true };
}
