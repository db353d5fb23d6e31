import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createArticle, createUser } from './support/factories';
import { loginAs } from './support/login';
import { ensureTag, storedSlug, storedTagNames, tagPicker } from './support/tag-picker';

const ipTag = '知识产权';

async function openAsEditor(page: Page, options: { title: string; bodyText: string }) {
  const editor = await createUser('EDITOR');
  const article = await createArticle({ status: 'DRAFT', ...options });
  await loginAs(page, editor);
  await page.goto(`/admin/articles/${article.id}`);
  await expect(page.getByRole('textbox', { name: '正文' })).toBeVisible();
  return article;
}

test('an editor accepts a suggested tag, creates one inline, makes it the primary topic and publishes', async ({ page }) => {
  const existing = await ensureTag(ipTag);
  const newName = `新词${randomUUID().slice(0, 6)}`;
  const article = await openAsEditor(page, {
    title: '知识产权保护再升级',
    bodyText: '知识产权是创新的基础。今年知识产权案件增加，法院加强知识产权司法保护，企业也更重视知识产权。',
  });
  const picker = tagPicker(page);
  await expect(page.getByText('还没有标签。')).toBeVisible();

  await picker.suggestions.getByRole('button', { name: `+ ${ipTag}`, exact: true }).click();
  await expect(picker.chips).toHaveCount(1);
  await expect(picker.chips.first()).toContainText(ipTag);
  await expect(picker.chips.first()).toContainText('主要主题');
  // An accepted suggestion leaves the suggestion row.
  await expect(picker.suggestions.getByRole('button', { name: `+ ${ipTag}`, exact: true })).toBeHidden();

  await picker.input.fill(newName);
  await picker.options.filter({ hasText: `创建新标签“${newName}”` }).click();
  await expect(picker.input).toHaveValue('');
  await expect(picker.chips).toHaveCount(2);
  await expect(picker.chips.nth(1)).toContainText(newName);
  await expect(picker.chips.nth(1)).toContainText('新');

  await page.getByRole('button', { name: `把“${newName}”前移` }).click();
  await expect(picker.chips.first()).toContainText(newName);
  await expect(picker.chips.first()).toContainText('主要主题');
  await expect(picker.chips.nth(1)).toContainText(ipTag);

  await page.getByRole('button', { name: '发布', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已发布');
  expect(await storedTagNames(article.id)).toEqual([newName, ipTag]);

  await page.goto(`/articles/${await storedSlug(article.id)}`);
  const topics = page.getByRole('list', { name: '主题' }).getByRole('listitem');
  await expect(topics).toHaveText([newName, ipTag]);
  await expect(topics.nth(1).getByRole('link')).toHaveAttribute('href', `/topics/${existing.slug}`);
  await topics.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newName);
  await expect(page.getByRole('link', { name: article.title })).toBeVisible();
});

test('typing the Traditional form finds the Simplified tag and Enter picks it; bad names are refused inline', async ({ page }) => {
  await ensureTag(ipTag);
  const article = await openAsEditor(page, { title: `无关的标题${randomUUID().slice(0, 6)}`, bodyText: '一段与标签无关的正文。' });
  const picker = tagPicker(page);

  await picker.input.fill('知識產權');
  const found = picker.options.filter({ hasText: ipTag });
  await expect(found).toHaveAttribute('aria-selected', 'true');
  await expect(picker.options.filter({ hasText: '创建新标签' })).toHaveCount(0);
  await picker.input.press('Enter');
  await expect(picker.chips).toHaveCount(1);
  await expect(picker.chips.first()).toContainText(ipTag);
  await expect(picker.chips.first()).not.toContainText('新');

  // Escape closes the list first, then clears the text.
  await picker.input.fill('商标');
  await expect(picker.input).toHaveAttribute('aria-expanded', 'true');
  await picker.input.press('Escape');
  await expect(picker.input).toHaveAttribute('aria-expanded', 'false');
  await expect(picker.input).toHaveValue('商标');
  await picker.input.press('Escape');
  await expect(picker.input).toHaveValue('');

  await picker.input.fill('长'.repeat(51));
  await picker.input.press('Enter');
  await expect(page.getByText('标签名最多 50 个字符，这个没有添加。')).toBeVisible();
  await expect(picker.chips).toHaveCount(1);

  await expect.poll(() => storedTagNames(article.id), { timeout: 15_000 }).toEqual([ipTag]);
});
