import { expect, test, type Browser, type Page } from '@playwright/test';
import { database } from './support/database';
import { createArticle, createUser } from './support/factories';
import { loginAs } from './support/login';

/** An admin (A) and an editor (B), each signed in in a browser context of their own, and a draft. */
async function twoEditorsOnOneDraft(browser: Browser) {
  const [first, second] = [await createUser('ADMIN'), await createUser('EDITOR')];
  const article = await createArticle({ status: 'DRAFT' });
  const [contextA, contextB] = [await browser.newContext(), await browser.newContext()];
  const [pageA, pageB] = [await contextA.newPage(), await contextB.newPage()];
  await loginAs(pageA, first);
  await loginAs(pageB, second);
  return { first, article, contextA, contextB, pageA, pageB };
}

async function typeAtEndOfBody(page: Page, text: string) {
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

async function lockHolder(id: string): Promise<string | null> {
  const { rows } = await database().query<{ locked_by_id: string | null }>('SELECT locked_by_id FROM articles WHERE id = $1', [id]);
  return rows[0]?.locked_by_id ?? null;
}

async function revisionsContaining(id: string, text: string): Promise<number> {
  const { rows } = await database().query<{ count: string }>(
    'SELECT count(*) FROM revisions WHERE article_id = $1 AND body::text LIKE $2',
    [id, `%${text}%`],
  );
  return Number(rows[0]?.count ?? 0);
}

test('two editors on one article: a take-over, a conflict, a comparison, and both texts kept', async ({ browser }) => {
  const { first, article, contextA, contextB, pageA, pageB } = await twoEditorsOnOneDraft(browser);

  await pageA.goto(`/admin/articles/${article.id}`);
  await expect.poll(() => lockHolder(article.id)).toBe(first.id);

  await pageB.goto(`/admin/articles/${article.id}`);
  await expect(pageB.getByText(/测试管理员 正在编辑（自 \d{2}:\d{2} 起）/)).toBeVisible();
  await expect(pageB.getByRole('textbox', { name: '标题', exact: true })).not.toBeEditable();
  await pageB.getByRole('button', { name: '接管编辑' }).click();
  await expect(pageB.getByText(/正在编辑（自/)).toBeHidden();
  await expect(pageB.getByRole('textbox', { name: '标题', exact: true })).toBeEditable();
  await typeAtEndOfBody(pageB, '晴转多云');
  await pageB.getByRole('button', { name: '保存', exact: true }).click();
  await expect(pageB.getByRole('status')).toHaveText('已保存');

  await typeAtEndOfBody(pageA, '股市收涨');
  await expect(pageA.getByText(/测试编辑 已接管编辑（\d{2}:\d{2}）/)).toBeVisible();
  const dialog = pageA.getByRole('dialog', { name: '保存冲突' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/测试编辑 在 \d{2}:\d{2} 保存了这篇文章（版本 \d+）/);
  await dialog.getByRole('button', { name: '比较' }).click();
  await expect(dialog).toContainText('晴转多云');
  await expect(dialog).toContainText('股市收涨');
  await dialog.getByRole('button', { name: '保留我的版本' }).click();
  await expect(dialog).toBeHidden();
  await expect(pageA.getByRole('status')).toHaveText('已保存');

  const { rows } = await database().query<{ body_text: string }>('SELECT body_text FROM articles WHERE id = $1', [article.id]);
  expect(rows[0]?.body_text).toContain('股市收涨');
  expect(rows[0]?.body_text).not.toContain('晴转多云');
  expect(await revisionsContaining(article.id, '晴转多云')).toBeGreaterThan(0);
  expect(await revisionsContaining(article.id, '股市收涨')).toBeGreaterThan(0);

  // The history lists my kept version and their save; their text is one click away.
  await pageA.getByRole('button', { name: '历史版本' }).click();
  const history = pageA.getByRole('region', { name: '修订历史' });
  await expect(history.getByRole('button', { name: /冲突时保留.*测试管理员/ })).toBeVisible();
  await history.getByRole('button', { name: /· 保存.*测试编辑/ }).click();
  await expect(history).toContainText('晴转多云');
  await contextA.close();
  await contextB.close();
});

test('taking their version replaces the form and mine can still be put back', async ({ browser }) => {
  const { first, article, contextA, contextB, pageA, pageB } = await twoEditorsOnOneDraft(browser);
  await pageA.goto(`/admin/articles/${article.id}`);
  await expect.poll(() => lockHolder(article.id)).toBe(first.id);
  await pageB.goto(`/admin/articles/${article.id}`);
  await pageB.getByRole('button', { name: '接管编辑' }).click();
  await pageB.getByRole('textbox', { name: '标题', exact: true }).fill('对方改的标题');
  await pageB.getByRole('button', { name: '保存', exact: true }).click();
  await expect(pageB.getByRole('status')).toHaveText('已保存');

  await pageA.getByRole('textbox', { name: '标题', exact: true }).fill('我改的标题');
  const dialog = pageA.getByRole('dialog', { name: '保存冲突' });
  await dialog.getByRole('button', { name: '采用对方版本' }).click();
  await expect(dialog).toBeHidden();
  await expect(pageA.getByRole('textbox', { name: '标题', exact: true })).toHaveValue('对方改的标题');
  await pageA.getByRole('button', { name: '恢复我的版本' }).click();
  await expect(pageA.getByRole('textbox', { name: '标题', exact: true })).toHaveValue('我改的标题');
  await contextA.close();
  await contextB.close();
});
