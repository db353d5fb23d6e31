import 'server-only';
import { randomUUID } from 'node:crypto';
import { getPrisma } from '@/lib/db/client';
import { sessionIdleMs, sessionLifetimeMs } from './session-limits';

const userAgentMaxLength = 256;

/**
 * A new server-side session at every sign-in (a fresh random id, never one the browser brought);
 * its id goes into the session JWT. Sessions that have expired meanwhile are removed on the way.
 */
export async function createUserSession(options: { userId: string; userAgent: string; now?: Date }): Promise<string> {
  const prisma = getPrisma();
  const now = options.now ?? new Date();
  await prisma.userSession.deleteMany({
    where: {
      OR: [
        { lastSeenAt: { lte: new Date(now.getTime() - sessionIdleMs) } },
        { createdAt: { lte: new Date(now.getTime() - sessionLifetimeMs) } },
      ],
    },
  });
  const id = randomUUID();
  const userAgent = Array.from(options.userAgent).slice(0, userAgentMaxLength).join('');
  await prisma.userSession.create({ data: { id, userId: options.userId, userAgent, createdAt: now, lastSeenAt: now } });
  return id;
}
