import { expect, test, type Page } from '@playwright/test';
import { database } from './support/database';
import { createArticle, createUser } from './support/factories';
import { loginAs } from './support/login';

const savedAtTime = /^已保存 \d{2}:\d{2}$/;

async function openEditor(page: Page, status: 'DRAFT' | 'PUBLISHED') {
  const admin = await createUser('ADMIN');
  const article = await createArticle({ status });
  await loginAs(page, admin);
  await page.goto(`/admin/articles/${article.id}`);
  return article;
}

async function typeAtEndOfBody(page: Page, text: string) {
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

async function storedBodyText(id: string): Promise<string> {
  const { rows } = await database().query<{ body_text: string }>('SELECT body_text FROM articles WHERE id = $1', [id]);
  return rows[0]?.body_text ?? '';
}

function localCopy(page: Page, id: string): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), `inkstone:article-draft:${id}`);
}

test('typing in a draft autosaves it: the indicator reaches "saved" and a reload shows the text', async ({ page }) => {
  const article = await openEditor(page, 'DRAFT');
  await typeAtEndOfBody(page, '自动保存的一句。');
  await expect(page.getByText('有未保存的更改', { exact: true })).toBeVisible();
  await expect(page.getByText(savedAtTime)).toBeVisible();
  expect(await storedBodyText(article.id)).toContain('自动保存的一句。');
  expect(await localCopy(page, article.id)).toBeNull();

  await page.reload();
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText('自动保存的一句。');
  await expect(page.getByText('已恢复本机未保存的更改。')).toBeHidden();
});

test('edits made offline stay in the browser and are saved once the connection is back', async ({ page, context }) => {
  const article = await openEditor(page, 'DRAFT');
  await context.setOffline(true);
  await typeAtEndOfBody(page, '离线时写的字。');
  await expect(page.getByText('离线——正在重试')).toBeVisible();
  expect(await localCopy(page, article.id)).toContain('离线时写的字。');
  expect(await storedBodyText(article.id)).not.toContain('离线时写的字。');

  await context.setOffline(false);
  await expect(page.getByText(savedAtTime)).toBeVisible({ timeout: 20_000 });
  expect(await storedBodyText(article.id)).toContain('离线时写的字。');
  await expect.poll(() => localCopy(page, article.id)).toBeNull();
});

test('unsaved changes ask before leaving and come back from the browser after a reload', async ({ page }) => {
  const article = await openEditor(page, 'PUBLISHED');
  await typeAtEndOfBody(page, '还没更新的一句。');
  await expect(page.getByText('有未保存的更改（点击“更新”发布）')).toBeVisible();

  // An in-app link asks with confirm(); saying no keeps the editor open.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('link', { name: /返回文章列表/ }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${article.id}$`));

  const dialogTypes: string[] = [];
  page.on('dialog', (dialog) => {
    dialogTypes.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogTypes).toEqual(['beforeunload']);

  await expect(page.getByText('已恢复本机未保存的更改。')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText('还没更新的一句。');
  expect(await storedBodyText(article.id)).not.toContain('还没更新的一句。');

  await page.getByRole('button', { name: '放弃', exact: true }).click();
  await expect(page.getByRole('textbox', { name: '正文' })).not.toContainText('还没更新的一句。');
  await expect(page.getByText('有未保存的更改（点击“更新”发布）')).toBeHidden();
  expect(await localCopy(page, article.id)).toBeNull();
});

test('converting the script changes fields and body in one step, is autosaved, and can be undone', async ({ page }) => {
  const admin = await createUser('ADMIN');
  const article = await createArticle({ status: 'DRAFT', title: '简体标题', bodyText: '这是简体正文。' });
  await loginAs(page, admin);
  await page.goto(`/admin/articles/${article.id}`);
  await expect(page.getByText('字形：简体')).toBeVisible();

  await page.getByRole('button', { name: '转为繁體' }).click();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue('簡體標題');
  await expect(page.getByRole('textbox', { name: '正文' })).toHaveText('這是簡體正文。');
  await expect(page.getByText('字形：繁体')).toBeVisible();
  await expect.poll(() => storedBodyText(article.id)).toBe('這是簡體正文。');

  await page.getByRole('button', { name: '撤销转换' }).click();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue('简体标题');
  await expect(page.getByRole('textbox', { name: '正文' })).toHaveText('这是简体正文。');
  await expect.poll(() => storedBodyText(article.id)).toBe('这是简体正文。');
});
