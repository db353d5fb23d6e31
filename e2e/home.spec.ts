import { expect, test } from '@playwright/test';
import { featureTopic } from './support/home';
import { createTopic, createTopicArticles } from './support/topics';

test('a featured topic shows on the home page with its count and newest article', async ({ page }) => {
  const topic = await createTopic();
  const articles = await createTopicArticles(topic, 3);
  await featureTopic(topic.id);

  await page.goto('/');
  await expect(page).toHaveTitle('墨石新闻');
  const featured = page.getByRole('region', { name: '精选主题' });
  const item = featured.getByRole('listitem').filter({ has: page.getByRole('link', { name: topic.name, exact: true }) });
  await expect(item).toContainText('3 篇');
  await expect(item.getByRole('link', { name: articles[0]?.title ?? '' })).toHaveAttribute('href', `/articles/${articles[0]?.slug}`);
  await expect(featured.getByRole('link', { name: '全部主题' })).toHaveAttribute('href', '/topics');
  await item.getByRole('link', { name: topic.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}$`));
});

test('older articles are reached page by page through “更早的文章”', async ({ page }) => {
  const topic = await createTopic();
  // 21 of this test's own, so there is always a second page; the oldest is never on the first.
  const articles = await createTopicArticles(topic, 21);
  const oldest = articles.at(-1);
  if (!oldest) throw new Error('no articles were created');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最新文章');
  await expect(page.getByRole('link', { name: oldest.title })).toHaveCount(0);
  await page.getByRole('link', { name: '更早的文章' }).click();
  await expect(page).toHaveURL(/\/latest\/\d+\.[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最新文章（更早）');
  await expect(page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '最新文章' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('region', { name: '精选主题' })).toHaveCount(0);

  // Other tests' articles may sit in between; keep going back until this test's oldest shows.
  for (let pages = 2; pages < 50 && (await page.getByRole('link', { name: oldest.title }).count()) === 0; pages += 1) {
    await page.getByRole('link', { name: '更早的文章' }).click();
    await expect(page).toHaveURL(/\/latest\//);
  }
  await expect(page.getByRole('link', { name: oldest.title })).toHaveAttribute('href', `/articles/${oldest.slug}`);
});

test('a garbage, negative or out-of-range cursor is 404, in the path and in the earlier query form', async ({ page }) => {
  for (const before of ['garbage', '-1.00000000-0000-0000-0000-000000000000', '99999999999999999.00000000-0000-0000-0000-000000000000']) {
    for (const path of [`/latest/${encodeURIComponent(before)}`, `/?before=${encodeURIComponent(before)}`]) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
  }
});

test('a cursor past the oldest article shows the empty state and a way back', async ({ page }) => {
  await page.goto('/latest/0.00000000-0000-0000-0000-000000000000');
  await expect(page.getByText('没有更早的文章了。')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '最新文章' })).toHaveAttribute('href', '/');
});

test('older pages of the home, a topic and the topic index open in a Traditional script too, in both URL forms', async ({ page }) => {
  const topic = await createTopic();
  await createTopicArticles(topic, 1);
  const cursor = '0.00000000-0000-0000-0000-000000000000';
  for (const [path, text] of [
    [`/zh-tw/latest/${cursor}`, '沒有更早的文章了。'],
    [`/zh-tw?before=${cursor}`, '沒有更早的文章了。'],
    [`/zh-hk/topics/${topic.slug}/${cursor}`, '沒有更早的文章了。'],
    [`/zh-hk/topics/${topic.slug}?before=${cursor}`, '沒有更早的文章了。'],
    ['/zh-tw/topics?page=1', '全部主題'],
  ] as const) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain(text);
  }
});
