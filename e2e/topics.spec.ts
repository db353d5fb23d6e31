import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { createArticle } from './support/factories';
import { addTopicSlugRedirect, createTopic, createTopicArticles } from './support/topics';
import { redirectPaths } from './support/redirect-paths';

test('an old or merged-away topic slug redirects permanently (308) to the current topic page', async ({ page }) => {
  const topic = await createTopic();
  const article = await createArticle({ status: 'PUBLISHED', tagSlug: topic.slug });
  const oldSlug = `${topic.slug}-old`;
  await addTopicSlugRedirect(oldSlug, topic.id);

  const response = await page.request.get(`/topics/${oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(redirectPaths(response)).toEqual([`/topics/${topic.slug}`]);

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
  await expect(page.getByRole('navigation', { name: '所在位置' }).getByRole('link', { name: parent.name })).toHaveAttribute('href', `/topics/${parent.slug}`);
  await page.getByRole('navigation', { name: '下级主题' }).getByRole('link', { name: child.name }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${child.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(child.name);
});

test('a reader walks /topics → a topic → page 2 → an article', async ({ page }) => {
  const parent = await createTopic();
  const topic = await createTopic({ parentId: parent.id });
  const articles = await createTopicArticles(topic, 25);

  await page.goto('/topics');
  const allTopics = page.getByRole('region', { name: '全部主题' });
  // The parent has no articles of its own, yet the topic is listed under it.
  await expect(allTopics.getByRole('listitem').filter({ has: page.getByRole('link', { name: parent.name, exact: true }) }).getByRole('link', { name: topic.name })).toBeVisible();
  await allTopics.getByRole('link', { name: topic.name }).click();

  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.name);
  await expect(page.getByText('共 25 篇')).toBeVisible();
  const titles = page.getByRole('listitem').getByRole('heading', { level: 2 });
  await expect(titles).toHaveText(articles.slice(0, 20).map((article) => article.title));
  await expect(page.getByRole('link', { name: '最新文章' })).toHaveCount(0);

  const older = page.getByRole('link', { name: '更早的文章' });
  await expect(older).toHaveAttribute('rel', 'next');
  await older.click();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}/\\d+\\.[0-9a-f-]{36}$`));
  await expect(titles).toHaveText(articles.slice(20).map((article) => article.title));
  await expect(page.getByRole('link', { name: '更早的文章' })).toHaveCount(0);
  const secondPage = page.url();

  // The same URL lists the same articles after something newer is published.
  await createArticle({ status: 'PUBLISHED', tagSlug: topic.slug });
  await page.reload();
  await expect(titles).toHaveText(articles.slice(20).map((article) => article.title));
  expect(page.url()).toBe(secondPage);

  const target = articles[22];
  await page.getByRole('link', { name: target?.title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${target?.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target?.title ?? '');

  await page.goBack();
  await page.getByRole('link', { name: '最新文章' }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}$`));
});

test('a cursor past the last article is an empty page with a way back; a garbage one is 404', async ({ page }) => {
  const topic = await createTopic();
  await createTopicArticles(topic, 1);
  const beforeEverything = `1.00000000-0000-4000-8000-000000000000`;
  await page.goto(`/topics/${topic.slug}/${beforeEverything}`);
  await expect(page.getByText('没有更早的文章了。')).toBeVisible();
  await expect(page.getByRole('link', { name: '最新文章' })).toHaveAttribute('href', `/topics/${topic.slug}`);

  for (const before of ['garbage', '-5.00000000-0000-4000-8000-000000000000', `99999999999999999999.00000000-0000-4000-8000-000000000000`, '1.x']) {
    for (const path of [`/topics/${topic.slug}/${encodeURIComponent(before)}`, `/topics/${topic.slug}?before=${encodeURIComponent(before)}`]) {
      expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
  }
  // An empty cursor is no cursor: the first page.
  expect((await page.request.get(`/topics/${topic.slug}?before=`, { maxRedirects: 0 })).status()).toBe(200);
});

test('a topic page has its title, canonical URL, feed link and a breadcrumb JSON-LD naming the topic', async ({ page }) => {
  const parent = await createTopic();
  const topic = await createTopic({ name: `<b>标签</b></script>${Date.now()}`, parentId: parent.id });
  await createTopicArticles(topic, 1);

  await page.goto(`/topics/${topic.slug}`);
  await expect(page).toHaveTitle(`${topic.name} · 墨石新闻`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.name);
  const origin = new URL(page.url()).origin;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}/topics/${topic.slug}`);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${origin}/topics/${topic.slug}/feed.xml`);

  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const raw = (await scripts.textContent()) ?? '';
  expect(raw).not.toContain('<');
  const jsonLd = JSON.parse(raw) as { '@type': string; itemListElement: { position: number; name: string; item: string }[] };
  expect(jsonLd['@type']).toBe('BreadcrumbList');
  expect(jsonLd.itemListElement.map((entry) => entry.name)).toEqual(['首页', '主题', parent.name, topic.name]);
  expect(jsonLd.itemListElement.at(-1)?.item).toBe(`${origin}/topics/${topic.slug}`);
});

test('a topic feed is RSS a parser reads, newest article first; old slugs redirect and unknown ones are 404', async ({ page }) => {
  const topic = await createTopic();
  const articles = await createTopicArticles(topic, 3);
  const response = await page.request.get(`/topics/${topic.slug}/feed.xml`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  expect(response.headers()['cache-control']).toBe('public, max-age=300');

  const feed = await new Parser().parseString(await response.text());
  expect(feed.items.map((item) => item.title)).toEqual(articles.map((article) => article.title));
  expect(new URL(feed.items[0]?.link ?? '').pathname).toBe(`/articles/${articles[0]?.slug}`);

  await addTopicSlugRedirect(`${topic.slug}-old`, topic.id);
  const moved = await page.request.get(`/topics/${topic.slug}-old/feed.xml`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(new URL(moved.headers()['location'] ?? '', 'http://x').pathname).toBe(`/topics/${topic.slug}/feed.xml`);
  expect((await page.request.get(`/topics/e2e-no-such-topic-${Date.now()}/feed.xml`, { maxRedirects: 0 })).status()).toBe(404);
});

test('the topic index keeps long child lists short and answers 404 for pages that do not exist', async ({ page }) => {
  const parent = await createTopic();
  const children = [];
  for (let index = 0; index < 13; index++) {
    const child = await createTopic({ parentId: parent.id });
    await createTopicArticles(child, 2);
    children.push(child);
  }
  await page.goto('/topics');
  const entry = page.getByRole('region', { name: '全部主题' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: parent.name, exact: true }) });
  // Equal counts: children in name order, the first 12 shown.
  const shown = children.map((child) => child.name).sort((a, b) => a.localeCompare(b, 'zh')).slice(0, 12);
  await expect(entry.getByRole('list').getByRole('link')).toHaveText(shown);
  await expect(entry.getByRole('link', { name: '另有 1 个子主题' })).toHaveAttribute('href', `/topics/${parent.slug}`);

  for (const query of ['page=abc', 'page=0', 'page=-1', 'page=9999']) {
    const response = await page.request.get(`/topics?${query}`, { maxRedirects: 0 });
    expect(response.status(), query).toBe(404);
  }
  // A repeated parameter answers as one of its values would (page 2 may or may not exist), never an error.
  expect([200, 404]).toContain((await page.request.get('/topics?page=1&page=2', { maxRedirects: 0 })).status());
});
