import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { database } from './support/database';
import { createArticle, createUser } from './support/factories';
import { loginAs } from './support/login';
import { createTopic } from './support/topics';
import { redirectPaths } from './support/redirect-paths';

const uuidPath = '[0-9a-f-]{36}';

async function loginAsAdmin(page: Page) {
  await loginAs(page, await createUser('ADMIN'));
}

/** ASCII letters and digits in their full-width forms (ａ, １ …). */
const fullWidth = (text: string) => text.replace(/[0-9a-z]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! + 0xfee0));

async function pickTag(page: Page, label: string, name: string) {
  await page.getByLabel(label, { exact: true }).fill(name);
  await page.getByRole('button', { name: `选择 ${name}` }).click();
  await expect(page.getByText(`已选：${name}`)).toBeVisible();
}

test('an admin creates a tag with a parent and SEO fields, and HTML in its name stays text', async ({ page }) => {
  const parent = await createTopic();
  const name = `<b>新标签</b>${randomUUID().slice(0, 8)}`;
  await loginAsAdmin(page);
  await page.goto('/admin/tags');
  await page.getByRole('link', { name: '新建标签' }).click();

  await page.getByLabel('名称', { exact: true }).fill(name);
  await expect(page.getByLabel('网址标识')).toHaveAttribute('placeholder', '留空则由名称生成');
  await page.getByLabel('描述', { exact: true }).fill('<script>window.injected = true</script>说明');
  await pickTag(page, '上级标签', parent.name);
  await page.getByLabel('精选主题').check();
  await page.getByLabel('SEO 标题').fill('新标签 SEO 标题');
  await page.getByLabel('SEO 描述').fill('新标签的 SEO 描述');
  await page.getByRole('button', { name: '创建标签' }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/tags/${uuidPath}\\?saved=1$`));
  await expect(page.getByRole('status')).toHaveText('已保存。');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`编辑标签：${name}`);
  await expect(page.locator('h1 b')).toHaveCount(0);
  await expect(page.getByLabel('描述', { exact: true })).toHaveValue('<script>window.injected = true</script>说明');
  await expect(page.getByText(`已选：${parent.name}`)).toBeVisible();
  await expect(page.getByLabel('精选主题')).toBeChecked();
  await expect(page.getByLabel('SEO 标题')).toHaveValue('新标签 SEO 标题');
  expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();

  await page.goto(`/admin/tags?q=${encodeURIComponent(name)}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row.getByRole('link', { name: parent.name })).toBeVisible();
  await expect(row.getByText('精选')).toBeVisible();
});

