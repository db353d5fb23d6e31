import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@/lib/db/generated/client';
import { generateUserToken } from './generate-user-token';

export const userTokenLifetimes = { INVITE: 7 * 24 * 60 * 60 * 1000, PASSWORD_RESET: 24 * 60 * 60 * 1000 } as const;

export type UserTokenPurpose = keyof typeof userTokenLifetimes;

/** Stores a new single-use link for `userId` (its hash only) and returns the token, to be shown once. */
export async function createUserToken(
  tx: Prisma.TransactionClient,
  options: { userId: string; purpose: UserTokenPurpose; createdById: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const { token, tokenHash } = generateUserToken();
  const expiresAt = new Date(Date.now() + userTokenLifetimes[options.purpose]);
  await tx.userToken.create({ data: { id: randomUUID(), ...options, tokenHash, expiresAt } });
  return { token, expiresAt };
}
