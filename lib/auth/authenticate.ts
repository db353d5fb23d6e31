import 'server-only';
import { z } from 'zod';
import { getPrisma } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { normalizeEmail } from '@/lib/users/normalize-email';
import { hashPassword, verifyPassword } from './password';
import type { Role } from './can';

export const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(128),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email + password. Unknown emails still cost one hash verification, so response
 * time doesn't tell whether an account exists; every attempt is audited.
 */
export async function authenticate(input: unknown, context: { address?: string } = {}): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const email = normalizeEmail(parsed.data.email);
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) {
    dummyHash ??= hashPassword('inkstone-timing-equaliser');
    await verifyPassword(await dummyHash, parsed.data.password);
  }
  const isValid = user ? !user.disabled && (await verifyPassword(user.passwordHash, parsed.data.password)) : false;
  await recordAudit(prisma, {
    actorId: user?.id ?? null,
    action: isValid ? 'auth.login' : 'auth.login_failed',
    targetType: 'user',
    targetId: user?.id ?? null,
    data: context.address ? { email, address: context.address } : { email },
  });
  if (!user || !isValid) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
