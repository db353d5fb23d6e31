import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { accountFailureLimit, addressFailureLimit } from '../lib/auth/login-limits';
import { database } from './support/database';
import { createUser } from './support/factories';
import { attemptLogin, deleteLoginFailures, loginAs } from './support/login';

// Failures were just made, so the wait is the whole 15-minute window (14 if the run was slow).
const waitMessage = /^尝试次数过多，请 1[45] 分钟后再试。$/;

let since: Date;
let emails: string[];

test.beforeEach(async () => {
  since = new Date();
  emails = [];
  // All browser tests sign in from one address: earlier files' failures would shorten its allowance.
  await database().query(`DELETE FROM login_failures WHERE scope = 'address'`);
});

test.afterEach(async () => {
  await deleteLoginFailures({ since, emails });
});

function guessEmail(label: string): string {
  const email = `${label}-${randomUUID().slice(0, 8)}@e2e.test`;
  emails.push(email);
  return email;
}

// Next's route announcer is an alert too: the form's message is the one with text.
const formAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

async function submitLoginForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

test('after the allowed failures for one account the next sign-in is refused with a wait, even with the right password', async ({ page }) => {
  const editor = await createUser('EDITOR');
  emails.push(editor.email);
  for (let attempt = 0; attempt < accountFailureLimit; attempt += 1) {
    expect(await attemptLogin(page, { email: editor.email, password: `wrong-${attempt}` })).toBe('CredentialsSignin');
  }
  await submitLoginForm(page, editor.email, editor.password);
  const refusal = formAlert(page);
  await expect(refusal).toHaveText(waitMessage);
  const knownMessage = await refusal.textContent();
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);

  // An email without an account is refused in exactly the same words.
  const unknown = guessEmail('nobody');
  for (let attempt = 0; attempt < accountFailureLimit; attempt += 1) {
    expect(await attemptLogin(page, { email: unknown, password: `wrong-${attempt}` })).toBe('CredentialsSignin');
  }
  await submitLoginForm(page, unknown, 'another-guess');
  await expect(formAlert(page)).toHaveText(knownMessage ?? '');
});

test('the same number of failures spread over different emails from one address is refused too, whatever X-Forwarded-For claims', async ({ page }) => {
  const editor = await createUser('EDITOR');
  emails.push(editor.email);
  for (let attempt = 0; attempt < addressFailureLimit; attempt += 1) {
    const forged = { 'x-forwarded-for': `198.51.100.${attempt + 1}` };
    expect(await attemptLogin(page, { email: guessEmail('guess'), password: 'wrong' }, forged)).toBe('CredentialsSignin');
  }
  await submitLoginForm(page, editor.email, editor.password);
  await expect(formAlert(page)).toHaveText(waitMessage);
  expect(await attemptLogin(page, { email: guessEmail('fresh'), password: 'wrong' }, { 'x-forwarded-for': '203.0.113.250' })).toMatch(/^TooManyAttempts-/);
});

test('signing out ends the session on the server: replaying the old cookie gets the login page', async ({ page, context }) => {
  const editor = await createUser('EDITOR');
  await loginAs(page, editor);
  const session = (await context.cookies()).find((cookie) => cookie.name === 'next-auth.session-token');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: '文章' })).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);
  if (!session) throw new Error('no session cookie');
  await context.addCookies([session]);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
});
