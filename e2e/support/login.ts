import type { Page } from '@playwright/test';
import { database } from './database';

interface Credentials {
  email: string;
  password: string;
}

/**
 * One sign-in over HTTP (next-auth's CSRF + credentials callback), as the login form sends it;
 * the page's context keeps the cookie of a success. Answers next-auth's error code, or null.
 */
export async function attemptLogin(page: Page, credentials: Credentials, headers: Record<string, string> = {}): Promise<string | null> {
  const csrf = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { csrfToken: csrf.csrfToken, email: credentials.email, password: credentials.password, json: 'true' },
    headers,
  });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url, 'http://inkstone.invalid').searchParams.get('error');
  if (!error && !response.ok()) throw new Error(`sign-in answered HTTP ${response.status()} without an error code`);
  return error;
}

/** Signs in over HTTP; the page's context keeps the cookie. */
export async function loginAs(page: Page, user: Credentials): Promise<void> {
  const error = await attemptLogin(page, user);
  if (error) throw new Error(`login failed for ${user.email}: ${error}`);
  const cookies = await page.context().cookies();
  if (!cookies.some((cookie) => cookie.name.endsWith('next-auth.session-token'))) {
    throw new Error(`login failed for ${user.email}: no session cookie`);
  }
}

/**
 * Removes the failed sign-ins a test caused: those of its emails, and every per-address row since
 * it started (all browser tests come from one address, and its limit would refuse later tests).
 */
export async function deleteLoginFailures(options: { since: Date; emails: string[] }): Promise<void> {
  await database().query(
    `DELETE FROM login_failures WHERE (scope = 'account' AND key = ANY($1)) OR (scope = 'address' AND failed_at >= $2)`,
    [options.emails.map((email) => email.trim().toLowerCase()), options.since],
  );
}
