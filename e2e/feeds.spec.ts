import { expect, test } from '@playwright/test';
import pg from 'pg';
import Parser from 'rss-parser';
import { database } from './support/database';
import { expireReaderCache } from './support/expire-reader-cache';
import { createArticle } from './support/factories';
import { addTopicSlugRedirect, createTopic, createTopicArticles } from './support/topics';

const formats = [
  { path: '/feed.xml', type: 'application/rss+xml', root: /<rss version="2\.0"/ },
  { path: '/atom.xml', type: 'application/atom+xml', root: /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/ },
] as const;

for (const format of formats) {
  test(`the site feed ${format.path} lists the newest public article first and no draft or trashed one`, async ({ page }) => {
    const published = await createArticle({ status: 'PUBLISHED' });
    const trashed = await createArticle({ status: 'PUBLISHED', isTrashed: true });
    const draft = await createArticle({ status: 'DRAFT' });

    const response = await page.request.get(format.path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(format.type);
    expect(response.headers()['cache-control']).toBe('public, max-age=300');
    const xml = await response.text();
    expect(xml).toMatch(format.root);

    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('墨石新闻');
    expect(feed.items.length).toBeLessThanOrEqual(20);
    expect(feed.items[0]?.title).toBe(published.title);
    expect(new URL(feed.items[0]?.link ?? '').pathname).toBe(`/articles/${published.slug}`);
    const titles = feed.items.map((item) => item.title);
    expect(titles).not.toContain(trashed.title);
    expect(titles).not.toContain(draft.title);
  });
}

test('public pages announce the site feeds', async ({ page }) => {
  await page.goto('/');
  const origin = new URL(page.url()).origin;
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${origin}/feed.xml`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `${origin}/atom.xml`);
});

test('a topic Atom feed is read by a parser, newest first; old slugs redirect and unknown ones are 404', async ({ page }) => {
  const topic = await createTopic();
  const articles = await createTopicArticles(topic, 3);
  const response = await page.request.get(`/topics/${topic.slug}/atom.xml`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  expect(response.headers()['cache-control']).toBe('public, max-age=300');

  const feed = await new Parser().parseString(await response.text());
  expect(feed.title).toBe(`${topic.name} · 墨石新闻`);
  // The helper also creates a draft and a trashed article in the topic; neither is listed.
  expect(feed.items.map((item) => item.title)).toEqual(articles.map((article) => article.title));
  expect(new URL(feed.items[0]?.link ?? '').pathname).toBe(`/articles/${articles[0]?.slug}`);

  await addTopicSlugRedirect(`${topic.slug}-old`, topic.id);
  const moved = await page.request.get(`/topics/${topic.slug}-old/atom.xml`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(new URL(moved.headers()['location'] ?? '', 'http://x').pathname).toBe(`/topics/${topic.slug}/atom.xml`);
  expect((await page.request.get(`/topics/e2e-no-such-topic-${Date.now()}/atom.xml`, { maxRedirects: 0 })).status()).toBe(404);
  expect((await page.request.get('/topics/Not_A_Slug/atom.xml', { maxRedirects: 0 })).status()).toBe(404);
});

test('Atom entries are updated when their content last changed, and published when they went public', async ({ page }) => {
  const topic = await createTopic();
  const articles = await createTopicArticles(topic, 2);
  const edited = '2026-01-02T03:04:05.000Z';
  // The older article's content changed later than anything else; updated_at (lock heartbeats) is not read.
  await database().query(`UPDATE articles SET content_updated_at = $1, published_at = $1::timestamptz - interval '1 hour', updated_at = now() WHERE id = $2`, [edited, articles[1]?.id]);
  await database().query(`UPDATE articles SET published_at = $1::timestamptz - interval '30 minutes' WHERE id = $2`, [edited, articles[0]?.id]);

  const xml = await (await page.request.get(`/topics/${topic.slug}/atom.xml`)).text();
  const feed = await new Parser<{ lastBuildDate?: string }, { updated?: string; published?: string }>({ customFields: { item: ['updated', 'published'] } }).parseString(xml);
  expect(feed.items.map((item) => [item.title, item.published, item.updated])).toEqual([
    [articles[0]?.title, '2026-01-02T02:34:05.000Z', '2026-01-02T02:34:05.000Z'],
    [articles[1]?.title, '2026-01-02T02:04:05.000Z', edited],
  ]);
  expect(feed.lastBuildDate).toBe(edited);
});

test('a topic feed is served from the cache until a public change expires it', async ({ page }) => {
  const topic = await createTopic();
  const [article] = await createTopicArticles(topic, 1);
  const titles = async () => (await new Parser().parseString(await (await page.request.get(`/topics/${topic.slug}/feed.xml`)).text())).items.map((item) => item.title);
  expect(await titles()).toEqual([article?.title]);

  // A write behind the app's back, which expires nothing: the cached feed is still served.
  const direct = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await direct.connect();
  try {
    await direct.query(`UPDATE articles SET title = '缓存后改的标题' WHERE id = $1`, [article?.id]);
  } finally {
    await direct.end();
  }
  expect(await titles()).toEqual([article?.title]);

  // The app's writes expire the feeds' cache tags; expiring every reader page does too.
  await expireReaderCache();
  expect(await titles()).toEqual(['缓存后改的标题']);
});
