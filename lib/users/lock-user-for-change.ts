import 'server-only';
import { can, type Actor } from '@/lib/auth/can';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError } from '@/lib/errors/app-error';
import { lockActiveAdmins } from './lock-active-admins';

/**
 * For an admin's change to another account (role, disabled): refuses changes to one's own account,
 * locks the active admins and the target, and says whether the target is the last active admin.
 */
export async function lockUserForChange(tx: Prisma.TransactionClient, actor: Actor, userId: string) {
  const activeAdminIds = await lockActiveAdmins(tx);
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError('NOT_FOUND', 'No such user.');
  // The rule lives in can(): admins change other accounts only, never their own role or state.
  if (!can(actor, 'user:change-role', { kind: 'user', id: user.id, role: user.role })) {
    throw new AppError('FORBIDDEN', 'Nobody changes their own role or disables themselves.');
  }
  const isLastActiveAdmin = activeAdminIds.length <= 1 && activeAdminIds.includes(user.id);
  return { user, isLastActiveAdmin };
}
