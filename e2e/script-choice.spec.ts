import { expect, test, type Page } from '@playwright/test';
import { createTopic, createTopicArticles } from './support/topics';

const shownPath = (page: Page) => {
  const url = new URL(page.url());
  return decodeURIComponent(url.pathname + url.search);
};

test('a reader who picks a Traditional script stays in it on every page shape, older list pages included', async ({ page }) => {
  const topic = await createTopic();
  const [article] = await createTopicArticles(topic, 1);
  if (!article) throw new Error('no article was created');
  await page.goto(`/articles/${article.slug}`);
  await page.getByRole('navigation', { name: '中文版本' }).getByRole('link', { name: '繁體（台灣）' }).click();
  await expect.poll(() => shownPath(page)).toBe(`/zh-tw/articles/${article.slug}`);

  const cursor = '1.00000000-0000-4000-8000-000000000000';
  for (const path of ['/', `/latest/${cursor}`, `/articles/${article.slug}`, '/topics', `/topics/${topic.slug}`, `/topics/${topic.slug}/${cursor}`, '/search?q=主题']) {
    await page.goto(path);
    expect(shownPath(page), path).toBe(path === '/' ? '/zh-tw' : `/zh-tw${path}`);
  }
  // Feeds exist once, in the stored script: the choice leaves them where they are.
  const feed = await page.request.get(`/topics/${topic.slug}/feed.xml`, { maxRedirects: 0 });
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('xml');

  // Picking Simplified again keeps the unprefixed URLs.
  await page.goto(`/zh-tw/topics/${topic.slug}`);
  await page.getByRole('navigation', { name: '中文版本' }).getByRole('link', { name: '简体' }).click();
  await expect.poll(() => shownPath(page)).toBe(`/topics/${topic.slug}`);
  await page.goto(`/topics/${topic.slug}/${cursor}`);
  expect(shownPath(page)).toBe(`/topics/${topic.slug}/${cursor}`);
});
