import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { changeUserRole } from './change-user-role';
import { createTestUser } from './test-users';

const outcome = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code ?? 'error');

describe('changeUserRole', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('changes another user\'s role and audits from and to', async () => {
    const admin = await createTestUser('ADMIN');
    const editor = await createTestUser('EDITOR');
    expect(await changeUserRole(admin.actor, { userId: editor.id, role: 'CONTRIBUTOR' })).toEqual({ userId: editor.id, role: 'CONTRIBUTOR' });
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe('CONTRIBUTOR');
    const entries = await getPrisma().auditLog.findMany({ where: { action: 'user.role_change' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: admin.id, targetType: 'user', targetId: editor.id, data: { from: 'EDITOR', to: 'CONTRIBUTOR' } });
  });

  it('refuses an admin\'s change of their own role, up or down', async () => {
    const admin = await createTestUser('ADMIN');
    await createTestUser('ADMIN');
    const editor = await createTestUser('EDITOR');
    await expect(changeUserRole(admin.actor, { userId: admin.id, role: 'EDITOR' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(changeUserRole(editor.actor, { userId: editor.id, role: 'ADMIN' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe('ADMIN');
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe('EDITOR');
    expect(await getPrisma().auditLog.count()).toBe(0);
  });

  it('refuses to demote the last active admin (a disabled admin does not count)', async () => {
    const lastAdmin = await createTestUser('ADMIN');
    const staleSession = await createTestUser('ADMIN', { disabled: true });
    await expect(changeUserRole(staleSession.actor, { userId: lastAdmin.id, role: 'EDITOR' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: lastAdmin.id } })).role).toBe('ADMIN');
  });

  it('lets only one of two admins who demote each other at the same moment succeed', async () => {
    for (let round = 0; round < 5; round += 1) {
      await resetDatabase(getPrisma());
      const first = await createTestUser('ADMIN');
      const second = await createTestUser('ADMIN');
      const results = await Promise.all([
        outcome(changeUserRole(first.actor, { userId: second.id, role: 'EDITOR' })),
        outcome(changeUserRole(second.actor, { userId: first.id, role: 'CONTRIBUTOR' })),
      ]);
      expect(results.sort()).toEqual(['CONFLICT', 'ok']);
      expect(await getPrisma().user.count({ where: { role: 'ADMIN', disabled: false } })).toBe(1);
    }
  });

  it('answers NOT_FOUND for an unknown user', async () => {
    const admin = await createTestUser('ADMIN');
    await expect(changeUserRole(admin.actor, { userId: '00000000-0000-4000-8000-000000000000', role: 'EDITOR' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
