import { expect, test } from '@playwright/test';
import { createUser } from './support/factories';
import { deleteLoginFailures, loginAs } from './support/login';

test('an anonymous visit to /admin is sent to the login page', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
});

test('a wrong password gets a clear message that does not say whether the email exists', async ({ page }) => {
  const since = new Date();
  const admin = await createUser('ADMIN');
  for (const email of [admin.email, 'nobody@e2e.test']) {
    await page.goto('/login');
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码').fill('definitely-wrong');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '邮箱或密码不正确。' })).toBeVisible();
  }
  await deleteLoginFailures({ since, emails: [admin.email, 'nobody@e2e.test'] });
});

test('an admin signs in through the form and lands on the article list', async ({ page }) => {
  const admin = await createUser('ADMIN');
  await page.goto('/admin/users');
  await page.getByLabel('邮箱').fill(admin.email);
  await page.getByLabel('密码').fill(admin.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { name: '用户', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: admin.email })).toBeVisible();
});

test('an editor cannot open admin-only pages', async ({ page }) => {
  const editor = await createUser('EDITOR');
  await loginAs(page, editor);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: '文章' })).toBeVisible();
  await expect(page.getByRole('link', { name: '用户' })).toHaveCount(0);
  for (const path of ['/admin/users', '/admin/tags']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: '没有权限' })).toBeVisible();
  }
});

test('a disabled account is refused at login', async ({ page }) => {
  const since = new Date();
  const disabled = await createUser('EDITOR', { disabled: true });
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(disabled.email);
  await page.getByLabel('密码').fill(disabled.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '邮箱或密码不正确。' })).toBeVisible();
  await deleteLoginFailures({ since, emails: [disabled.email] });
});

test('an admin page or preview of a record that does not exist is a 404 inside the newsroom, not the framework page', async ({ page }) => {
  const editor = await createUser('EDITOR');
  await loginAs(page, editor);
  const nobody = '00000000-0000-4000-8000-000000000000';
  for (const path of [`/admin/articles/${nobody}`, `/admin/import/${nobody}`, `/preview/articles/${nobody}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: '找不到页面' })).toBeVisible();
    await expect(page.getByRole('link', { name: '返回后台' })).toBeVisible();
    await expect(page.getByText('This page could not be found')).toHaveCount(0);
  }
});
