import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { database } from './support/database';
import { bodyEditor, pasteHtml } from './support/editor';
import { createArticle, createUser, type TestUser } from './support/factories';
import { loginAs } from './support/login';
import { xssMarkup, xssPage, xssText, xssTextAll } from './support/xss-corpus';

// The corpus goes in through every door (the importer, the editor, the tag admin, user names,
// search) and every page that shows it is visited with a watch on dialogs, on the sentinel
// `window.__xss`, on Content-Security-Policy violations (a payload the policy had to stop still
// got into the page) and on any event handler, frame or script URL in the DOM.

type Dialogs = string[];

async function watchForXss(page: Page): Promise<Dialogs> {
  const dialogs: Dialogs = [];
  page.on('dialog', (dialog) => {
    // Leaving the editor with changes the server refused asks first; that is the app, not a payload.
    if (dialog.type() === 'beforeunload') return void dialog.accept();
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { __cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return dialogs;
}

// Chrome reports an event-handler attribute to the page's policy as soon as any parser in the page
// reads one, even into an inert document (DOMParser, <template>) where it can never run: the
// editor's paste cleaner does exactly that with hostile paste. What reached the editor is checked
// by the DOM scan instead.
async function forgetViolations(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.splice(0));
}

async function expectInert(page: Page, dialogs: Dialogs, where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const risky: string[] = [];
    const scriptUrl = /^(?:javascript|vbscript):/i;
    // React's stand-in action on forms bound to server actions, which the script replaces.
    const reactFormAction = "javascript:throw new Error('A React form was unexpectedly submitted.";
    for (const element of document.querySelectorAll('*')) {
      if (['iframe', 'frame', 'object', 'embed'].includes(element.localName)) risky.push(`<${element.localName}>`);
      for (const { name, value } of element.attributes) {
        const url = value.replace(/[\u0000-\u0020]/g, '');
        if (name.startsWith('on') || name === 'srcdoc') risky.push(`${element.localName}[${name}]`);
        else if (value.startsWith(reactFormAction)) continue;
        else if (scriptUrl.test(url) || (/^data:/i.test(url) && !(element.localName === 'img' && name === 'src'))) risky.push(`${element.localName}[${name}=${value.slice(0, 40)}]`);
      }
    }
    const state = window as unknown as { __xss?: unknown; __cspViolations?: string[] };
    return { sentinel: state.__xss ?? null, violations: state.__cspViolations ?? ['no watcher'], risky };
  });
  expect(found, where).toEqual({ sentinel: null, violations: [], risky: [] });
  expect(dialogs, where).toEqual([]);
}

async function visit(page: Page, dialogs: Dialogs, path: string): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  await expectInert(page, dialogs, path);
}

async function createNamedUser(role: 'ADMIN' | 'EDITOR', name: string): Promise<TestUser> {
  const user = await createUser(role);
  await database().query('UPDATE users SET name = $1 WHERE id = $2', [name, user.id]);
  return user;
}

interface StoredArticle {
  id: string;
  slug: string;
  title: string;
  body: { content?: unknown[] };
}

async function findArticleByTitle(title: string): Promise<StoredArticle> {
  const { rows } = await database().query<StoredArticle>('SELECT id, slug, title, body FROM articles WHERE title = $1', [title]);
  if (!rows[0]) throw new Error(`no article titled ${title}`);
  return rows[0];
}

async function storedBody(id: string): Promise<string> {
  const { rows } = await database().query<{ body: unknown }>('SELECT body FROM articles WHERE id = $1', [id]);
  return JSON.stringify(rows[0]?.body ?? null);
}

// Every link and image address in a stored body is one the allow-list lets through.
function expectAllowedAddresses(body: string): void {
  const addresses = [...body.matchAll(/"(?:href|src)":"([^"]*)"/g)].map((match) => match[1]);
  for (const address of addresses) expect(address).toMatch(/^(?:https?:\/\/|mailto:|\/uploads\/)/);
}

