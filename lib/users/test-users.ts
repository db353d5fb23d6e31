import { getPrisma } from '@/lib/db/client';
import type { Role } from '@/lib/auth/can';

let counter = 0;

/** Test helper: an account with a placeholder password hash (tests that sign in hash a real one). */
export async function createTestUser(role: Role, options: { disabled?: boolean; passwordHash?: string } = {}) {
  counter += 1;
  const user = await getPrisma().user.create({
    data: { email: `${role.toLowerCase()}-${counter}@test.local`, name: `${role} ${counter}`, role, disabled: options.disabled ?? false, passwordHash: options.passwordHash ?? 'x' },
  });
  return { ...user, actor: { id: user.id, role: user.role } };
}
