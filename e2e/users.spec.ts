import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createUser } from './support/factories';
import { loginAs } from './support/login';

const rowOf = (page: Page, email: string) => page.getByRole('row').filter({ has: page.getByRole('cell', { name: email, exact: true }) });

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function setPasswordThroughLink(page: Page, password: string): Promise<void> {
  await page.getByLabel('新密码', { exact: true }).fill(password);
  await page.getByLabel('再次输入新密码').fill(password);
  await page.getByRole('button', { name: '设置密码' }).click();
}

test('an admin invites a user, the invite link sets a password once, and the new user signs in', async ({ page, browser }) => {
  const admin = await createUser('ADMIN');
  const email = `invitee-${randomUUID().slice(0, 8)}@e2e.test`;
  await loginAs(page, admin);
  await page.goto('/admin/users');
  const invite = page.getByRole('region', { name: '邀请用户' });
  await invite.getByLabel('邮箱').fill(email.toUpperCase());
  await invite.getByLabel('姓名').fill('新来的记者');
  await invite.getByLabel('角色').selectOption('CONTRIBUTOR');
  await invite.getByRole('button', { name: '创建并生成邀请链接' }).click();
  await expect(invite.getByRole('status').filter({ hasText: `已为 ${email} 创建账号。` })).toBeVisible();
  const link = await invite.getByRole('textbox', { name: '邀请链接' }).inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{43}$/);
  await expect(rowOf(page, email).getByRole('cell', { name: '待接受邀请', exact: true })).toBeVisible();
  await expect(rowOf(page, email).getByRole('cell', { name: '撰稿人', exact: true })).toBeVisible();

  await invite.getByLabel('邮箱').fill(email);
  await invite.getByLabel('姓名').fill('重复的人');
  await invite.getByRole('button', { name: '创建并生成邀请链接' }).click();
  await expect(invite.getByText('这个邮箱已有账号。')).toBeVisible();

  const invitee = await newPage(browser);
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { name: '接受邀请' })).toBeVisible();
  await expect(invitee.getByText(`新来的记者，欢迎加入。请为账号 ${email} 设置密码。`)).toBeVisible();
  await setPasswordThroughLink(invitee, 'iloveyou123');
  await expect(invitee.getByText('这个密码太常见，很容易被猜到，请换一个。')).toBeVisible();
  const password = `春天的新闻-${randomUUID().slice(0, 8)}`;
  await setPasswordThroughLink(invitee, password);
  await expect(invitee).toHaveURL(/\/login\?notice=passwordSet$/);
  await expect(invitee.getByRole('status').filter({ hasText: '密码已设置，请用新密码登录。' })).toBeVisible();
  await signInThroughForm(invitee, email, password);
  await expect(invitee).toHaveURL(/\/admin$/);
  await expect(invitee.getByRole('heading', { name: '文章', level: 1 })).toBeVisible();

  const second = await newPage(browser);
  await second.goto(link);
  await expect(second.getByRole('alert').filter({ hasText: '这个链接无效或已过期。请联系管理员重新获取链接。' })).toBeVisible();
  await expect(second.getByLabel('新密码', { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(rowOf(page, email).getByRole('cell', { name: '正常', exact: true })).toBeVisible();
});

test('disabling a user ends their live browser session on its next request', async ({ page, browser }) => {
  const admin = await createUser('ADMIN');
  const editor = await createUser('EDITOR');
  const editorPage = await newPage(browser);
  await loginAs(editorPage, editor);
  await editorPage.goto('/admin');
  await expect(editorPage.getByRole('heading', { name: '文章', level: 1 })).toBeVisible();

  await loginAs(page, admin);
  await page.goto('/admin/users');
  const row = rowOf(page, editor.email);
  await row.getByRole('combobox').selectOption('CONTRIBUTOR');
  await row.getByRole('button', { name: '更改角色' }).click();
  await expect(row.getByRole('status').filter({ hasText: '角色已更改。' })).toBeVisible();
  await expect(row.getByRole('cell', { name: '撰稿人', exact: true })).toBeVisible();
  await row.getByRole('button', { name: '停用' }).click();
  await row.getByRole('button', { name: '确认停用' }).click();
  await expect(row.getByRole('cell', { name: '已停用', exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: '启用' })).toBeVisible();

  await editorPage.reload();
  await expect(editorPage).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await expect(editorPage.getByRole('button', { name: '登录' })).toBeVisible();
});

test('an admin makes a password reset link that works once; the own row offers no role or disable controls', async ({ page, browser }) => {
  const admin = await createUser('ADMIN');
  const editor = await createUser('EDITOR');
  await loginAs(page, admin);
  await page.goto('/admin/users');
  const own = rowOf(page, admin.email);
  await expect(own.getByRole('link', { name: '在“我的账号”中修改' })).toBeVisible();
  await expect(own.getByRole('combobox')).toHaveCount(0);
  await expect(own.getByRole('button')).toHaveCount(0);

  const row = rowOf(page, editor.email);
  await row.getByRole('button', { name: '生成重置密码链接' }).click();
  await row.getByRole('button', { name: '确认生成' }).click();
  const link = await row.getByRole('textbox', { name: '重置密码链接' }).inputValue();
  expect(link).toMatch(/\/reset-password\/[\w-]{43}$/);

  const editorPage = await newPage(browser);
  await editorPage.goto(link);
  await expect(editorPage.getByRole('heading', { name: '重置密码' })).toBeVisible();
  const password = `重置后的密码-${randomUUID().slice(0, 8)}`;
  await setPasswordThroughLink(editorPage, password);
  await expect(editorPage).toHaveURL(/\/login\?notice=passwordSet$/);
  await signInThroughForm(editorPage, editor.email, password);
  await expect(editorPage).toHaveURL(/\/admin$/);
  await editorPage.goto(link);
  await expect(editorPage.getByRole('alert').filter({ hasText: '这个链接无效或已过期' })).toBeVisible();
});

test('a user renames themselves and changes their password on the account page, which ends the session', async ({ page }) => {
  const contributor = await createUser('CONTRIBUTOR');
  await loginAs(page, contributor);
  await page.goto('/admin/account');
  await expect(page.getByRole('heading', { name: '我的账号', level: 1 })).toBeVisible();
  const newName = `改名的撰稿人 ${randomUUID().slice(0, 4)}`;
  await page.getByRole('textbox', { name: '姓名' }).fill(newName);
  await page.getByRole('button', { name: '保存姓名' }).click();
  await expect(page.getByRole('status').filter({ hasText: '姓名已保存。' })).toBeVisible();
  await expect(page.getByText(`已登录：${newName}`)).toBeVisible();

  const password = `新的密码短语-${randomUUID().slice(0, 8)}`;
  await page.getByLabel('当前密码').fill(contributor.password);
  await page.getByLabel('新密码', { exact: true }).fill(password);
  await page.getByLabel('再次输入新密码').fill(`${password}x`);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('两次输入的密码不一致。')).toBeVisible();
  await page.getByLabel('再次输入新密码').fill(password);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page).toHaveURL(/\/login\?notice=passwordChanged&callbackUrl=%2Fadmin%2Faccount$/);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  // The browser still holds its session cookie, but the session has ended on the server.
  await page.goto('/admin/account');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
  await page.goto(`/login?callbackUrl=${encodeURIComponent('/admin/account')}`);
  await signInThroughForm(page, contributor.email, password);
  await expect(page).toHaveURL(/\/admin\/account$/);
  await expect(page.getByRole('textbox', { name: '姓名' })).toHaveValue(newName);
});

test('editors and contributors get 403 at /admin/users', async ({ page }) => {
  for (const role of ['EDITOR', 'CONTRIBUTOR'] as const) {
    await page.context().clearCookies();
    await loginAs(page, await createUser(role));
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: '没有权限' })).toBeVisible();
    await expect(page.getByRole('button', { name: '创建并生成邀请链接' })).toHaveCount(0);
  }
});
