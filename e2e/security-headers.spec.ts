import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { adminContentSecurityPolicy, apiContentSecurityPolicy, readerContentSecurityPolicy } from '../lib/http/content-security-policy';
import { strictTransportSecurity } from '../lib/http/security-headers';
import { bodyEditor, openArticleInEditor } from './support/editor';
import { createArticle, createUser } from './support/factories';
import { loginAs } from './support/login';
import { createTopic } from './support/topics';

const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };
// A 1×1 PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

function nonceOf(response: APIResponse): string {
  const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
  if (!nonce) throw new Error(`no nonce in the policy of ${response.url()}`);
  return nonce;
}

// Records every Content-Security-Policy violation from the start of each document.
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { __cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['no watcher']);
}

test('reader pages carry the policy without a nonce and the common headers, and are still served from the cache', async ({ page }) => {
  const topic = await createTopic();
  const article = await createArticle({ status: 'PUBLISHED', tagSlug: topic.slug });
  for (const path of [`/articles/${article.slug}`, `/zh-tw/articles/${article.slug}`, `/topics/${topic.slug}`, `/zh-tw/topics/${topic.slug}`, '/']) {
    await page.request.get(path);
    const response = await page.request.get(path);
    expect(response.headers()['x-nextjs-cache'], path).toBe('HIT');
    expect(response.headers(), path).toMatchObject({ ...common, 'content-security-policy': readerContentSecurityPolicy() });
    expect(response.headers(), path).not.toHaveProperty('strict-transport-security');
  }
});

test('a reader page runs under its policy without a single violation', async ({ page }) => {
  const article = await createArticle({ status: 'PUBLISHED' });
  const violations = await watchViolations(page);
  await page.goto(`/articles/${article.slug}`, { waitUntil: 'networkidle' });
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /\/_next\/static\/.*\.js/.test(entry.name)).length);
  expect(scripts).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
});

test('HSTS is sent when a TLS proxy says the visitor came over https', async ({ page }) => {
  for (const path of ['/', '/login', '/api/auth/csrf']) {
    const response = await page.request.get(path, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers()['strict-transport-security'], path).toBe(strictTransportSecurity);
  }
  expect((await page.request.get('/login', { headers: { 'x-forwarded-proto': 'http' } })).headers()).not.toHaveProperty('strict-transport-security');
});

test('admin, login and preview pages get a fresh nonce that Next puts on every script, and are never framed', async ({ page }) => {
  const article = await createArticle({ status: 'DRAFT' });
  const anonymous = await page.request.get('/login');
  expect(anonymous.headers()).toMatchObject({ ...common, 'content-security-policy': adminContentSecurityPolicy(nonceOf(anonymous)) });
  await loginAs(page, await createUser('ADMIN'));
  for (const path of ['/admin', `/admin/articles/${article.id}`, `/preview/articles/${article.id}`]) {
    const first = await page.request.get(path);
    const second = await page.request.get(path);
    const nonce = nonceOf(first);
    expect(nonceOf(second), path).not.toBe(nonce);
    expect(first.headers(), path).toMatchObject({ ...common, 'content-security-policy': adminContentSecurityPolicy(nonce) });
    expect(first.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    const scriptTags = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length, path).toBeGreaterThan(0);
    expect(scriptTags.filter((tag) => !tag.includes(`nonce="${nonce}"`)), path).toEqual([]);
  }
});

test('the editor loads and works under the admin policy without a violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await openArticleInEditor(page, { status: 'DRAFT', bodyText: '原有的一段。' });
  await bodyEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('补充。');
  await expect(page.getByText(/^已保存 \d{2}:\d{2}$/)).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.goto('/login', { waitUntil: 'networkidle' });
  expect(await violations()).toEqual([]);
});

test('uploaded images are served as the type their bytes say, inline under their stored name, sandboxed; polyglots are refused', async ({ page, baseURL }) => {
  await loginAs(page, await createUser('EDITOR'));
  const upload = (data: Buffer, name: string, type: string) =>
    page.request.post('/api/uploads/images', { headers: { origin: new URL(baseURL ?? '').origin, 'x-file-name': name, 'content-type': type }, data });

  const stored = await upload(png, 'photo.html', 'text/html');
  expect(stored.status()).toBe(200);
  expect(stored.headers()).toMatchObject({ ...common, 'content-security-policy': apiContentSecurityPolicy });
  const { src } = (await stored.json()) as { src: string };
  expect(src).toMatch(/^\/uploads\/[0-9a-f-]{36}\.png$/);
  const served = await page.request.get(src);
  expect(served.headers()).toMatchObject({
    ...common,
    'content-type': 'image/png',
    'content-security-policy': "default-src 'none'; sandbox",
    'content-disposition': `inline; filename="${src.slice('/uploads/'.length)}"`,
  });

  const page404 = '<!DOCTYPE html><script>alert(document.domain)</script>';
  for (const [name, bytes] of [
    ['page.png', Buffer.from(page404)],
    ['drawing.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['photo.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.from(page404)])],
  ] as const) {
    const refused = await upload(bytes, name, 'image/png');
    expect(refused.status(), name).toBe(415);
  }
});
