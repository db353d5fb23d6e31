import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { Role } from './can';
import { isSessionExpired } from './is-session-expired';
import { isSessionId } from './is-session-id';
import { sessionTouchMs } from './session-limits';

export interface SessionClaims {
  sessionId: unknown;
  userId: string;
  sessionVersion: unknown;
}

export interface SessionUser {
  role: Role;
  name: string;
  email: string;
}

/**
 * The account behind a session JWT on each request, or null when the session has ended: its row
 * is gone (signed out, ended by an admin), it idled or outlived its lifetime, the account was
 * disabled or its session version moved on. Activity is recorded at most once a minute.
 */
export async function resolveUserSession(claims: SessionClaims, now = new Date()): Promise<SessionUser | null> {
  const { sessionId } = claims;
  if (!isSessionId(sessionId)) return null;
  const prisma = getPrisma();
  const session = await prisma.userSession.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      createdAt: true,
      lastSeenAt: true,
      user: { select: { role: true, disabled: true, sessionVersion: true, name: true, email: true } },
    },
  });
  if (!session || session.userId !== claims.userId) return null;
  const { user } = session;
  if (user.disabled || user.sessionVersion !== claims.sessionVersion || isSessionExpired(session, now)) {
    await prisma.userSession.deleteMany({ where: { id: sessionId } });
    return null;
  }
  const touchBefore = new Date(now.getTime() - sessionTouchMs);
  if (session.lastSeenAt < touchBefore) {
    // Conditional, so concurrent requests of one session write once.
    await prisma.userSession.updateMany({ where: { id: sessionId, lastSeenAt: { lt: touchBefore } }, data: { lastSeenAt: now } });
  }
  return { role: user.role, name: user.name, email: user.email };
}