const rowOf = (page: Page, fileName: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader').filter({ hasText: fileName }) });

test('a page imported through the import screen is inert on its report, in the admin, the preview and both scripts of the reader site', async ({ page }) => {
  test.setTimeout(240_000);
  const dialogs = await watchForXss(page);
  const marker = randomUUID().slice(0, 8);
  const file = `xss-${marker}.html`;
  const { title, html } = xssPage(marker);
  await loginAs(page, await createNamedUser('ADMIN', `${xssText.image}管理员`));

  await page.goto('/admin/import');
  await page.getByLabel('选择文件').setInputFiles({ name: file, mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.getByRole('button', { name: '上传并分析' }).click();
  await expect(page).toHaveURL(/\/admin\/import\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const batchUrl = page.url();
  await expect(rowOf(page, file)).toContainText('可导入', { timeout: 60_000 });
  await expectInert(page, dialogs, 'import batch');
  await rowOf(page, file).getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '导入报告' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectInert(page, dialogs, 'import report');

  await page.goto(batchUrl);
  await rowOf(page, file).getByRole('checkbox').check();
  await page.getByRole('button', { name: '导入所选并发布' }).click();
  await expect(rowOf(page, file)).toContainText('已创建', { timeout: 60_000 });
  const article = await findArticleByTitle(title);
  const body = JSON.stringify(article.body);
  expectAllowedAddresses(body);
  expect(body).toContain('链接甲');
  expect(body).not.toMatch(/javascript|vbscript|data:|onerror|srcdoc/i);

  await visit(page, dialogs, '/admin');
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  await visit(page, dialogs, `/admin/articles/${article.id}`);
  await expect(bodyEditor(page)).toContainText('链接甲');
  await expectInert(page, dialogs, 'editor with the imported body');
  await visit(page, dialogs, `/preview/articles/${article.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  for (const prefix of ['', '/zh-tw']) {
    await visit(page, dialogs, `${prefix}/articles/${article.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await visit(page, dialogs, `${prefix}/search?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  await visit(page, dialogs, '/');
});

test('HTML pasted into the editor is saved inert and shown inert; a hostile body set behind the paste cleaner is refused', async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs = await watchForXss(page);
  const marker = randomUUID().slice(0, 8);
  // Chinese that reads the same in both scripts, so the title matches on both reader sites.
  const title = `${xssText.script}文字${marker}`;
  const article = await createArticle({ status: 'DRAFT', bodyText: '原有的一段。' });
  await loginAs(page, await createNamedUser('ADMIN', `${xssText.svg}编辑者`));
  await page.goto(`/admin/articles/${article.id}`);
  const body = bodyEditor(page);
  await expect(body).toBeVisible();

  await page.getByRole('textbox', { name: '标题', exact: true }).fill(title);
  await body.click();
  await expect(body).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await pasteHtml(page, xssMarkup.map(({ markup }) => `<p>粘贴${markup}</p>`).join(''), '粘贴');
  await expect(body).toContainText('链接甲');
  await expect.poll(() => storedBody(article.id), { timeout: 20_000 }).toContain('链接甲');
  await expect(page.getByText(/^已保存 \d{2}:\d{2}$/)).toBeVisible();
  await forgetViolations(page);
  const saved = await storedBody(article.id);
  expectAllowedAddresses(saved);
  expect(saved).not.toMatch(/javascript|vbscript|data:|onerror|srcdoc/i);
  await expectInert(page, dialogs, 'editor after the paste');

  await page.getByRole('button', { name: '发布', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已发布');
  const { slug } = await findArticleByTitle(title);
  await visit(page, dialogs, `/admin/articles/${article.id}`);
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue(title);
  await visit(page, dialogs, `/preview/articles/${article.id}`);
  for (const prefix of ['', '/zh-tw']) {
    await visit(page, dialogs, `${prefix}/articles/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  await visit(page, dialogs, '/admin');
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();

  // Tiptap's own API skips the paste cleaner, as a crafted request would: the server must refuse.
  await visit(page, dialogs, `/admin/articles/${article.id}`);
  await expect(body).toBeVisible();
  const crafted = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: '恶意链接', marks: [{ type: 'link', attrs: { href: 'java\tscript:window.__xss=1' } }] }] },
      { type: 'image', attrs: { src: 'data:image/svg+xml,<svg onload="window.__xss=1"/>', alt: '', caption: null } },
    ],
  };
  await body.evaluate((element, doc) => {
    (element as unknown as { editor: { commands: { setContent: (content: unknown) => boolean } } }).editor.commands.setContent(doc);
  }, crafted);
  await expect(body).toContainText('恶意链接');
  await page.getByRole('button', { name: '更新', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('有内容未通过检查，请修改后再试。');
  expect(await storedBody(article.id)).toBe(saved);
  await expectInert(page, dialogs, 'editor holding a refused body');
});

test('tag names and descriptions typed in the tag admin stay text in the admin and on topic and article pages', async ({ page }) => {
  const dialogs = await watchForXss(page);
  const suffix = randomUUID().slice(0, 8);
  const name = `${xssText.image}${suffix}`;
  await loginAs(page, await createUser('ADMIN'));
  await page.goto('/admin/tags/new');
  await page.getByLabel('名称', { exact: true }).fill(name);
  await page.getByLabel('描述', { exact: true }).fill(xssTextAll);
  await page.getByRole('button', { name: '创建标签' }).click();
  await expect(page).toHaveURL(/\/admin\/tags\/[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`编辑标签：${name}`);
  await expectInert(page, dialogs, 'tag edit page');
  const tagId = /\/admin\/tags\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
  const { rows } = await database().query<{ slug: string }>('SELECT slug FROM tags WHERE id = $1', [tagId]);
  const tagSlug = rows[0]?.slug ?? '';
  const article = await createArticle({ status: 'PUBLISHED', title: `${xssText.svg}${suffix}`, tagSlug });

  await visit(page, dialogs, `/admin/tags?q=${suffix}`);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await visit(page, dialogs, `/admin/tags/${tagId}`);
  await expect(page.getByLabel('描述', { exact: true })).toHaveValue(xssTextAll);
  await visit(page, dialogs, `/admin/articles/${article.id}`);
  await expect(bodyEditor(page)).toBeVisible();
  await expectInert(page, dialogs, 'editor showing the tag');
  for (const prefix of ['', '/zh-tw']) {
    await visit(page, dialogs, `${prefix}/topics/${tagSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await visit(page, dialogs, `${prefix}/articles/${article.slug}`);
    await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  }
});

test('user names written straight to the database stay text on the users list and in the admin header', async ({ page }) => {
  const dialogs = await watchForXss(page);
  const names = Object.values(xssText).map((text, index) => `${text}用户${index}`);
  for (const name of names) await createNamedUser('EDITOR', name);
  await loginAs(page, await createNamedUser('ADMIN', xssTextAll));
  await visit(page, dialogs, '/admin/users');
  for (const name of names) await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  await visit(page, dialogs, '/admin');
  await expect(page.getByText(`已登录：${xssTextAll}`)).toBeVisible();
});

test('search queries and the titles they find are shown as text in both scripts', async ({ page }) => {
  const dialogs = await watchForXss(page);
  const marker = randomUUID().slice(0, 8);
  const title = `${xssText.script}${xssText.image}中文${marker}`;
  await createArticle({ status: 'PUBLISHED', title });
  for (const prefix of ['', '/zh-tw']) {
    await visit(page, dialogs, `${prefix}/search?q=${encodeURIComponent(xssTextAll)}`);
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(xssTextAll.slice(0, 100).trim());
    await visit(page, dialogs, `${prefix}/search?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
});
