import { expect, test } from '@playwright/test';
import { database } from './support/database';
import { createArticle, createUser, findArticleIdBySlug } from './support/factories';
import { loginAs } from './support/login';

const sampleSlug = 'hu-bei-di-li-san-niu-jing-shen-fen-jin-xin-zheng-cheng';

async function storedTitle(id: string): Promise<string | undefined> {
  const { rows } = await database().query<{ title: string }>('SELECT title FROM articles WHERE id = $1', [id]);
  return rows[0]?.title;
}

test('the sample articles are published on first start', async ({ page }) => {
  // The sample is written in Traditional: the Simplified site converts it, /zh-tw shows it as
  // written. (Other tests publish newer articles, so the home page may no longer list it.)
  await page.goto(`/articles/${sampleSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('湖北:砥砺“三牛精神”奋进新征程');
  await page.goto(`/zh-tw/articles/${sampleSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('湖北:砥礪“三牛精神”奮進新征程');
  await expect(page.locator('article')).toHaveAttribute('lang', 'zh-Hant-TW');
  await expect(page.locator('article')).not.toContainText('(guó)');
  await expect(page.locator('article')).not.toContainText('熱門標簽');
});

test('an admin edits the title of a sample article, publishes, and readers see the new title', async ({ page }) => {
  const admin = await createUser('ADMIN');
  await loginAs(page, admin);
  const id = await findArticleIdBySlug(sampleSlug);
  // Readers have the page cached, in both scripts, before the editor changes it.
  for (const path of [`/articles/${sampleSlug}`, `/zh-tw/articles/${sampleSlug}`]) {
    await page.request.get(path);
    expect((await page.request.get(path)).headers()['x-nextjs-cache'], path).toBe('HIT');
  }
  await page.goto(`/admin/articles/${id}`);
  const newTitle = `湖北：三牛精神（编辑于 ${Date.now()}）`;
  await page.getByRole('textbox', { name: '标题', exact: true }).fill(newTitle);
  await expect(page.getByText('有未保存的更改（点击“更新”发布）')).toBeVisible();
  await page.getByRole('button', { name: '更新', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await page.getByRole('button', { name: '撤回发布' }).click();
  await expect(page.getByRole('status')).toHaveText('已撤回为草稿');
  expect((await page.request.get(`/articles/${sampleSlug}`)).status()).toBe(404);
  // The importer flags the sample articles for review.
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('dialog', { name: '这篇文章需要审核' }).getByRole('button', { name: '已审核，发布' }).click();
  await expect(page.getByRole('status')).toHaveText('已发布');

  await page.goto(`/articles/${sampleSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle);
  await page.goto(`/zh-tw/articles/${sampleSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle);
});

test('an edit to the body through the editor reaches the public page', async ({ page }) => {
  const admin = await createUser('ADMIN');
  const article = await createArticle({ status: 'PUBLISHED' });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('.article-body')).not.toContainText('补充一句。');
  expect((await page.request.get(`/articles/${article.slug}`)).headers()['x-nextjs-cache']).toBe('HIT');
  await loginAs(page, admin);
  await page.goto(`/admin/articles/${article.id}`);
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type('补充一句。');
  await page.getByRole('button', { name: '更新', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('.article-body')).toContainText('补充一句。');
});

test('publishing an article flagged "needs review" asks for confirmation first', async ({ page }) => {
  const admin = await createUser('ADMIN');
  const draft = await createArticle({ status: 'DRAFT', needsReview: true });
  await loginAs(page, admin);
  await page.goto(`/admin/articles/${draft.id}`);
  await expect(page.getByRole('checkbox', { name: '需要审核' })).toBeChecked();

  await page.getByRole('button', { name: '发布', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '这篇文章需要审核' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect((await page.request.get(`/articles/${draft.slug}`)).status()).toBe(404);

  await page.getByRole('button', { name: '发布', exact: true }).click();
  await dialog.getByRole('button', { name: '已审核，发布' }).click();
  await expect(page.getByRole('status')).toHaveText('已发布');
  await expect(page.getByRole('checkbox', { name: '需要审核' })).not.toBeChecked();
  const { rows } = await database().query<{ status: string; needs_review: boolean }>('SELECT status, needs_review FROM articles WHERE id = $1', [draft.id]);
  expect(rows[0]).toEqual({ status: 'PUBLISHED', needs_review: false });
});

test('scheduling a draft needs a future time in the site time zone and shows the article as scheduled', async ({ page }) => {
  const admin = await createUser('ADMIN');
  const draft = await createArticle({ status: 'DRAFT' });
  await loginAs(page, admin);
  await page.goto(`/admin/articles/${draft.id}`);

  await page.getByRole('button', { name: '定时发布…' }).click();
  await expect(page.getByText('时区：Asia/Shanghai')).toBeVisible();
  const time = page.getByLabel('发布时间');
  await time.fill('2020-01-01T09:00');
  await page.getByRole('button', { name: '确认定时发布' }).click();
  await expect(page.getByText('时间必须在将来。')).toBeVisible();

  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(tomorrow);
  await time.fill(`${day}T09:30`);
  await page.getByRole('button', { name: '确认定时发布' }).click();
  await expect(page.getByRole('status')).toContainText('已定时：将于');
  await expect(page.getByText('定时发布', { exact: true })).toBeVisible();
  await expect(page.getByText(/^将于 .*09:30 发布$/)).toBeVisible();
  await expect(page.getByRole('button', { name: '取消定时' })).toBeVisible();
  const { rows } = await database().query<{ status: string; scheduled_at: Date }>('SELECT status, scheduled_at FROM articles WHERE id = $1', [draft.id]);
  expect(rows[0]?.status).toBe('SCHEDULED');
  expect(rows[0]?.scheduled_at.toISOString()).toBe(new Date(`${day}T01:30:00Z`).toISOString());
});

test('the editor previews unsaved changes, moves the article to the trash and restores it from there', async ({ page, context }) => {
  const admin = await createUser('ADMIN');
  const draft = await createArticle({ status: 'DRAFT' });
  await loginAs(page, admin);
  await page.goto(`/admin/articles/${draft.id}`);
  await page.getByRole('textbox', { name: '标题', exact: true }).fill('预览前没保存的标题');
  const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '预览' }).click()]);
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('预览前没保存的标题');

  // The autosave moves the hand-over onto the version it saved: the open preview stays on the
  // editor's state instead of falling back to the saved one.
  await expect.poll(() => storedTitle(draft.id)).toBe('预览前没保存的标题');
  await page.getByRole('textbox', { name: '标题', exact: true }).fill('保存之后又改的标题');
  await expect.poll(() => storedTitle(draft.id)).toBe('保存之后又改的标题');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('保存之后又改的标题');
  await preview.reload();
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('保存之后又改的标题');
  await expect(preview.getByRole('region', { name: '预览' })).toContainText('显示的是编辑器中的当前内容');
  await preview.close();
  await page.getByRole('button', { name: '移到回收站' }).click();
  const dialog = page.getByRole('dialog', { name: '移到回收站' });
  await expect(dialog).toContainText('《保存之后又改的标题》');
  await dialog.getByRole('button', { name: '确认移到回收站' }).click();
  await expect(page).toHaveURL(/\/admin\?trashed=1$/);

  await page.goto(`/admin/articles/${draft.id}`);
  await expect(page.getByText('这篇文章在回收站中')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).not.toBeEditable();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: '恢复文章' }).click();
  await expect(page.getByText('这篇文章在回收站中')).toBeHidden();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toBeEditable();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue('保存之后又改的标题');
});

test("a draft's public URL is 404", async ({ page }) => {
  const draft = await createArticle({ status: 'DRAFT' });
  const response = await page.goto(`/articles/${draft.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
});

test('a topic page lists the articles tagged with it, newest first', async ({ page }) => {
  const newest = await createArticle({ status: 'PUBLISHED', tagSlug: 'zhi-shi-chan-quan' });
  await page.goto('/topics/zhi-shi-chan-quan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('知识产权');
  const titles = page.locator('.article-list h2');
  await expect(titles.first()).toHaveText(newest.title);
  await expect(page.getByRole('link', { name: /三牛精神/ })).toBeVisible();
  await page.getByRole('link', { name: /三牛精神/ }).click();
  // The article's own topic list (the breadcrumb links its primary topic too).
  await expect(page.getByRole('list', { name: /^主[题題]$/ }).getByRole('link', { name: '知识产权' })).toBeVisible();
});
