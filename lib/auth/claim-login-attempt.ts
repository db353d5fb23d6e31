import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { accountFailureLimit, addressFailureLimit, loginWindowMs } from './login-limits';

export interface LoginAttemptKeys {
  /** The normalised email, whether or not an account has it. */
  account: string;
  address: string;
}

export type LoginAttemptClaim =
  | { ok: true; attemptIds: bigint[] }
  | { ok: false; scope: 'account' | 'address'; retryAfterMinutes: number };

/**
 * Counts a sign-in attempt against both limits before any password is checked. The attempt is
 * written first, as a failure until it succeeds, so parallel guesses can't all pass one count;
 * over a limit it is withdrawn (waiting is not extended by retrying) and refused with the minutes
 * until the window has room again.
 */
export async function claimLoginAttempt(keys: LoginAttemptKeys, now = new Date()): Promise<LoginAttemptClaim> {
  const prisma = getPrisma();
  const windowStart = new Date(now.getTime() - loginWindowMs);
  await prisma.loginFailure.deleteMany({ where: { failedAt: { lte: windowStart } } });
  const attempts = await prisma.loginFailure.createManyAndReturn({
    data: [
      { scope: 'account', key: keys.account, failedAt: now },
      { scope: 'address', key: keys.address, failedAt: now },
    ],
    select: { id: true },
  });
  const attemptIds = attempts.map((attempt) => attempt.id);
  const limits = [
    { scope: 'account', key: keys.account, limit: accountFailureLimit },
    { scope: 'address', key: keys.address, limit: addressFailureLimit },
  ] as const;
  let refusal: Extract<LoginAttemptClaim, { ok: false }> | undefined;
  for (const { scope, key, limit } of limits) {
    // With this attempt newest, the window is full when a row sits `limit` places behind it; it
    // has room again once that row has left the window.
    const blocking = await prisma.loginFailure.findFirst({
      where: { scope, key, failedAt: { gt: windowStart } },
      orderBy: [{ failedAt: 'desc' }, { id: 'desc' }],
      skip: limit,
      select: { failedAt: true },
    });
    if (!blocking) continue;
    const retryAfterMinutes = Math.max(1, Math.ceil((blocking.failedAt.getTime() + loginWindowMs - now.getTime()) / 60_000));
    if (!refusal || retryAfterMinutes > refusal.retryAfterMinutes) refusal = { ok: false, scope, retryAfterMinutes };
  }
  if (!refusal) return { ok: true, attemptIds };
  await prisma.loginFailure.deleteMany({ where: { id: { in: attemptIds } } });
  return refusal;
}
