import type { CookieOption, CookiesOptions } from 'next-auth';

/** Served over https (NEXTAUTH_URL), so cookies are Secure and carry the __Secure-/__Host- prefixes. */
export function isSecureSite(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NEXTAUTH_URL?.startsWith('https://') ?? false;
}

export function sessionCookieName(isSecure: boolean): string {
  return `${isSecure ? '__Secure-' : ''}next-auth.session-token`;
}

/** next-auth's cookies, spelled out: never readable by scripts, not sent on cross-site subrequests. */
export function authCookies(isSecure: boolean): Pick<CookiesOptions, 'sessionToken' | 'callbackUrl' | 'csrfToken'> {
  const options: CookieOption['options'] = { httpOnly: true, sameSite: 'lax', path: '/', secure: isSecure };
  const prefix = isSecure ? '__Secure-' : '';
  return {
    sessionToken: { name: sessionCookieName(isSecure), options },
    callbackUrl: { name: `${prefix}next-auth.callback-url`, options },
    // __Host- also pins the CSRF cookie to this exact host.
    csrfToken: { name: `${isSecure ? '__Host-' : ''}next-auth.csrf-token`, options },
  };
}
