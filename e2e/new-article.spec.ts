import { expect, test } from '@playwright/test';
import { createUser } from './support/factories';
import { loginAs } from './support/login';

test('an editor writes a new article from scratch: the slug follows the title as pinyin, autosave keeps the draft, publishing puts it online', async ({ page }) => {
  const editor = await createUser('EDITOR');
  await loginAs(page, editor);
  await page.goto('/admin');
  await page.getByRole('button', { name: '新建文章' }).click();
  await page.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const articleUrl = page.url();

  const stamp = Date.now().toString(36);
  const title = `长江经济带生态保护 ${stamp}`;
  await page.getByRole('textbox', { name: '标题', exact: true }).fill(title);
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await page.keyboard.type('本报讯　长江经济带的生态保护取得新进展，“十四五”期间成效明显。');
  await expect(page.getByText(/^已保存 \d{2}:\d{2}$/)).toBeVisible();

  // A draft that was never published follows its title.
  await page.reload();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue(title);
  await expect(body).toContainText('“十四五”期间成效明显。');
  const slug = page.getByRole('textbox', { name: '网址别名' });
  await expect(slug).toHaveValue('');
  await expect(slug).toHaveAttribute('placeholder', `跟随标题：chang-jiang-jing-ji-dai-sheng-tai-bao-hu-${stamp}`);

  await page.getByRole('button', { name: '发布', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已发布');
  await page.goto(`/articles/chang-jiang-jing-ji-dai-sheng-tai-bao-hu-${stamp}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // Full-width punctuation and spacing are kept as typed.
  await expect(page.locator('.article-body')).toContainText('本报讯　长江经济带的生态保护取得新进展，“十四五”期间成效明显。');

  await page.goto('/admin');
  await expect(page.getByRole('link', { name: title })).toHaveAttribute('href', new URL(articleUrl).pathname);
});
