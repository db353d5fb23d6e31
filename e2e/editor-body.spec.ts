import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { database } from './support/database';
import { createArticle } from './support/factories';
import { bodyEditor, composeWithIme, countedHanCharacters, openArticleInEditor, pasteHtml } from './support/editor';

async function storedBody(id: string): Promise<{ text: string; json: string }> {
  const { rows } = await database().query<{ body_text: string; body: unknown }>('SELECT body_text, body FROM articles WHERE id = $1', [id]);
  return { text: rows[0]?.body_text ?? '', json: JSON.stringify(rows[0]?.body ?? null) };
}

function editorAlert(page: Page) {
  return page.locator('.article-editor').getByRole('alert');
}

async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '插入图片' }).click();
  await (await chooser).setFiles(file);
}

test('Pinyin typed through the IME lands once, in place, without stray letters, and is counted', async ({ page }) => {
  const article = await openArticleInEditor(page, { status: 'DRAFT', bodyText: '开头结尾。' });
  const body = bodyEditor(page);
  const before = await countedHanCharacters(page);

  await body.click();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await composeWithIme(page, 'guojia', '国家');
  await page.keyboard.press('End');
  await composeWithIme(page, 'zhishichanquan', '知识产权');

  await expect(body).toHaveText('开头国家结尾。知识产权');
  await expect.poll(() => countedHanCharacters(page)).toBe(before + 6);
  await expect(page.getByText(/^已保存 \d{2}:\d{2}$/)).toBeVisible();
  const stored = await storedBody(article.id);
  expect(stored.text).toBe('开头国家结尾。知识产权');
  expect(stored.text.match(/知识产权/g)).toHaveLength(1);
  expect(stored.text).not.toMatch(/[a-z]/i);
});

test('the link popover adds, edits and removes a link and refuses javascript: URLs', async ({ page }) => {
  const article = await openArticleInEditor(page, { status: 'DRAFT', bodyText: '国家统计局发布数据。' });
  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.press('Home');
  for (let step = 0; step < 5; step++) await page.keyboard.press('Shift+ArrowRight');

  await page.getByRole('button', { name: '链接' }).click();
  const popover = page.getByRole('dialog', { name: '链接' });
  const address = popover.getByRole('textbox', { name: '链接地址' });
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(document.cookie)');
  await address.press('Enter');
  await expect(popover.getByRole('alert')).toHaveText('只能链接到 http、https 或 mailto 地址。');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(body.locator('a')).toHaveCount(0);

  await address.fill('www.stats.gov.cn');
  await address.press('Enter');
  await expect(popover).toBeHidden();
  await expect(body).toBeFocused();
  await expect(body.locator('a')).toHaveText('国家统计局');
  await expect(body.locator('a')).toHaveAttribute('href', 'https://www.stats.gov.cn/');
  await expect.poll(async () => (await storedBody(article.id)).json).toContain('"href":"https://www.stats.gov.cn/"');

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(popover.getByText('https://www.stats.gov.cn/')).toBeVisible();
  await expect(popover.getByRole('link', { name: '打开' })).toHaveAttribute('href', 'https://www.stats.gov.cn/');
  await expect(popover.getByRole('link', { name: '打开' })).toHaveAttribute('target', '_blank');
  await popover.getByRole('button', { name: '编辑' }).click();
  await expect(address).toHaveValue('https://www.stats.gov.cn/');
  await address.fill('https://data.stats.gov.cn/');
  await address.press('Enter');
  await expect(body.locator('a')).toHaveAttribute('href', 'https://data.stats.gov.cn/');
  await expect(body.locator('a')).toHaveText('国家统计局');

  await page.keyboard.press('ControlOrMeta+k');
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(body).toBeFocused();

  await page.keyboard.press('ControlOrMeta+k');
  await popover.getByRole('button', { name: '移除链接' }).click();
  await expect(body.locator('a')).toHaveCount(0);
  await expect(body).toHaveText('国家统计局发布数据。');
});

