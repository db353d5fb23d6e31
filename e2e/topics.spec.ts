import { expect, test } from '@playwright/test';
import { createArticle } from './support/factories';
import { addTopicSlugRedirect, createTopic } from './support/topics';

test('an old or merged-away topic slug redirects permanently (308) to the current topic page', async ({ page }) => {
  const topic = await createTopic();
  const article = await createArticle({ status: 'PUBLISHED', tagSlug: topic.slug });
  const oldSlug = `${topic.slug}-old`;
  await addTopicSlugRedirect(oldSlug, topic.id);

  const response = await page.request.get(`/topics/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(`/topics/${topic.slug}`);

  await page.goto(`/topics/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.name);
  await expect(page.getByRole('link', { name: article.title })).toBeVisible();
});

test('an unknown topic slug is 404', async ({ page }) => {
  const response = await page.request.get(`/topics/e2e-no-such-topic-${Date.now()}`, { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});

test('a topic page links its parent topic and its child topics', async ({ page }) => {
  const parent = await createTopic();
  const topic = await createTopic({ parentId: parent.id });
  const child = await createTopic({ parentId: topic.id });

  await page.goto(`/topics/${topic.slug}`);
  await expect(page.getByRole('navigation', { name: '上级主题' }).getByRole('link', { name: parent.name })).toHaveAttribute('href', `/topics/${parent.slug}`);
  await page.getByRole('navigation', { name: '下级主题' }).getByRole('link', { name: child.name }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${child.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(child.name);
});
