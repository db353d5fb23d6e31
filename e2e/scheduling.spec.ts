import { expect, test } from '@playwright/test';
import { createArticle } from './support/factories';

test('an article scheduled one minute ahead appears publicly once due, on its page and on the home page', async ({ page }) => {
  // Due in a minute; the server's job worker (cron every minute) must publish it with no request.
  test.setTimeout(200_000);
  const article = await createArticle({ status: 'SCHEDULED', scheduledAt: new Date(Date.now() + 60_000), title: `定时发布 ${Date.now()}` });

  expect((await page.request.get(`/articles/${article.slug}`)).status()).toBe(404);

  await expect
    .poll(async () => {
      const response = await page.request.get(`/articles/${article.slug}`);
      return response.status() === 200 && (await response.text()).includes(article.title);
    }, { timeout: 150_000, intervals: [2_000] })
    .toBe(true);

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await page.goto('/');
  await expect(page.getByRole('link', { name: article.title })).toBeVisible();
});
