import 'server-only';
import { decode, type JWT } from 'next-auth/jwt';
import { z } from 'zod';
import { isSecureSite, sessionCookieName } from './auth-cookies';
import { authOptions } from './auth-options';
import type { CurrentUser } from './get-current-user';

type JwtCallback = NonNullable<NonNullable<typeof authOptions.callbacks>['jwt']>;
type SessionCallback = NonNullable<NonNullable<typeof authOptions.callbacks>['session']>;

const sessionUserSchema = z.object({
  id: z.string().min(1),
  role: z.enum(['ADMIN', 'EDITOR', 'CONTRIBUTOR']),
  name: z.string(),
  email: z.string(),
});

function readSessionToken(cookieHeader: string): string {
  const name = sessionCookieName(isSecureSite());
  const chunks: { index: number; value: string }[] = [];
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    // next-auth splits a large token over `name.0`, `name.1`, ...
    if (key === name) chunks.push({ index: 0, value });
    else if (key.startsWith(`${name}.`)) chunks.push({ index: Number(key.slice(name.length + 1)) || 0, value });
  }
  return chunks.sort((a, b) => a.index - b.index).map((chunk) => chunk.value).join('');
}

/**
 * The signed-in user of a route handler's request, read from the session cookie of the request
 * itself and re-checked through the same callbacks as getServerSession (disabled accounts and
 * ended, idle or expired sessions count as signed out). Anonymous, malformed or expired: null.
 */
export async function getRequestUser(request: Request): Promise<CurrentUser | null> {
  const secret = authOptions.secret ?? process.env.NEXTAUTH_SECRET;
  const raw = readSessionToken(request.headers.get('cookie') ?? '');
  if (!secret || !raw) return null;
  let token: JWT | null;
  try {
    token = await decode({ token: raw, secret });
  } catch {
    return null;
  }
  if (!token) return null;
  const callbacks = authOptions.callbacks;
  const refreshed = callbacks?.jwt ? await callbacks.jwt({ token, account: null } as Parameters<JwtCallback>[0]) : token;
  const expires = new Date(Date.now() + 60_000).toISOString();
  if (!callbacks?.session) return null;
  const session = await callbacks.session({ session: { expires }, token: refreshed } as Parameters<SessionCallback>[0]);
  const user = sessionUserSchema.safeParse(session.user);
  return user.success ? user.data : null;
}
