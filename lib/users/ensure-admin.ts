import { randomBytes } from 'node:crypto';
import { getPrisma } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/audit/record-audit';
import { normalizeEmail } from './normalize-email';

export interface EnsureAdminResult {
  id: string;
  created: boolean;
  email: string;
  /** Set only when this call created the account with a generated password, so it can be shown once. */
  generatedPassword?: string;
}

/**
 * Creates the first admin when the database has none. An existing admin is never touched:
 * ADMIN_EMAIL / ADMIN_PASSWORD only seed the first account.
 */
export async function ensureAdmin(options: { email?: string; password?: string }): Promise<EnsureAdminResult> {
  const prisma = getPrisma();
  const existing = await prisma.user.findFirst({ where: { role: 'ADMIN' }, orderBy: { createdAt: 'asc' } });
  if (existing) return { id: existing.id, created: false, email: existing.email };

  const email = normalizeEmail(options.email ?? 'admin@inkstone.local');
  const generatedPassword = options.password ? undefined : randomBytes(12).toString('base64url');
  const password = options.password ?? generatedPassword ?? '';
  const passwordHash = await hashPassword(password);
  const id = await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name: '管理员', role: 'ADMIN', passwordHash },
    });
    await recordAudit(tx, { actorId: null, action: 'user.create', targetType: 'user', targetId: user.id, data: { role: 'ADMIN', reason: 'first start' } });
    return user.id;
  });
  return { id, created: true, email, generatedPassword };
}
