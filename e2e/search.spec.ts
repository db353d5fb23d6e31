import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { deriveRevalidateKey, signatureHeader, signRevalidateBody } from '../lib/cache/internal-revalidate-signature';
// Factory articles carry their search columns, as the editor's save would store them; factory
// writes expire every cached reader page, search results included.
import { createArticle } from './support/factories';

// A word of Latin letters no other test's article has, so results are this test's own.
// Ten random letters: words of different tests share too few trigrams for the near-spelling title match.
const uniqueWord = () => `zq${[...randomBytes(10)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;

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

const emptyState = (page: Page, q: string) => page.getByText(`没有找到与“${q}”相关的文章。`);

/** Publishes an article without telling the server: its cached pages stay as they were. */
async function publishBehindTheAppsBack(articleId: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE articles SET status = 'PUBLISHED', published_at = now() WHERE id = $1`, [articleId]);
  } finally {
    await client.end();
  }
}

/** Expires cache tags through the server's signed revalidation endpoint, as its background jobs do. */
async function expireTags(tags: string[]): Promise<void> {
  const body = JSON.stringify({ tags });
  const key = deriveRevalidateKey(process.env.NEXTAUTH_SECRET ?? '');
  const response = await fetch(new URL('/api/internal/revalidate', process.env.E2E_BASE_URL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [signatureHeader]: signRevalidateBody(key, body) },
    body,
  });
  expect(response.status).toBe(200);
}

test('search results are cached per normalised query until the article lists expire, as any public change expires them', async ({ page }) => {
  const word = uniqueWord();
  const article = await createArticle({ status: 'DRAFT', title: `专利审查提速 ${word}`, bodyText: `${word} 的报道。` });
  await page.goto(`/search?q=${word}`);
  await expect(emptyState(page, word)).toBeVisible();

  await publishBehindTheAppsBack(article.id);
  // The same query, and the same words spaced and cased differently, are answered from the cache.
  await page.goto(`/search?q=${word}`);
  await expect(emptyState(page, word)).toBeVisible();
  const respaced = `  ${word.toUpperCase()} `;
  await page.goto(`/search?q=${encodeURIComponent(respaced)}`);
  await expect(emptyState(page, word.toUpperCase())).toBeVisible();

  await expireTags(['article-lists']);
  await page.goto(`/search?q=${encodeURIComponent(respaced)}`);
  await expect(page.getByRole('region', { name: '搜索结果' }).getByRole('link', { name: article.title })).toBeVisible();
});

test('an article published after a search is found by the same search at once', async ({ page }) => {
  const word = uniqueWord();
  await page.goto(`/zh-tw/search?q=${word}`);
  await expect(page.getByText(`沒有找到與“${word}”相關的文章。`)).toBeVisible();
  await createArticle({ status: 'PUBLISHED', title: `数字经济新政 ${word}`, bodyText: `${word} 的报道。` });
  await page.goto(`/zh-tw/search?q=${word}`);
  await expect(page.getByRole('region', { name: '搜尋結果' }).getByRole('link', { name: `數字經濟新政 ${word}` })).toBeVisible();
});