test('a name that differs only by script and width from an existing tag is refused with "looks like"', async ({ page }) => {
  const suffix = randomUUID().slice(0, 6);
  const existing = await createTopic({ name: `知识产权${suffix}` });
  await loginAsAdmin(page);
  await page.goto('/admin/tags/new');
  await page.getByLabel('名称', { exact: true }).fill(`知識產權${fullWidth(suffix)}`);
  await page.getByRole('button', { name: '创建标签' }).click();
  await expect(page.getByText(`看起来像已有标签「${existing.name}」。`)).toBeVisible();
  await expect(page.getByLabel('名称', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/admin\/tags\/new$/);
});

test('an admin adds an alias, and the list finds the tag by it in Traditional script', async ({ page }) => {
  const suffix = randomUUID().slice(0, 6);
  const topic = await createTopic();
  await loginAsAdmin(page);
  await page.goto(`/admin/tags/${topic.id}`);
  await page.getByLabel('新别名').fill(`知产${suffix}`);
  await page.getByRole('button', { name: '添加别名' }).click();
  await expect(page.getByRole('button', { name: `删除别名 知产${suffix}` })).toBeVisible();
  await expect(page.getByLabel('新别名')).toHaveValue('');

  await page.goto(`/admin/tags?q=${encodeURIComponent(`知產${suffix}`)}`);
  await expect(page.getByRole('link', { name: topic.name, exact: true })).toBeVisible();
  await expect(page.getByText('第 1 / 1 页，共 1 个标签')).toBeVisible();
});

test('renaming a slug keeps the old topic URL working with a permanent redirect', async ({ page }) => {
  const topic = await createTopic();
  await createArticle({ status: 'PUBLISHED', tagSlug: topic.slug });
  const newSlug = `${topic.slug}-renamed`;
  await loginAsAdmin(page);
  await page.goto(`/admin/tags/${topic.id}`);
  await page.getByLabel('网址标识').fill(newSlug);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已保存。');
  await expect(page.getByRole('list', { name: '旧网址' }).getByText(`/topics/${topic.slug}`)).toBeVisible();
  await expect(page.getByLabel('网址标识')).toHaveValue(newSlug);

  const response = await page.request.get(`/topics/${topic.slug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(redirectPaths(response)).toEqual([`/topics/${newSlug}`]);
});

test('an admin merges a tag into another picked by search, told how many articles move', async ({ page }) => {
  const source = await createTopic();
  const target = await createTopic();
  await createArticle({ status: 'PUBLISHED', tagSlug: source.slug });
  await loginAsAdmin(page);
  await page.goto(`/admin/tags/${source.id}`);
  await expect(page.getByRole('button', { name: '合并到…' })).toBeDisabled();
  await pickTag(page, '目标标签', target.name);
  await page.getByRole('button', { name: '合并到…' }).click();
  const dialog = page.getByRole('dialog', { name: '合并到…' });
  await expect(dialog).toContainText(`把「${source.name}」合并到「${target.name}」？1 篇文章会改用「${target.name}」。`);
  await dialog.getByRole('button', { name: '确认合并' }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/tags/${target.id}\\?merged=1$`));
  await expect(page.getByRole('list', { name: '别名' }).getByText(source.name)).toBeVisible();
  const response = await page.request.get(`/topics/${source.slug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(redirectPaths(response)).toEqual([`/topics/${target.slug}`]);
});

test('deleting a tag states how many articles lose it, and untags them without deleting them', async ({ page }) => {
  const topic = await createTopic();
  const articles = [await createArticle({ status: 'PUBLISHED', tagSlug: topic.slug }), await createArticle({ status: 'DRAFT', tagSlug: topic.slug })];
  await loginAsAdmin(page);
  await page.goto(`/admin/tags/${topic.id}`);
  await page.getByRole('button', { name: '删除', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '删除' });
  await expect(dialog).toContainText(`删除标签「${topic.name}」？2 篇文章会去掉此标签，文章本身不会被删除。`);
  await dialog.getByRole('button', { name: '确认删除' }).click();

  await expect(page).toHaveURL(/\/admin\/tags\?deleted=/);
  await expect(page.getByRole('status')).toHaveText(`已删除标签「${topic.name}」，2 篇文章已去掉此标签（文章本身未删除）。`);
  const { rows } = await database().query<{ count: number }>('SELECT count(*)::int AS count FROM articles WHERE id = ANY($1::uuid[])', [articles.map((article) => article.id)]);
  expect(rows[0]?.count).toBe(2);
  expect((await page.request.get(`/topics/${topic.slug}`, { maxRedirects: 0 })).status()).toBe(404);
});

test('an unknown or malformed tag id is 404, and a garbage list query falls back to the defaults', async ({ page }) => {
  await loginAsAdmin(page);
  expect((await page.goto(`/admin/tags/${randomUUID()}`))?.status()).toBe(404);
  expect((await page.goto('/admin/tags/not-a-uuid'))?.status()).toBe(404);
  const response = await page.goto(`/admin/tags?page=-3&sort=evil&q=${'x'.repeat(150)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/^第 1 \/ \d+ 页/)).toBeVisible();
});

test('an editor is refused the tag admin pages', async ({ page }) => {
  const topic = await createTopic();
  await loginAs(page, await createUser('EDITOR'));
  for (const path of ['/admin/tags', '/admin/tags/new', `/admin/tags/${topic.id}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: '没有权限' })).toBeVisible();
  }
});
