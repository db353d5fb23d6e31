import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { database } from './support/database';
import { createUser } from './support/factories';
import { loginAs } from './support/login';

const samples = [
  { file: '000_082a931f3e294f16.txt', title: '武漢市全面啟動國家知識產權保護示范區建設' },
  { file: '003_19f9f1bee9563f76.txt', title: '湖北:砥礪“三牛精神”奮進新征程' },
] as const;
const samplePath = (file: string) => new URL(`../content/samples/${file}`, import.meta.url).pathname;
const sampleHashes = samples.map(({ file }) => createHash('sha256').update(readFileSync(samplePath(file))).digest('hex'));

// The samples are seeded (published) on first start. Clearing those copies' fingerprints makes the
// upload new text again without deleting articles other specs read; nothing else uses them.
async function forgetSeededSampleFingerprints(): Promise<void> {
  await database().query(
    `UPDATE articles SET source_hash = NULL, content_hash = NULL, simhash = NULL, simhash_bands = '{}'
     WHERE source_hash = ANY($1::text[])`,
    [sampleHashes],
  );
}

async function uploadThroughThePage(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: '导入文章' })).toBeVisible();
  await page.getByLabel('选择文件').setInputFiles(files);
  await page.getByRole('button', { name: '上传并分析' }).click();
  await expect(page).toHaveURL(/\/admin\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
}

const rowOf = (page: Page, fileName: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader').filter({ hasText: fileName }) });

test('an anonymous visit to /admin/import is sent to the login page', async ({ page }) => {
  await page.goto('/admin/import');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fimport$/);
});

test('an editor uploads both samples, reads the report, imports them as drafts and finds the way back to the report', async ({ page }) => {
  test.setTimeout(180_000);
  const editor = await createUser('EDITOR');
  await forgetSeededSampleFingerprints();
  await loginAs(page, editor);

  await page.goto('/admin');
  await page.getByRole('navigation', { name: '后台导航' }).getByRole('link', { name: '导入' }).click();
  await expect(page).toHaveURL(/\/admin\/import$/);
  await uploadThroughThePage(page, samples.map(({ file }) => samplePath(file)));
  const batchUrl = page.url();

  for (const { file, title } of samples) {
    await expect(rowOf(page, file)).toContainText('可导入', { timeout: 60_000 });
    await expect(rowOf(page, file).getByRole('link', { name: title, exact: true })).toBeVisible();
  }
  await expect(rowOf(page, samples[0].file)).toContainText('拟定标题');
  await expect(page.getByRole('status').filter({ hasText: '已处理 2/2 个文件' })).toBeVisible();

  await rowOf(page, samples[1].file).getByRole('link', { name: samples[1].title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '导入报告' })).toBeVisible();
  await expect(page.getByText('删除拼音注音 42 处')).toBeVisible();
  const original = page.getByRole('region', { name: /^原文/ });
  await expect(original.getByRole('listitem').filter({ hasText: '已删除 · 面包屑导航' })).toContainText('主頁 > 知識庫');
  await expect(original.getByRole('listitem').filter({ hasText: '已删除 · 虚假标签' })).toContainText('太原 巴中 湖州');
  await expect(original.getByRole('insertion').filter({ hasText: '。”彭泉表示' }).first()).toBeVisible();
  const cleaned = page.getByRole('region', { name: /^清理后的文章/ });
  await expect(cleaned.getByRole('heading', { name: samples[1].title })).toBeVisible();
  await expect(cleaned).toContainText('中國知識產權報');
  await expect(cleaned).not.toContainText('(guó)');
  await expect(cleaned).not.toContainText('熱門標簽');

  await page.goto(batchUrl);
  await page.getByRole('checkbox', { name: '全选可导入的文章' }).check();
  await expect(page.getByText('已选 2 篇')).toBeVisible();
  await page.getByRole('button', { name: '将所选导入为草稿' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已将 2 篇文章加入导入队列。' })).toBeVisible();
  for (const { file } of samples) {
    await expect(rowOf(page, file)).toContainText('已创建', { timeout: 60_000 });
  }

  await page.goto('/admin');
  for (const { title } of samples) {
    await expect(page.getByRole('row').filter({ hasText: title }).filter({ hasText: '草稿' })).toHaveCount(1);
  }
  await page.getByRole('row').filter({ hasText: samples[1].title }).filter({ hasText: '草稿' }).getByRole('link', { name: samples[1].title }).click();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue(samples[1].title);
  await page.getByRole('link', { name: '查看这篇文章的导入报告' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '导入报告' })).toBeVisible();
  await expect(page.getByText(`文件：${samples[1].file}`)).toBeVisible();
});

test('the same file twice makes one article: the repeat points to the first, then to the article; an empty file fails alone', async ({ page }) => {
  test.setTimeout(180_000);
  const editor = await createUser('EDITOR');
  await loginAs(page, editor);
  const marker = randomUUID().slice(0, 8);
  const title = `重复导入检查 ${marker}`;
  const text = Buffer.from(`${title}\n\n本报北京讯 这是一篇用于检查重复导入的测试文章，编号 ${marker}。\n\n同一个文件导入两次，不会产生两篇文章。\n`);
  await uploadThroughThePage(page, [
    { name: 'first.txt', mimeType: 'text/plain', buffer: text },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'second.txt', mimeType: 'text/plain', buffer: text },
  ]);
  await expect(rowOf(page, 'first.txt')).toContainText('可导入', { timeout: 60_000 });
  await expect(rowOf(page, 'second.txt')).toContainText('重复');
  await expect(rowOf(page, 'second.txt').getByRole('link', { name: 'first.txt' })).toBeVisible();
  await expect(rowOf(page, 'empty.txt')).toContainText('失败');

  await rowOf(page, 'first.txt').getByRole('checkbox').check();
  await page.getByRole('button', { name: '将所选导入为草稿' }).click();
  await expect(rowOf(page, 'first.txt')).toContainText('已创建', { timeout: 60_000 });

  await uploadThroughThePage(page, [{ name: 'again.txt', mimeType: 'text/plain', buffer: text }]);
  await expect(rowOf(page, 'again.txt')).toContainText('重复', { timeout: 60_000 });
  await rowOf(page, 'again.txt').getByRole('cell').getByRole('link', { name: title }).click();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue(title);
  await page.goto('/admin');
  await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(1);
});
