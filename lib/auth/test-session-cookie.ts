import type { Role } from './can';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll } from 'vitest';
import { createUserSession } from './create-user-session';

const secret = 'route-test-secret-that-is-long-enough-0123456789';

/**
 * Test helper for route handlers: signs sessions with a fixed NEXTAUTH_SECRET for the file's tests
 * (and no NEXTAUTH_URL), restoring both afterwards.
 */
export function useTestSessionSecret(): void {
  const saved = { secret: process.env.NEXTAUTH_SECRET, url: process.env.NEXTAUTH_URL };
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET = secret;
    delete process.env.NEXTAUTH_URL;
  });
  afterAll(() => {
    process.env.NEXTAUTH_SECRET = saved.secret;
    if (saved.url !== undefined) process.env.NEXTAUTH_URL = saved.url;
  });
}

/** Test helper: the Cookie header of a signed-in user (with a session row), as the browser sends it. */
export async function testSessionCookie(user: { id: string; role: Role; name: string; email: string }): Promise<string> {
  const sid = await createUserSession({ userId: user.id, userAgent: 'test' });
  const token = await encode({ token: { sub: user.id, uid: user.id, role: user.role, sv: 0, sid, name: user.name, email: user.email }, secret });
  return `next-auth.session-token=${token}`;
}
