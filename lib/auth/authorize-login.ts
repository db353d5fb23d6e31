import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getPrisma } from '@/lib/db/client';
import { normalizeEmail } from '@/lib/users/normalize-email';
import { authenticate, credentialsSchema, type AuthenticatedUser } from './authenticate';
import { claimLoginAttempt } from './claim-login-attempt';
import { clearLoginFailures } from './clear-login-failures';
import { clientAddress } from './client-address';
import { createUserSession } from './create-user-session';
import { readTrustProxy } from './read-trust-proxy';

export type LoginOutcome =
  | { status: 'signedIn'; user: AuthenticatedUser & { sessionId: string } }
  | { status: 'invalid' }
  | { status: 'throttled'; retryAfterMinutes: number };

/**
 * One sign-in attempt, given the credentials and the request headers: refused unchecked while the
 * account or the client address is over its failure limit (the same answer whether the email
 * exists), else the password is checked; a success clears the account's failures and opens a
 * new server-side session.
 */
export async function authorizeLogin(credentials: unknown, headers: Headers | Record<string, unknown>): Promise<LoginOutcome> {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) return { status: 'invalid' };
  const account = normalizeEmail(parsed.data.email);
  const address = clientAddress(headers, readTrustProxy(process.env.TRUST_PROXY));
  const claim = await claimLoginAttempt({ account, address });
  if (!claim.ok) {
    await recordAudit(getPrisma(), {
      actorId: null,
      action: 'auth.login_throttled',
      targetType: 'user',
      data: { email: account, address, limit: claim.scope },
    });
    return { status: 'throttled', retryAfterMinutes: claim.retryAfterMinutes };
  }
  const user = await authenticate(parsed.data, { address });
  if (!user) return { status: 'invalid' };
  await clearLoginFailures({ account, attemptIds: claim.attemptIds });
  const userAgent = headers instanceof Headers ? headers.get('user-agent') : headers['user-agent'];
  const sessionId = await createUserSession({ userId: user.id, userAgent: typeof userAgent === 'string' ? userAgent : '' });
  return { status: 'signedIn', user: { ...user, sessionId } };
}
