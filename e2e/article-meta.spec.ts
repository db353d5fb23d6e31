import { expect, test, type Page } from '@playwright/test';
import { database } from './support/database';
import { createArticle } from './support/factories';
import { createTopic } from './support/topics';

async function jsonLdOf(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test('an article page carries NewsArticle and breadcrumb JSON-LD, Open Graph, a Twitter card and its canonical URL', async ({ page }) => {
  const topic = await createTopic();
  const title = `</script><b>元数据</b> ${topic.id.slice(0, 8)}`;
  const article = await createArticle({ status: 'PUBLISHED', tagSlug: topic.slug, title });

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(/^https?:\/\//);
  expect(new URL(canonical ?? '').pathname).toBe(`/articles/${article.slug}`);

  const items = await jsonLdOf(page);
  const newsArticle = items.find((item) => item['@type'] === 'NewsArticle');
  expect(newsArticle).toMatchObject({
    '@context': 'https://schema.org',
    headline: title,
    author: { '@type': 'Organization', name: '墨石新闻' },
    publisher: { '@type': 'Organization', name: '墨石新闻' },
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    articleSection: topic.name,
    keywords: [topic.name],
    inLanguage: 'zh-Hans',
  });
  expect(Number.isNaN(Date.parse(String(newsArticle?.datePublished)))).toBe(false);

  const breadcrumb = items.find((item) => item['@type'] === 'BreadcrumbList');
  const crumbs = breadcrumb?.itemListElement as { position: number; name: string; item: string }[];
  expect(crumbs.map((crumb) => [crumb.position, crumb.name, new URL(crumb.item).pathname])).toEqual([
    [1, '首页', '/'], [2, topic.name, `/topics/${topic.slug}`], [3, title, `/articles/${article.slug}`],
  ]);
  const trail = page.getByRole('navigation', { name: '所在位置' });
  await expect(trail.getByRole('link', { name: topic.name })).toHaveAttribute('href', `/topics/${topic.slug}`);

  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical ?? '');
  await expect(page.locator('meta[property="article:tag"]')).toHaveAttribute('content', topic.name);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
});

test('an article’s modification date is its content’s last change, not its latest write', async ({ page }) => {
  const article = await createArticle({ status: 'PUBLISHED' });
  await page.goto(`/articles/${article.slug}`);
  const published = (await jsonLdOf(page)).find((item) => item['@type'] === 'NewsArticle');
  // Never edited: modified when published.
  expect(published?.dateModified).toBe(published?.datePublished);

  const edited = new Date(Date.parse(String(published?.datePublished)) + 90 * 60_000).toISOString();
  // An edit, then lock heartbeats that move updated_at only.
  await database().query(`UPDATE articles SET content_updated_at = $1, updated_at = now() + interval '1 day' WHERE id = $2`, [edited, article.id]);
  await page.goto(`/articles/${article.slug}`);
  const newsArticle = (await jsonLdOf(page)).find((item) => item['@type'] === 'NewsArticle');
  expect(newsArticle).toMatchObject({ datePublished: published?.datePublished, dateModified: edited });
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', String(published?.datePublished));
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', edited);
});
