import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createArticle, createUser } from './support/factories';
import { loginAs } from './support/login';
import { createTopic } from './support/topics';
import { redirectPaths } from './support/redirect-paths';

test('an admin merges a same-pinyin tag into the busier one: its article shows the kept tag and its old topic URL redirects', async ({ page }) => {
  const suffix = randomUUID().slice(0, 8);
  const source = await createTopic({ name: `登陆${suffix}` });
  const target = await createTopic({ name: `登录${suffix}` });
  const article = await createArticle({ status: 'PUBLISHED', tagSlug: source.slug });
  await createArticle({ status: 'PUBLISHED', tagSlug: target.slug });
  await createArticle({ status: 'DRAFT', tagSlug: target.slug });

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole('list', { name: '主题' }).getByRole('link', { name: source.name })).toBeVisible();

  await loginAs(page, await createUser('ADMIN'));
  await page.goto('/admin/tags/health');
  const duplicates = page.getByRole('region', { name: /^疑似重复的标签/ });
  const pair = duplicates.getByRole('row').filter({ hasText: source.name });
  await expect(pair.getByRole('cell', { name: '拼音相同' })).toBeVisible();
  await expect(pair.getByRole('cell', { name: `${target.name} 2 篇` })).toBeVisible();
  await pair.getByRole('button', { name: `把“${source.name}”合并到“${target.name}”` }).click();
  await expect(duplicates.getByRole('row').filter({ hasText: source.name })).toHaveCount(0);

  await page.goto(`/articles/${article.slug}`);
  const topics = page.getByRole('list', { name: '主题' });
  await expect(topics.getByRole('link', { name: target.name })).toHaveAttribute('href', `/topics/${target.slug}`);
  await expect(topics.getByRole('link', { name: source.name })).toHaveCount(0);

  const response = await page.request.get(`/topics/${source.slug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(redirectPaths(response)).toEqual([`/topics/${target.slug}`]);
});

test('an admin deletes an unused tag after confirming, and sees a once-used tag with a link to its article', async ({ page }) => {
  const suffix = randomUUID().slice(0, 8);
  // A leading digit sorts these first, inside the listed hundred whatever else the run created.
  const unused = await createTopic({ name: `0号未用${suffix}` });
  const once = await createTopic({ name: `0号单用${suffix}` });
  const article = await createArticle({ status: 'DRAFT', tagSlug: once.slug });
  await createArticle({ status: 'PUBLISHED', tagSlug: unused.slug, isTrashed: true });

  await loginAs(page, await createUser('ADMIN'));
  await page.goto('/admin/tags/health');
  const usedOnce = page.getByRole('region', { name: /^只用过一次的标签/ });
  await expect(usedOnce.getByRole('row').filter({ hasText: once.name }).getByRole('link', { name: article.title }))
    .toHaveAttribute('href', `/admin/articles/${article.id}`);

  const unusedTags = page.getByRole('region', { name: /^未使用的标签/ });
  const row = unusedTags.getByRole('row').filter({ hasText: unused.name });
  await row.getByRole('button', { name: '删除' }).click();
  await row.getByRole('group', { name: `删除标签“${unused.name}”？回收站以外没有文章使用它。` }).getByRole('button', { name: '确认删除' }).click();
  await expect(unusedTags.getByRole('row').filter({ hasText: unused.name })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: unused.name })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: once.name })).toHaveCount(1);
});

test('an editor is refused the tag health page', async ({ page }) => {
  await loginAs(page, await createUser('EDITOR'));
  const response = await page.goto('/admin/tags/health');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: '没有权限' })).toBeVisible();
});
