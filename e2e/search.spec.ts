import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
// Factory articles carry their search columns, as the editor's save would store them.
import { createArticle } from './support/factories';

// A word of Latin letters no other test's article has, so results are this test's own.
const uniqueWord = () => `zq${randomBytes(5).toString('hex').replace(/\d/g, 'x')}`;

test('a published article is found by its Traditional spelling, highlighted, and opens from the results', async ({ page }) => {
  const word = uniqueWord();
  const article = await createArticle({ status: 'PUBLISHED', title: `知识产权保护新举措 ${word}`, bodyText: `今年全省加强知识产权保护，${word} 项目落地。` });
  await createArticle({ status: 'DRAFT', title: `知识产权草稿 ${word}`, bodyText: `草稿 ${word}。` });

  await page.goto('/search');
  const form = page.getByRole('main').getByRole('search');
  await form.getByLabel('搜索文章').fill(`知識產權 ${word}`);
  await form.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  const results = page.getByRole('region', { name: '搜索结果' });
  await expect(results.getByRole('status')).toHaveText('找到约 1 篇相关文章');
  const link = results.getByRole('link', { name: article.title });
  await expect(link.locator('mark').first()).toHaveText('知识产权');
  await expect(results.locator('p mark').filter({ hasText: word })).toHaveCount(1);
  await expect(results.getByText('知识产权草稿')).toHaveCount(0);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
});

test('the masthead search box searches from any page, in the reader\'s variant, and fits 360 px', async ({ page }) => {
  const word = uniqueWord();
  await createArticle({ status: 'PUBLISHED', title: `港口吞吐量创新高 ${word}`, bodyText: `${word} 的报道。` });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/zh-tw/topics');
  const box = page.getByRole('search', { name: '全站搜尋' });
  await expect(box).toBeVisible();
  await box.getByLabel('搜尋文章').fill(word);
  await box.getByRole('button', { name: '搜尋' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-tw/search\\?q=${word}$`));
  await expect(page.getByRole('region', { name: '搜尋結果' }).getByRole('link', { name: '港口吞吐量創新高' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('a search with no match shows the query in the empty state', async ({ page }) => {
  const word = uniqueWord();
  await page.goto(`/search?q=${encodeURIComponent(`<b>${word}</b>`)}`);
  await expect(page.getByText(`没有找到与“<b>${word}</b>”相关的文章。`)).toBeVisible();
});

test('bad queries and page numbers answer 200 with results or the empty state', async ({ request }) => {
  const queries = ['', '！？。，', '& | ! :* \' " ( )', "' OR 1=1; DROP TABLE articles; --", '商'.repeat(1000), '%_\\'];
  for (const q of queries) {
    for (const page of ['1', '-1', '0', '99999999999999999999', 'abc']) {
      const response = await request.get(`/search?q=${encodeURIComponent(q)}&page=${page}`);
      expect(response.status(), `q=${q.slice(0, 20)} page=${page}`).toBe(200);
    }
  }
});
