import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';

type SessionsClient = Pick<Prisma.TransactionClient, 'userSession' | 'user'>;

async function endSessions(db: SessionsClient, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await db.userSession.deleteMany({ where: { userId } });
}

/**
 * Ends every session of a user at once (disabling, a password change or reset, a role change):
 * their rows are deleted and the session version moves on. Pass a transaction client to commit
 * this with the change that causes it.
 */
export async function endUserSessions(userId: string, db?: SessionsClient): Promise<void> {
  if (db) return endSessions(db, userId);
  await getPrisma().$transaction((tx) => endSessions(tx, userId));
}
