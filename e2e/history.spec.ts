import { expect, test, type Page } from '@playwright/test';
import { database } from './support/database';
import { createArticle, createUser } from './support/factories';
import { loginAs } from './support/login';

async function appendAndUpdate(page: Page, text: string) {
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
  await expect(page.getByText('有未保存的更改（点击“更新”发布）')).toBeVisible();
  await page.getByRole('button', { name: '更新', exact: true }).click();
  await expect(page.getByText('有未保存的更改（点击“更新”发布）')).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('已保存');
}

test('an editor compares two versions in the history and restores the older one as a new revision', async ({ page }) => {
  const editor = await createUser('EDITOR');
  const article = await createArticle({ status: 'PUBLISHED', bodyText: '原来的正文。' });
  await loginAs(page, editor);
  await page.goto(`/admin/articles/${article.id}`);
  await appendAndUpdate(page, '第一次补充。');
  await appendAndUpdate(page, '第二次补充。');

  await page.getByRole('button', { name: '历史版本' }).click();
  const history = page.getByRole('region', { name: '修订历史' });
  await history.getByRole('button', { name: /^版本 2 · 保存/ }).click();
  await expect(history.getByRole('insertion')).toHaveText(/第二次补充。/);
  await expect(history.getByRole('deletion')).toHaveCount(0);
  await expect(history.getByRole('row', { name: /摘要/ })).toBeVisible();

  // The other side can be any version, not only the current one.
  const other = history.getByRole('combobox', { name: '版本 2 对比：' });
  await other.selectOption((await other.locator('option', { hasText: /^版本 3 · 保存/ }).getAttribute('value')) ?? '');
  await expect(other.locator('option:checked')).toHaveText(/^版本 3/);
  await expect(history.getByRole('insertion')).toHaveText(/第二次补充。/);

  await history.getByRole('button', { name: '恢复此版本（版本 2）' }).click();
  await history.getByRole('button', { name: '确认恢复' }).click();
  await expect(history.getByRole('button', { name: /^版本 4 · 恢复（自版本 2）/ })).toBeVisible();
  await expect(history.getByRole('button', { name: /^版本 3 · 保存/ })).toBeVisible();
  await expect(history.getByRole('button', { name: /^版本 2 · 保存/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText('原来的正文。第一次补充。');
  await expect(page.getByRole('textbox', { name: '正文' })).not.toContainText('第二次补充。');

  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('.article-body')).toContainText('第一次补充。');
  await expect(page.locator('.article-body')).not.toContainText('第二次补充。');
});

test('the preview shows a draft as readers will see it, then the editor’s unsaved state as it changes', async ({ page, context }) => {
  const editor = await createUser('EDITOR');
  const draft = await createArticle({ status: 'DRAFT', title: '预览里的草稿', bodyText: '保存过的正文。' });
  await page.goto(`/preview/articles/${draft.id}`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);

  await loginAs(page, editor);
  await page.goto(`/preview/articles/${draft.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('预览里的草稿');
  await expect(page.locator('.article-body')).toHaveText('保存过的正文。');
  const bar = page.getByRole('region', { name: '预览' });
  await expect(bar).toContainText('尚未发布');
  await expect(bar).toContainText('显示的是已保存的版本。');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect((await page.request.get(`/articles/${draft.slug}`)).status()).toBe(404);

  // The editor, in another tab, hands over unsaved fields; the preview follows.
  const editorTab = await context.newPage();
  await editorTab.goto(`/preview/articles/${draft.id}`);
  await editorTab.evaluate(({ id, title }) => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '还没保存的正文。' }] }] };
    const fields = {
      title, slug: '', excerpt: '', excerptAuto: true, sourceName: '', sourceUrl: '', byline: '王五', datelinePlace: '', originalPublishedAt: '',
      tags: '新话题', seoTitle: '', seoDescription: '', needsReview: false, script: 'HANS', body,
    };
    localStorage.setItem(`inkstone:preview:${id}`, JSON.stringify({ fields, meta: { status: 'DRAFT', publishedAt: null, version: 1 }, storedAt: new Date().toISOString() }));
  }, { id: draft.id, title: '还没保存的标题' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('还没保存的标题');
  await expect(page.locator('.article-body')).toHaveText('还没保存的正文。');
  await expect(page.locator('.article-meta')).toContainText('记者 王五');
  await expect(bar).toContainText('显示的是编辑器中的当前内容，可能包含未保存的改动。');
  // A tag that is not saved yet has no topic page, so it is shown without a link.
  await expect(page.getByRole('list', { name: '主题' }).getByRole('listitem')).toHaveText(['新话题']);
  await expect(page.getByRole('link', { name: '新话题' })).toHaveCount(0);

  // The editor's lock heartbeat moves the row's update time but saves nothing: still current.
  await database().query("UPDATE articles SET updated_at = now() + interval '1 minute', lock_seen_at = now() WHERE id = $1", [draft.id]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('还没保存的标题');
  // A save after the version it builds on (here someone else's) makes the hand-over out of date.
  await database().query("UPDATE articles SET version = version + 1, title = '别人保存的标题' WHERE id = $1", [draft.id]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('别人保存的标题');
  await expect(bar).toContainText('显示的是已保存的版本。');
});
