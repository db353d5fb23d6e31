import { expect, test } from '@playwright/test';
import { addSlugRedirect, createArticle, createUser } from './support/factories';
import { loginAs } from './support/login';
import { redirectPaths } from './support/redirect-paths';

test('an old slug of a published article redirects permanently (308) to its current URL', async ({ page }) => {
  const article = await createArticle({ status: 'PUBLISHED' });
  const oldSlug = `${article.slug}-old`;
  await addSlugRedirect(oldSlug, article.id);

  const response = await page.request.get(`/articles/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(redirectPaths(response)).toEqual([`/articles/${article.slug}`]);

  await page.goto(`/articles/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
});

test('after an editor changes the slug of a published article, the old URL redirects permanently to the new one', async ({ page }) => {
  const editor = await createUser('EDITOR');
  const article = await createArticle({ status: 'PUBLISHED' });
  await loginAs(page, editor);
  await page.goto(`/admin/articles/${article.id}`);
  const newSlug = `${article.slug}-xin`;
  await page.getByRole('textbox', { name: '网址别名' }).fill(newSlug);
  await page.getByRole('button', { name: '更新', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');

  const response = await page.request.get(`/articles/${article.slug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(redirectPaths(response)).toEqual([`/articles/${newSlug}`]);
  await page.goto(`/articles/${article.slug}`);
  await expect(page).toHaveURL(new RegExp(`/articles/${newSlug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
});

test('an old slug of an article that is no longer public is 404, not a redirect', async ({ page }) => {
  const draft = await createArticle({ status: 'DRAFT' });
  await addSlugRedirect(`${draft.slug}-old`, draft.id);
  const response = await page.request.get(`/articles/${draft.slug}-old`, { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});

test('a published article in the trash is 404 and leaves the home page', async ({ page }) => {
  const trashed = await createArticle({ status: 'PUBLISHED', isTrashed: true });
  const response = await page.goto(`/articles/${trashed.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: trashed.title })).toHaveCount(0);
});

test('an archived article stays readable with a note in the reader\'s script, but leaves lists and topics', async ({ page }) => {
  const archived = await createArticle({ status: 'ARCHIVED', tagSlug: 'zhi-shi-chan-quan' });
  const response = await page.goto(`/articles/${archived.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(archived.title);
  await expect(page.getByRole('note')).toHaveText('本文已归档');
  await expect(page.locator('.article-body')).toContainText(`${archived.title}的正文。`);

  await page.goto('/');
  await expect(page.getByRole('link', { name: archived.title })).toHaveCount(0);
  await page.goto('/topics/zhi-shi-chan-quan');
  await expect(page.getByRole('link', { name: archived.title })).toHaveCount(0);

  // A Traditional article reads in Simplified on the Simplified site, and as written on /zh-tw.
  const title = `已歸檔的報導 ${Date.now()}`;
  const traditional = await createArticle({ status: 'ARCHIVED', script: 'HANT', title });
  await page.goto(`/articles/${traditional.slug}`);
  await expect(page.getByRole('note')).toHaveText('本文已归档');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`已归档的报导 ${title.split(' ')[1]}`);
  await page.goto(`/zh-tw/articles/${traditional.slug}`);
  await expect(page.getByRole('note')).toHaveText('本文已歸檔');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('scheduled and draft articles are 404 at their URL', async ({ page }) => {
  const scheduled = await createArticle({ status: 'SCHEDULED', scheduledAt: new Date(Date.now() + 3_600_000) });
  const draft = await createArticle({ status: 'DRAFT' });
  expect((await page.request.get(`/articles/${scheduled.slug}`)).status()).toBe(404);
  expect((await page.request.get(`/articles/${draft.slug}`)).status()).toBe(404);
});

test('reader pages in each script carry none of the framework’s default 404, 403 and 401 pages in their payload', async ({ page }) => {
  const article = await createArticle({ status: 'PUBLISHED' });
  for (const path of ['/', '/topics', `/articles/${article.slug}`, `/zh-tw/articles/${article.slug}`, '/search?q=新闻']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    for (const text of ['This page could not be found', 'This page could not be accessed', 'not authorized to access this page']) {
      expect(html, `${path}: ${text}`).not.toContain(text);
    }
  }
});
