import { randomUUID } from 'node:crypto';
import type { JWT } from 'next-auth/jwt';
import { beforeEach, describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/auth/auth-options';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { findUsableUserToken } from './find-usable-user-token';
import { issuePasswordReset } from './issue-password-reset';
import { setUserDisabled } from './set-user-disabled';
import { createTestUser } from './test-users';

const outcome = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code ?? 'error');

type JwtCallback = NonNullable<NonNullable<typeof authOptions.callbacks>['jwt']>;

/** What next-auth's jwt callback makes of a session token on the user's next request. */
async function nextRequestToken(token: JWT): Promise<JWT> {
  const jwt = authOptions.callbacks?.jwt as JwtCallback;
  return jwt({ token, account: null } as Parameters<JwtCallback>[0]);
}

describe('setUserDisabled', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('ends the user\'s sessions on their next request, closes their open links and audits it', async () => {
    const admin = await createTestUser('ADMIN');
    const editor = await createTestUser('EDITOR');
    const sessionId = randomUUID();
    await getPrisma().userSession.create({ data: { id: sessionId, userId: editor.id } });
    // The claims a signed-in browser's cookie carries (sid: the server-side session, when there is one).
    const session = { sub: editor.id, uid: editor.id, role: 'EDITOR', sv: 0, sid: sessionId } as JWT;
    expect(await nextRequestToken(session)).toMatchObject({ uid: editor.id });
    const { token } = await issuePasswordReset(admin.actor, { userId: editor.id });

    await setUserDisabled(admin.actor, { userId: editor.id, disabled: true });

    const stored = await getPrisma().user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(stored).toMatchObject({ disabled: true, sessionVersion: 1 });
    expect(await nextRequestToken(session)).toEqual({ sub: editor.id });
    expect(await getPrisma().userSession.count({ where: { userId: editor.id } })).toBe(0);
    expect(await findUsableUserToken(token, 'PASSWORD_RESET')).toBeNull();
    expect((await getPrisma().auditLog.findMany({ where: { targetId: editor.id }, orderBy: { createdAt: 'asc' } })).map((entry) => entry.action))
      .toEqual(['user.password_reset_issued', 'user.disable']);
  });

  it('enables a disabled user again, who then needs a new sign-in', async () => {
    const admin = await createTestUser('ADMIN');
    const editor = await createTestUser('EDITOR', { disabled: true });
    await setUserDisabled(admin.actor, { userId: editor.id, disabled: false });
    expect(await getPrisma().user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ disabled: false });
    expect((await getPrisma().auditLog.findFirstOrThrow({ where: { targetId: editor.id } })).action).toBe('user.enable');
  });

  it('refuses to disable oneself and the last active admin', async () => {
    const lastAdmin = await createTestUser('ADMIN');
    const staleSession = await createTestUser('ADMIN', { disabled: true });
    await expect(setUserDisabled(lastAdmin.actor, { userId: lastAdmin.id, disabled: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setUserDisabled(staleSession.actor, { userId: lastAdmin.id, disabled: true })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await getPrisma().user.findUniqueOrThrow({ where: { id: lastAdmin.id } })).toMatchObject({ disabled: false, sessionVersion: 0 });
  });

  it('lets only one of two admins who disable each other at the same moment succeed', async () => {
    for (let round = 0; round < 5; round += 1) {
      await resetDatabase(getPrisma());
      const first = await createTestUser('ADMIN');
      const second = await createTestUser('ADMIN');
      const results = await Promise.all([
        outcome(setUserDisabled(first.actor, { userId: second.id, disabled: true })),
        outcome(setUserDisabled(second.actor, { userId: first.id, disabled: true })),
      ]);
      expect(results.sort()).toEqual(['CONFLICT', 'ok']);
      expect(await getPrisma().user.count({ where: { role: 'ADMIN', disabled: false } })).toBe(1);
    }
  });
});