test('an uploaded image gets alt text and a caption and is served to readers; a text file named .png is refused', async ({ page }) => {
  const article = await openArticleInEditor(page, { status: 'PUBLISHED', bodyText: '武汉的桥。' });
  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.press('End');

  await chooseFile(page, { name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('这不是图片，只是改了名字。') });
  await expect(editorAlert(page)).toContainText('“fake.png”不是支持的图片格式（JPEG、PNG、GIF、WebP 或 AVIF）。');
  await expect(body.locator('img')).toHaveCount(0);

  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#b91c1c' } }).png().toBuffer();
  await chooseFile(page, { name: '大桥.png', mimeType: 'image/png', buffer: png });
  const image = body.locator('figure img');
  await expect(image).toHaveAttribute('src', /^\/uploads\/[0-9a-f-]{36}\.png$/);
  await expect(editorAlert(page)).toBeHidden();

  const details = page.getByRole('group', { name: '图片信息' });
  await expect(details.getByText('请填写替代文字')).toBeVisible();
  await details.getByRole('textbox', { name: '替代文字' }).fill('武汉长江大桥');
  await details.getByRole('textbox', { name: '图片说明' }).fill('图为武汉长江大桥。');
  await expect(details.getByText('请填写替代文字')).toBeHidden();
  await expect(image).toHaveAttribute('alt', '武汉长江大桥');
  await expect(body.locator('figcaption')).toHaveText('图为武汉长江大桥。');
  const src = (await image.getAttribute('src')) ?? '';

  await page.getByRole('button', { name: '更新', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已保存');
  expect((await storedBody(article.id)).json).toContain(src);

  await page.goto(`/articles/${article.slug}`);
  const published = page.locator('.article-body figure');
  await expect(published.locator('img')).toHaveAttribute('src', src);
  await expect(published.locator('img')).toHaveAttribute('alt', '武汉长江大桥');
  await expect(published.locator('figcaption')).toHaveText('图为武汉长江大桥。');
  const served = await page.request.get(src);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/png');
  expect(served.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.compare(await served.body(), png)).toBe(0);
});

test('a pasted screenshot is uploaded and put where the cursor is', async ({ page }) => {
  await openArticleInEditor(page, { status: 'DRAFT', bodyText: '截图如下：' });
  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.press('End');
  const png = await sharp({ create: { width: 12, height: 9, channels: 3, background: '#2563eb' } }).png().toBuffer();
  await body.evaluate((element, base64) => {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], '截图.png', { type: 'image/png' }));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, png.toString('base64'));

  await expect(body.locator('figure img')).toHaveAttribute('src', /^\/uploads\/[0-9a-f-]{36}\.png$/);
  await expect(body.locator('p').first()).toHaveText('截图如下：');
  await expect(page.getByRole('group', { name: '图片信息' }).getByRole('textbox', { name: '替代文字' })).toHaveValue('');
});

test('pasted HTML keeps its text and structure but not its scripts, styles and tracking', async ({ page }) => {
  await openArticleInEditor(page, { status: 'DRAFT', bodyText: '原有的一段。' });
  const body = bodyEditor(page);
  await body.click();
  // The caret must be at the end of the text before the paste, not wherever the click left it.
  await expect(body).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await expect(body.locator('p')).toHaveText(['原有的一段。', '']);
  await pasteHtml(
    page,
    '<meta charset="utf-8"><div class="post" style="color:red"><script>window.pastedScriptRan = true</script><style>p{color:red}</style>' +
      '<h2 style="font-size:30px">粘贴的小标题</h2><p style="color:red" onclick="alert(1)">第一段<b>加粗</b>，<a href="https://example.cn/a?id=1&utm_source=wx&fbclid=x">链接</a>。</p>' +
      '<ul><li>一</li><li>二</li></ul><img src="https://t.example.com/pixel.gif" width="1" height="1"></div>',
    '粘贴的小标题 第一段加粗，链接。 一 二',
  );

  await expect(body.getByRole('heading', { level: 2, name: '粘贴的小标题' })).toBeVisible();
  await expect(body.locator('p strong')).toHaveText('加粗');
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.cn/a?id=1');
  await expect(body.locator('ul > li')).toHaveText(['一', '二']);
  await expect(body).not.toContainText('color');
  await expect(body.locator('img, script, style, [style], [onclick], [class*="post"]')).toHaveCount(0);
  expect(await page.evaluate(() => 'pastedScriptRan' in window)).toBe(false);
});

test('markdown shortcuts: "## " makes a heading, "# " stays text, Ctrl+Z undoes', async ({ page }) => {
  await openArticleInEditor(page, { status: 'DRAFT', bodyText: '正文。' });
  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('## 小标题');
  await expect(body.getByRole('heading', { level: 2, name: '小标题' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type('# 井号');
  const typed = body.locator('p', { hasText: '井号' });
  await expect(typed).toHaveText('# 井号');
  await expect(body.locator('h1')).toHaveCount(0);
  await page.keyboard.type('，“引号”。');
  await expect(typed).toHaveText('# 井号，“引号”。');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(body).not.toContainText('引号');
});

// Every script the page has loaded: those in its HTML and the chunks fetched afterwards.
async function loadedScripts(page: Page, path: string): Promise<string[]> {
  await page.goto(path, { waitUntil: 'networkidle' });
  const sources = await page.evaluate(() => [
    ...new Set([
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
      ...performance.getEntriesByType('resource').filter((entry) => /\.m?js(?:\?|$)/.test(entry.name)).map((entry) => entry.name),
    ]),
  ]);
  return Promise.all(sources.map(async (source) => (await page.request.get(source)).text()));
}

const EDITOR_MARKERS = /prosemirror|tiptap/i;

test('the public article page loads none of the editor’s JavaScript', async ({ page }) => {
  // The marker check itself: the editor page's scripts do carry them.
  const article = await openArticleInEditor(page, { status: 'PUBLISHED' });
  expect((await loadedScripts(page, `/admin/articles/${article.id}`)).some((source) => EDITOR_MARKERS.test(source))).toBe(true);

  const other = await createArticle({ status: 'PUBLISHED' });
  const publicScripts = await loadedScripts(page, `/articles/${other.slug}`);
  expect(publicScripts.length).toBeGreaterThan(0);
  expect(publicScripts.filter((source) => EDITOR_MARKERS.test(source))).toEqual([]);
});
