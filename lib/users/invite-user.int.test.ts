import { beforeEach, describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { hashUserToken } from './hash-user-token';
import { inviteUser } from './invite-user';
import { listUsers } from './list-users';
import { createTestUser } from './test-users';

describe('inviteUser', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('creates an account that cannot sign in yet, with a 7-day invite whose hash alone is stored', async () => {
    const admin = await createTestUser('ADMIN');
    const before = Date.now();
    const result = await inviteUser(admin.actor, { email: ' Wang.Fang@Example.COM ', name: '王芳', role: 'CONTRIBUTOR' });

    expect(result.email).toBe('wang.fang@example.com');
    const user = await getPrisma().user.findUniqueOrThrow({ where: { id: result.userId }, include: { tokens: true } });
    expect(user).toMatchObject({ email: 'wang.fang@example.com', name: '王芳', role: 'CONTRIBUTOR', disabled: false });
    expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(user.tokens).toHaveLength(1);
    expect(user.tokens[0]).toMatchObject({ purpose: 'INVITE', tokenHash: hashUserToken(result.token), usedAt: null, createdById: admin.id });
    const lifetime = (user.tokens[0]?.expiresAt.getTime() ?? 0) - before;
    expect(lifetime).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    expect(lifetime).toBeLessThanOrEqual(7 * 24 * 3600_000 + 60_000);
    for (const password of ['', 'x', result.token]) {
      expect(await authenticate({ email: 'wang.fang@example.com', password: password || 'anything' })).toBeNull();
    }
    expect((await listUsers()).find((listed) => listed.id === result.userId)).toMatchObject({ isInvitePending: true });
  });

  it('audits the creation and the invitation without the token or its hash', async () => {
    const admin = await createTestUser('ADMIN');
    const { userId, token } = await inviteUser(admin.actor, { email: 'li@example.com', name: '李', role: 'EDITOR' });
    const entries = await getPrisma().auditLog.findMany({ where: { targetId: userId }, orderBy: { action: 'asc' } });
    expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([['user.create', admin.id], ['user.invite', admin.id]]);
    expect(entries[0]?.data).toEqual({ email: 'li@example.com', role: 'EDITOR' });
    const text = JSON.stringify(entries);
    expect(text).not.toContain(token);
    expect(text).not.toContain(hashUserToken(token));
    expect(text).not.toContain('argon2');
  });

  it('refuses an email that already has an account, in any case, as a field error', async () => {
    const admin = await createTestUser('ADMIN');
    await inviteUser(admin.actor, { email: 'zhao@example.com', name: '赵', role: 'EDITOR' });
    await expect(inviteUser(admin.actor, { email: 'ZHAO@example.com', name: '另一个赵', role: 'ADMIN' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { email: 'taken' } });
    const racing = await Promise.allSettled([
      inviteUser(admin.actor, { email: 'qian@example.com', name: '钱', role: 'EDITOR' }),
      inviteUser(admin.actor, { email: 'Qian@example.com', name: '钱二', role: 'EDITOR' }),
    ]);
    expect(racing.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(racing.find((result) => result.status === 'rejected')).toMatchObject({ reason: { fieldErrors: { email: 'taken' } } });
    expect(await getPrisma().user.count({ where: { email: { in: ['zhao@example.com', 'qian@example.com'] } } })).toBe(2);
  });
});
