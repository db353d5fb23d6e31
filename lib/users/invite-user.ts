import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { hashPassword } from '@/lib/auth/password';
import { getPrisma, Prisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { createUserToken } from './create-user-token';
import { normalizeEmail } from './normalize-email';
import type { InviteUserInput } from './user-input-schema';

const emailTaken = () => new AppError('VALIDATION', 'This email already has an account.', { email: 'taken' });

/**
 * Creates an account that cannot sign in yet (its password hash is of random bytes nobody knows)
 * and a 7-day invite link with which the person sets their own password. The token is returned
 * once, for the admin to pass on; only its hash is stored.
 */
export async function inviteUser(actor: Actor, input: InviteUserInput) {
  const prisma = getPrisma();
  const email = normalizeEmail(input.email);
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name: input.name, role: input.role, passwordHash }, select: { id: true, email: true } });
      const { token, expiresAt } = await createUserToken(tx, { userId: user.id, purpose: 'INVITE', createdById: actor.id });
      await recordAudit(tx, { actorId: actor.id, action: 'user.create', targetType: 'user', targetId: user.id, data: { email, role: input.role } });
      await recordAudit(tx, { actorId: actor.id, action: 'user.invite', targetType: 'user', targetId: user.id, data: { expiresAt: expiresAt.toISOString() } });
      return { userId: user.id, email: user.email, token, expiresAt };
    });
  } catch (error) {
    // Two admins inviting the same address at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw emailTaken();
    throw error;
  }
}
