import type { JWT } from 'next-auth/jwt';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { authOptions } from './auth-options';
import { authorizeLogin } from './authorize-login';
import { endUserSessions } from './end-user-sessions';
import { hashPassword } from './password';

type Jwt = (params: { token: JWT; user?: unknown }) => Promise<JWT>;
type SignOut = (message: { token: JWT }) => Promise<void>;
const jwt = authOptions.callbacks?.jwt as unknown as Jwt;
const signOut = authOptions.events?.signOut as unknown as SignOut;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);

/** Signs in as the editor and returns the session JWT as next-auth first stores it. */
async function signIn(): Promise<JWT> {
  const outcome = await authorizeLogin({ email: 'editor@test.local', password: 'correct horse battery' }, { 'user-agent': 'test' });
  if (outcome.status !== 'signedIn') throw new Error('sign-in failed');
  return jwt({ token: { sub: outcome.user.id, name: outcome.user.name, email: outcome.user.email }, user: outcome.user });
}

const isSignedIn = async (token: JWT) => Boolean((await jwt({ token })).uid);
const sessionRow = (token: JWT) => getPrisma().userSession.findUnique({ where: { id: String(token.sid) } });

describe('server-side sessions', () => {
  beforeEach(async () => {
    await resetDatabase(getPrisma());
    await getPrisma().user.create({
      data: { email: 'editor@test.local', name: '编辑', passwordHash: await hashPassword('correct horse battery'), role: 'EDITOR' },
    });
  });

  it('a sign-in stores its session row id in the token, which then stands on each request', async () => {
    const token = await signIn();
    expect(token.sid).toEqual(expect.any(String));
    expect(await sessionRow(token)).toMatchObject({ userId: token.uid, userAgent: 'test' });
    expect(await jwt({ token })).toMatchObject({ uid: token.uid, role: 'EDITOR', name: '编辑', email: 'editor@test.local' });
  });

  it('refuses a token whose session row was deleted', async () => {
    const token = await signIn();
    await getPrisma().userSession.delete({ where: { id: String(token.sid) } });
    expect(await jwt({ token })).toEqual({ sub: token.sub });
  });

  it('refuses a token without a session id, as issued before server-side sessions', async () => {
    const { sid: _sid, ...legacy } = await signIn();
    expect(await isSignedIn(legacy)).toBe(false);
  });

  it('ends a session idle for two hours and deletes its row', async () => {
    const token = await signIn();
    await getPrisma().userSession.update({ where: { id: String(token.sid) }, data: { lastSeenAt: hoursAgo(2) } });
    expect(await isSignedIn(token)).toBe(false);
    expect(await sessionRow(token)).toBeNull();
  });

  it('ends an active session eight hours after sign-in', async () => {
    const token = await signIn();
    await getPrisma().userSession.update({ where: { id: String(token.sid) }, data: { createdAt: hoursAgo(8) } });
    expect(await isSignedIn(token)).toBe(false);
  });

  it('records activity at most once a minute', async () => {
    const token = await signIn();
    const recent = new Date(Date.now() - 30_000);
    await getPrisma().userSession.update({ where: { id: String(token.sid) }, data: { lastSeenAt: recent } });
    expect(await isSignedIn(token)).toBe(true);
    expect((await sessionRow(token))?.lastSeenAt).toEqual(recent);
    await getPrisma().userSession.update({ where: { id: String(token.sid) }, data: { lastSeenAt: hoursAgo(1) } });
    expect(await isSignedIn(token)).toBe(true);
    expect((await sessionRow(token))?.lastSeenAt.getTime()).toBeGreaterThan(recent.getTime());
  });

  it('ends the sessions of a disabled account', async () => {
    const token = await signIn();
    await getPrisma().user.update({ where: { id: String(token.uid) }, data: { disabled: true } });
    expect(await isSignedIn(token)).toBe(false);
  });

  it('signing out deletes the row, so a copy of the cookie no longer works, and is audited', async () => {
    const token = await signIn();
    const other = await signIn();
    await signOut({ token });
    expect(await isSignedIn(token)).toBe(false);
    expect(await isSignedIn(other)).toBe(true);
    const logout = await getPrisma().auditLog.findFirst({ where: { action: 'auth.logout' } });
    expect(logout).toMatchObject({ actorId: token.uid, targetId: token.uid });
  });

  it("endUserSessions ends all of a user's sessions, alone or inside a transaction", async () => {
    const first = await signIn();
    const second = await signIn();
    await endUserSessions(String(first.uid));
    expect(await isSignedIn(first)).toBe(false);
    expect(await isSignedIn(second)).toBe(false);
    expect(await getPrisma().userSession.count()).toBe(0);
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: String(first.uid) } })).sessionVersion).toBe(1);
    const third = await signIn();
    await getPrisma().$transaction((tx) => endUserSessions(String(third.uid), tx));
    expect(await isSignedIn(third)).toBe(false);
  });
});
