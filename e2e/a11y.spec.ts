import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createArticle } from './support/factories';
import { database } from './support/database';
import { createTopic } from './support/topics';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const variants = [
  { name: 'zh-hans', prefix: '' },
  { name: 'zh-tw', prefix: '/zh-tw' },
] as const;
const schemes = ['light', 'dark'] as const;

interface ReaderPages {
  home: string;
  article: string;
  topic: string;
  search: string;
}

/**
 * A featured topic with a published article in it and in a second topic, whose body has a long
 * unbroken URL (the widest thing a phone has to fit). Paths are unprefixed.
 */
async function seedReaderPages(): Promise<ReaderPages> {
  const topic = await createTopic({ name: `无障碍主题${Date.now() % 100000}` });
  const other = await createTopic();
  await database().query(`UPDATE tags SET featured = true WHERE id = $1`, [topic.id]);
  const word = `可及性${Date.now() % 100000}`;
  const article = await createArticle({
    status: 'PUBLISHED',
    title: `${word}：软件和信息服务业的知识产权保护`,
    bodyText: `${word}相关的报道。详情见 https://example.com/a-very-long-path/without-any-breaks/${'x'.repeat(80)}?query=${'y'.repeat(40)} 。`,
    tagSlug: topic.slug,
  });
  await database().query(`INSERT INTO article_tags (article_id, tag_id, position) VALUES ($1, $2, 1)`, [article.id, other.id]);
  return {
    home: '/',
    article: `/articles/${article.slug}`,
    topic: `/topics/${topic.slug}`,
    search: `/search?q=${encodeURIComponent(word)}`,
  };
}

function withPrefix(prefix: string, path: string): string {
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

async function expectNoViolations(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const report = violations.map((violation) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  expect(report, `axe violations on ${url}`).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page, url: string) {
  await page.goto(url);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page width of ${url} at 360 px`).toBeLessThanOrEqual(360);
}

for (const variant of variants) {
  for (const scheme of schemes) {
    test(`home, article and topic pages have no WCAG 2.2 AA violations (${variant.name}, ${scheme})`, async ({ page }) => {
      const pages = await seedReaderPages();
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of [pages.home, pages.article, pages.topic]) await expectNoViolations(page, withPrefix(variant.prefix, path));
    });

    test(`the search page has no WCAG 2.2 AA violations (${variant.name}, ${scheme})`, async ({ page }) => {
      const pages = await seedReaderPages();
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoViolations(page, withPrefix(variant.prefix, pages.search));
    });
  }

  test(`home, article and topic pages fit a 360 px screen without scrolling sideways (${variant.name})`, async ({ page }) => {
    const pages = await seedReaderPages();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [pages.home, pages.article, pages.topic]) await expectNoHorizontalScroll(page, withPrefix(variant.prefix, path));
  });

  test(`the search page fits a 360 px screen without scrolling sideways (${variant.name})`, async ({ page }) => {
    const pages = await seedReaderPages();
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(page, withPrefix(variant.prefix, pages.search));
  });
}
