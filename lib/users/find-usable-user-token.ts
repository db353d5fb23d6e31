import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { UserTokenPurpose } from './create-user-token';
import { hashUserToken } from './hash-user-token';

/**
 * The account behind an unused, unexpired link of this purpose, or null however the link fails
 * (unknown, used, expired, account disabled), so no answer hints which.
 */
export async function findUsableUserToken(token: string, purpose: UserTokenPurpose) {
  const row = await getPrisma().userToken.findUnique({
    where: { tokenHash: hashUserToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, disabled: true } } },
  });
  if (!row || row.purpose !== purpose || row.usedAt !== null || row.expiresAt <= new Date() || row.user.disabled) return null;
  return { userId: row.user.id, email: row.user.email, name: row.user.name };
}
