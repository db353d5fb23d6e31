import { expect, test, type Page } from '@playwright/test';
import { database } from './support/database';
import { createArticle, createUser } from './support/factories';
import { loginAs } from './support/login';

const rowOf = (page: Page, title: string) => page.getByRole('row').filter({ has: page.getByText(title, { exact: true }) });

test('an editor moves a published article to the trash, readers lose it, and restoring brings it back', async ({ page }) => {
  const editor = await createUser('EDITOR');
  const article = await createArticle({ status: 'PUBLISHED' });
  await loginAs(page, editor);
  expect((await page.request.get(`/articles/${article.slug}`)).status()).toBe(200);

  await page.goto('/admin');
  await rowOf(page, article.title).getByRole('button', { name: '移到回收站' }).click();
  await rowOf(page, article.title).getByRole('button', { name: '确认移到回收站' }).click();
  await expect(page.getByRole('status').filter({ hasText: '文章已移到回收站。' })).toBeVisible();
  await expect(page.getByRole('link', { name: article.title, exact: true })).toHaveCount(0);
  expect((await page.request.get(`/articles/${article.slug}`)).status()).toBe(404);

  await page.getByRole('link', { name: '打开回收站' }).click();
  await expect(page.getByRole('heading', { name: '回收站', level: 1 })).toBeVisible();
  const row = rowOf(page, article.title);
  await expect(row).toContainText('测试编辑');
  await expect(row).toContainText('已发布');
  await expect(page.getByRole('button', { name: '永久删除' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '清空回收站' })).toHaveCount(0);

  await row.getByRole('button', { name: '恢复' }).click();
  await row.getByRole('button', { name: '确认恢复' }).click();
  await expect(rowOf(page, article.title)).toHaveCount(0);
  expect((await page.request.get(`/articles/${article.slug}`)).status()).toBe(200);
  await page.getByRole('navigation', { name: '后台导航' }).getByRole('link', { name: '文章' }).click();
  await expect(page.getByRole('link', { name: article.title, exact: true })).toBeVisible();
});

test('an admin deletes one trashed article permanently, then empties the trash', async ({ page }) => {
  const admin = await createUser('ADMIN');
  const first = await createArticle({ status: 'DRAFT', isTrashed: true });
  const second = await createArticle({ status: 'ARCHIVED', isTrashed: true });
  const third = await createArticle({ status: 'DRAFT', isTrashed: true });
  const kept = await createArticle({ status: 'DRAFT' });
  await loginAs(page, admin);

  await page.goto('/admin');
  await page.getByRole('navigation', { name: '后台导航' }).getByRole('link', { name: '回收站' }).click();
  await rowOf(page, first.title).getByRole('button', { name: '永久删除' }).click();
  await rowOf(page, first.title).getByRole('button', { name: '确认永久删除' }).click();
  await expect(rowOf(page, first.title)).toHaveCount(0);
  await expect(rowOf(page, second.title)).toBeVisible();

  await page.getByRole('button', { name: '清空回收站' }).click();
  await page.getByRole('button', { name: '确认清空' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^已永久删除 \d+ 篇文章。$/ })).toBeVisible();
  await expect(page.getByText('回收站是空的。')).toBeVisible();

  const { rows } = await database().query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::uuid[])', [[first.id, second.id, third.id, kept.id]]);
  expect(rows.map((row) => row.id)).toEqual([kept.id]);
});

test('an editor sees the trash but no way to delete permanently', async ({ page }) => {
  const editor = await createUser('EDITOR');
  const trashed = await createArticle({ status: 'DRAFT', isTrashed: true });
  await loginAs(page, editor);
  await page.goto('/admin/trash');
  await expect(rowOf(page, trashed.title).getByRole('button', { name: '恢复' })).toBeVisible();
  await expect(page.getByRole('button', { name: '永久删除' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '清空回收站' })).toHaveCount(0);
  await expect(page.getByText('只有管理员可以永久删除。', { exact: false })).toBeVisible();
});
