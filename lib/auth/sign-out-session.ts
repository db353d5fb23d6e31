import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { getPrisma } from '@/lib/db/client';
import { isSessionId } from './is-session-id';

/** Signing out deletes the session's row, so a copy of its cookie is worthless afterwards. */
export async function signOutSession(options: { sessionId: unknown; userId: string }): Promise<void> {
  const prisma = getPrisma();
  if (isSessionId(options.sessionId)) {
    await prisma.userSession.deleteMany({ where: { id: options.sessionId, userId: options.userId } });
  }
  await recordAudit(prisma, { actorId: options.userId, action: 'auth.logout', targetType: 'user', targetId: options.userId });
}
