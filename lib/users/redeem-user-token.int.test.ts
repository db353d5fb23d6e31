import { beforeEach, describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { hashUserToken } from './hash-user-token';
import { inviteUser } from './invite-user';
import { issuePasswordReset } from './issue-password-reset';
import { listUsers } from './list-users';
import { redeemUserToken } from './redeem-user-token';
import { createTestUser } from './test-users';

const newPassword = 'a long river in spring 春江';

async function invite() {
  const admin = await createTestUser('ADMIN');
  const invitation = await inviteUser(admin.actor, { email: 'new@example.com', name: '新同事', role: 'EDITOR' });
  return { admin, ...invitation };
}

describe('redeemUserToken', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('sets the password through an invite once; the same link then fails', async () => {
    const { userId, token } = await invite();
    await redeemUserToken({ token, purpose: 'INVITE', password: newPassword });
    expect(await authenticate({ email: 'new@example.com', password: newPassword })).toMatchObject({ id: userId, sessionVersion: 1 });
    expect((await listUsers()).find((user) => user.id === userId)).toMatchObject({ isInvitePending: false });
    await expect(redeemUserToken({ token, purpose: 'INVITE', password: 'another good passphrase' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await authenticate({ email: 'new@example.com', password: newPassword })).not.toBeNull();
  });

  it('lets only one of two simultaneous uses of a link win', async () => {
    const { token } = await invite();
    const results = await Promise.allSettled([
      redeemUserToken({ token, purpose: 'INVITE', password: 'first of the two passwords' }),
      redeemUserToken({ token, purpose: 'INVITE', password: 'second of the two passwords' }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await getPrisma().auditLog.count({ where: { action: 'user.password_changed' } })).toBe(1);
  });

  it('refuses expired, unknown and wrong-purpose links alike', async () => {
    const { userId, token } = await invite();
    await expect(redeemUserToken({ token, purpose: 'PASSWORD_RESET', password: newPassword })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(redeemUserToken({ token: 'A'.repeat(43), purpose: 'INVITE', password: newPassword })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await getPrisma().userToken.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(redeemUserToken({ token, purpose: 'INVITE', password: newPassword })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await authenticate({ email: 'new@example.com', password: newPassword })).toBeNull();
  });

  it('refuses a password the policy refuses and leaves the link usable', async () => {
    const { token } = await invite();
    for (const password of ['short', 'password123', 'new@example.com']) {
      await expect(redeemUserToken({ token, purpose: 'INVITE', password })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { password: 'invalid' } });
    }
    await redeemUserToken({ token, purpose: 'INVITE', password: newPassword });
  });

  it('makes reset links single-use, 24 hours long, and a new one retires the older unused ones', async () => {
    const { admin, userId } = await invite();
    const older = await issuePasswordReset(admin.actor, { userId });
    const newer = await issuePasswordReset(admin.actor, { userId });
    const lifetime = newer.expiresAt.getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(24 * 3600_000 - 60_000);
    expect(lifetime).toBeLessThanOrEqual(24 * 3600_000);
    await expect(redeemUserToken({ token: older.token, purpose: 'PASSWORD_RESET', password: newPassword })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await redeemUserToken({ token: newer.token, purpose: 'PASSWORD_RESET', password: newPassword });
    await expect(redeemUserToken({ token: newer.token, purpose: 'PASSWORD_RESET', password: 'yet another passphrase' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await authenticate({ email: 'new@example.com', password: newPassword })).not.toBeNull();
  });

  it('retires the account\'s other open links once a password is set, and ends its sessions', async () => {
    const { admin, userId, token: inviteToken } = await invite();
    const reset = await issuePasswordReset(admin.actor, { userId });
    await redeemUserToken({ token: reset.token, purpose: 'PASSWORD_RESET', password: newPassword });
    await expect(redeemUserToken({ token: inviteToken, purpose: 'INVITE', password: 'someone else sets this' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion).toBe(1);
  });

  it('refuses links of a disabled account', async () => {
    const { userId, token } = await invite();
    await getPrisma().user.update({ where: { id: userId }, data: { disabled: true } });
    await expect(redeemUserToken({ token, purpose: 'INVITE', password: newPassword })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('audits issued links and password changes without passwords, hashes or tokens', async () => {
    const { admin, userId, token: inviteToken } = await invite();
    await redeemUserToken({ token: inviteToken, purpose: 'INVITE', password: newPassword });
    const reset = await issuePasswordReset(admin.actor, { userId });
    await redeemUserToken({ token: reset.token, purpose: 'PASSWORD_RESET', password: 'the second good passphrase' });
    const entries = await getPrisma().auditLog.findMany({ where: { targetId: userId }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((entry) => [entry.action, entry.actorId, entry.data])).toEqual([
      ['user.create', admin.id, { email: 'new@example.com', role: 'EDITOR' }],
      ['user.invite', admin.id, { expiresAt: expect.any(String) }],
      ['user.password_changed', userId, { via: 'invite' }],
      ['user.password_reset_issued', admin.id, { expiresAt: expect.any(String) }],
      ['user.password_changed', userId, { via: 'reset' }],
    ]);
    const text = JSON.stringify(entries);
    const { passwordHash } = await getPrisma().user.findUniqueOrThrow({ where: { id: userId } });
    for (const secret of [inviteToken, reset.token, hashUserToken(inviteToken), hashUserToken(reset.token), newPassword, 'the second good passphrase', passwordHash]) {
      expect(text).not.toContain(secret);
    }
  });
});
