import { describe, expect, it } from 'vitest';
import { authCookies, isSecureSite } from './auth-cookies';

describe('auth cookies', () => {
  it('are Secure and prefixed when the site is served over https', () => {
    expect(isSecureSite({ NEXTAUTH_URL: 'https://news.example' } as NodeJS.ProcessEnv)).toBe(true);
    const cookies = authCookies(true);
    expect(Object.values(cookies).map((cookie) => cookie.name)).toEqual([
      '__Secure-next-auth.session-token',
      '__Secure-next-auth.callback-url',
      '__Host-next-auth.csrf-token',
    ]);
    for (const cookie of Object.values(cookies)) {
      expect(cookie.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
    }
  });

  it('are HttpOnly and SameSite=Lax without the prefix over plain http', () => {
    expect(isSecureSite({ NEXTAUTH_URL: 'http://localhost:3000' } as NodeJS.ProcessEnv)).toBe(false);
    expect(isSecureSite({} as NodeJS.ProcessEnv)).toBe(false);
    const cookies = authCookies(false);
    expect(cookies.sessionToken.name).toBe('next-auth.session-token');
    for (const cookie of Object.values(cookies)) {
      expect(cookie.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: false });
    }
  });
});
