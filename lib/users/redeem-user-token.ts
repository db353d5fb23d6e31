import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { endUserSessions } from '@/lib/auth/end-user-sessions';
import { hashPassword } from '@/lib/auth/password';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { assertPasswordAllowed } from './assert-password-allowed';
import type { UserTokenPurpose } from './create-user-token';
import { findUsableUserToken } from './find-usable-user-token';
import { hashUserToken } from './hash-user-token';

const invalidLink = () => new AppError('NOT_FOUND', 'This link is not valid.');

/**
 * Sets a password through an invite or reset link. The link is claimed with one conditional
 * UPDATE, so of two simultaneous uses only one wins; on success every session of the account ends
 * and the account's other open links stop working. NOT_FOUND for any unusable link.
 */
export async function redeemUserToken(input: { token: string; purpose: UserTokenPurpose; password: string }) {
  const holder = await findUsableUserToken(input.token, input.purpose);
  if (!holder) throw invalidLink();
  assertPasswordAllowed(input.password, holder.email);
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashUserToken(input.token);
  return getPrisma().$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ userId: string }[]>`
      UPDATE user_tokens SET used_at = now()
      WHERE token_hash = ${tokenHash} AND purpose = ${input.purpose}::"UserTokenPurpose" AND used_at IS NULL AND expires_at > now()
      RETURNING user_id::text AS "userId"`;
    const userId = claimed[0]?.userId;
    if (!userId) throw invalidLink();
    const updated = await tx.user.updateMany({ where: { id: userId, disabled: false }, data: { passwordHash } });
    if (updated.count !== 1) throw invalidLink();
    await endUserSessions(userId, tx);
    const now = new Date();
    await tx.userToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await recordAudit(tx, {
      actorId: userId,
      action: 'user.password_changed',
      targetType: 'user',
      targetId: userId,
      data: { via: input.purpose === 'INVITE' ? 'invite' : 'reset' },
    });
    return { userId, email: holder.email };
  });
}
