import type { Page } from '@playwright/test';

/** Signs in over HTTP (next-auth's CSRF + credentials callback); the page's context keeps the cookie. */
export async function loginAs(page: Page, user: { email: string; password: string }): Promise<void> {
  const csrf = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { csrfToken: csrf.csrfToken, email: user.email, password: user.password, json: 'true' },
  });
  if (!response.ok()) throw new Error(`login failed for ${user.email}: HTTP ${response.status()}`);
  const cookies = await page.context().cookies();
  if (!cookies.some((cookie) => cookie.name.endsWith('next-auth.session-token'))) {
    throw new Error(`login failed for ${user.email}: no session cookie`);
  }
}
