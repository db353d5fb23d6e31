import { expect, test } from '@playwright/test';
import { database } from './support/database';
import { createArticle } from './support/factories';
import { createTopic } from './support/topics';

const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

test('the sitemap is well-formed XML listing public articles and topics, and every URL in it answers 200', async ({ page }) => {
  const topic = await createTopic();
  const published = await createArticle({ status: 'PUBLISHED', tagSlug: topic.slug });
  const archived = await createArticle({ status: 'ARCHIVED' });
  const draft = await createArticle({ status: 'DRAFT' });
  const trashed = await createArticle({ status: 'PUBLISHED', isTrashed: true });
  // The content's last change dates the URL, not updated_at (which an editor's lock heartbeat moves).
  const edited = '2026-01-02T03:04:05.000Z';
  await database().query(`UPDATE articles SET content_updated_at = $1, updated_at = now() WHERE id = $2`, [edited, published.id]);

  const response = await page.request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/xml/);
  expect(response.headers()['cache-control']).toContain('max-age=3600');

  await page.goto('/robots.txt');
  const parsed = await page.evaluate((xml) => {
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    return {
      parseError: document.getElementsByTagName('parsererror').length > 0,
      root: document.documentElement.localName,
      namespace: document.documentElement.namespaceURI,
      urls: Array.from(document.getElementsByTagName('url'), (url) => ({
        loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
        lastmod: url.getElementsByTagName('lastmod')[0]?.textContent ?? null,
      })),
    };
  }, await response.text());
  expect(parsed.parseError).toBe(false);
  expect(parsed).toMatchObject({ root: 'urlset', namespace: sitemapNamespace });

  const paths = parsed.urls.map((url) => new URL(url.loc).pathname);
  expect(paths).toEqual(expect.arrayContaining(['/', '/topics', `/topics/${topic.slug}`, `/articles/${published.slug}`, `/articles/${archived.slug}`]));
  expect(paths).not.toContain(`/articles/${draft.slug}`);
  expect(paths).not.toContain(`/articles/${trashed.slug}`);
  const publishedUrl = parsed.urls.find((url) => url.loc.endsWith(`/articles/${published.slug}`));
  expect(publishedUrl?.lastmod).toBe(edited);
  const archivedUrl = parsed.urls.find((url) => url.loc.endsWith(`/articles/${archived.slug}`));
  expect(Number.isNaN(Date.parse(archivedUrl?.lastmod ?? ''))).toBe(false);

  for (const url of parsed.urls) {
    const { pathname, search } = new URL(url.loc);
    const answer = await page.request.get(`${pathname}${search}`, { maxRedirects: 0 });
    expect(answer.status(), url.loc).toBe(200);
  }
});

test('a sitemap chunk past the end, or a name that is not a chunk, is 404', async ({ page }) => {
  expect((await page.request.get('/sitemaps/1.xml')).status()).toBe(200);
  expect((await page.request.get('/sitemaps/999999.xml')).status()).toBe(404);
  expect((await page.request.get('/sitemaps/-1.xml')).status()).toBe(404);
  expect((await page.request.get('/sitemaps/abc')).status()).toBe(404);
});

test('robots.txt keeps crawlers out of the admin, previews and the API and points at the sitemap', async ({ page }) => {
  const response = await page.request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n');
  expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /admin', 'Disallow: /preview', 'Disallow: /api']));
  const sitemap = lines.find((line) => line.startsWith('Sitemap: '))?.slice('Sitemap: '.length) ?? '';
  expect(new URL(sitemap).pathname).toBe('/sitemap.xml');
});

test('the site has an icon', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});

test('URLs next to the reader pages’ shapes are 404s in the site’s page, in both route trees', async ({ page }) => {
  for (const path of ['/articles', '/articles/a/b', '/search/more', '/topics/a/b/c', '/latest', '/zh-tw/articles', '/zh-tw/search/more', '/zh-tw/no-such-page']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('找不到这个页面');
  }
});

test('an unknown URL shows the site’s 404 page with links home and to the topics', async ({ page }) => {
  const response = await page.goto(`/no-such-page-${Date.now()}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '找不到这个页面' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: '墨石新闻' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goBack();
  await expect(page.getByRole('main').getByRole('link', { name: '浏览全部主题' })).toHaveAttribute('href', '/topics');
});
