import { expect, test, type Request } from '@playwright/test';
import { database } from './support/database';
import { createArticle, createUser } from './support/factories';
import { loginAs } from './support/login';

async function storedArticle(id: string) {
  const { rows } = await database().query<{ status: string; published_at: Date | null; version: number; slug: string; title: string }>(
    'SELECT status, published_at, version, slug, title FROM articles WHERE id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) throw new Error(`no article ${id}`);
  return row;
}

const isSaveActionRequest = (request: Request) =>
  request.method() === 'POST' && request.headers()['next-action'] !== undefined && (request.postData() ?? '').includes('"intent":"save"');

test('a contributor writes a draft in the editor without any publishing control, and a forged publish of it is refused', async ({ page }) => {
  const contributor = await createUser('CONTRIBUTOR');
  await loginAs(page, contributor);
  await page.goto('/admin');
  await expect(page.getByText('这里只列出你写的文章。')).toBeVisible();
  const nav = page.getByRole('navigation', { name: '后台导航' });
  await expect(nav.getByRole('link', { name: '文章' })).toBeVisible();
  for (const hidden of ['导入', '标签', '用户', '回收站', '审计日志']) await expect(nav.getByRole('link', { name: hidden })).toHaveCount(0);

  await page.getByRole('button', { name: '新建文章' }).click();
  await page.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  const title = `撰稿人的草稿 ${Date.now().toString(36)}`;
  await page.getByRole('textbox', { name: '标题', exact: true }).fill(title);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('本报讯　撰稿人写好了稿子，等编辑审核。');
  await expect(page.getByText(/^已保存 \d{2}:\d{2}$/)).toBeVisible();

  for (const name of ['发布', '定时发布…', '立即发布', '撤回发布', '归档', '移到回收站']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  const saveRequest = page.waitForRequest(isSaveActionRequest);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  const saved = await storedArticle(id);
  expect(saved).toMatchObject({ status: 'DRAFT', published_at: null, title });

  // The editor's own save request, replayed with a publish intent and the current version.
  const captured = await saveRequest;
  const headers = await captured.allHeaders();
  const args = JSON.parse(captured.postData() ?? '[]') as Array<Record<string, unknown>>;
  const forged = [{ ...args[0], intent: 'publish', baseVersion: saved.version }];
  const response = await page.request.post(captured.url(), {
    headers: {
      'next-action': headers['next-action'] ?? '',
      'content-type': headers['content-type'] ?? 'text/plain;charset=UTF-8',
      origin: headers.origin ?? new URL(captured.url()).origin,
      accept: 'text/x-component',
    },
    data: JSON.stringify(forged),
  });
  const result = /^1:(\{.*)$/mu.exec(await response.text())?.[1];
  expect(result && JSON.parse(result)).toMatchObject({ ok: false, error: 'FORBIDDEN' });
  expect(await storedArticle(id)).toMatchObject({ status: 'DRAFT', published_at: null, version: saved.version });
  expect((await page.request.get(`/articles/${saved.slug}`)).status()).toBe(404);
});

test('a contributor lists only their own articles, reads their published one without editing it, and may not open another’s', async ({ page }) => {
  const contributor = await createUser('CONTRIBUTOR');
  const ownDraft = await createArticle({ status: 'DRAFT', createdById: contributor.id });
  const ownPublished = await createArticle({ status: 'PUBLISHED', createdById: contributor.id });
  const others = await createArticle({ status: 'DRAFT' });
  await loginAs(page, contributor);

  await page.goto('/admin');
  await expect(page.getByRole('link', { name: ownDraft.title })).toBeVisible();
  await expect(page.getByRole('link', { name: ownPublished.title })).toBeVisible();
  await expect(page.getByRole('link', { name: others.title })).toHaveCount(0);

  await page.getByRole('link', { name: ownPublished.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: ownPublished.title })).toBeVisible();
  await expect(page.getByText('已定时、已发布或已归档的文章只能由编辑修改。')).toBeVisible();
  await expect(page.getByRole('textbox', { name: '正文' })).toHaveCount(0);

  const refused = await page.goto(`/admin/articles/${others.id}`);
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: '没有权限' })).toBeVisible();

  // Nor preview it; their own draft previews.
  expect((await page.goto(`/preview/articles/${others.id}`))?.status()).toBe(403);
  expect((await page.goto(`/preview/articles/${ownDraft.id}`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: ownDraft.title })).toBeVisible();
});
