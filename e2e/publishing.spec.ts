import { expect, test } from '@playwright/test';
import { createArticle, createUser, findArticleIdBySlug } from './support/factories';
import { loginAs } from './support/login';

const sampleSlug = 'hu-bei-di-li-san-niu-jing-shen-fen-jin-xin-zheng-cheng';

test('the sample articles are published on first start', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: '湖北:砥礪“三牛精神”奮進新征程' })).toBeVisible();
  await page.getByRole('link', { name: '湖北:砥礪“三牛精神”奮進新征程' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('湖北:砥礪“三牛精神”奮進新征程');
  await expect(page.locator('article')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('article')).not.toContainText('(guó)');
  await expect(page.locator('article')).not.toContainText('熱門標簽');
});

test('an admin edits the title of a sample article, publishes, and readers see the new title', async ({ page }) => {
  const admin = await createUser('ADMIN');
  await loginAs(page, admin);
  const id = await findArticleIdBySlug(sampleSlug);
  await page.goto(`/admin/articles/${id}`);
  const newTitle = `湖北：三牛精神（编辑于 ${Date.now()}）`;
  await page.getByRole('textbox', { name: '标题', exact: true }).fill(newTitle);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText('已保存');
  await page.getByRole('button', { name: '撤回发布' }).click();
  await expect(page.getByRole('status')).toHaveText('已撤回为草稿');
  expect((await page.request.get(`/articles/${sampleSlug}`)).status()).toBe(404);
  await page.getByRole('button', { name: '发布' }).click();
  await expect(page.getByRole('status')).toHaveText('已发布');

  await page.goto(`/articles/${sampleSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle);
});

test('an edit to the body through the editor reaches the public page', async ({ page }) => {
  const admin = await createUser('ADMIN');
  const article = await createArticle({ status: 'PUBLISHED' });
  await loginAs(page, admin);
  await page.goto(`/admin/articles/${article.id}`);
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type('补充一句。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText('已保存');
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('.article-body')).toContainText('补充一句。');
});

test("a draft's public URL is 404", async ({ page }) => {
  const draft = await createArticle({ status: 'DRAFT' });
  const response = await page.goto(`/articles/${draft.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
});

test('a topic page lists the articles tagged with it, newest first', async ({ page }) => {
  const newest = await createArticle({ status: 'PUBLISHED', tagSlug: 'zhi-shi-chan-quan' });
  await page.goto('/topics/zhi-shi-chan-quan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('知识产权');
  const titles = page.locator('.article-list h2');
  await expect(titles.first()).toHaveText(newest.title);
  await expect(page.getByRole('link', { name: /三牛精神/ })).toBeVisible();
  await page.getByRole('link', { name: /三牛精神/ }).click();
  await expect(page.getByRole('link', { name: '知识产权' })).toBeVisible();
});
