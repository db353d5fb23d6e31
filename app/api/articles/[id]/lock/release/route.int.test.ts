import { beforeEach, describe, expect, it } from 'vitest';
import { testSessionCookie, useTestSessionSecret } from '@/lib/auth/test-session-cookie';
import { createTestArticle, createTestUser, readArticleLock, resetArticleTestDatabase } from '@/lib/articles/test-article-fixtures';
import { POST } from './route';

const site = 'http://inkstone.test';

function release(id: string, body: string, headers: Record<string, string>): Promise<Response> {
  const request = new Request(`${site}/api/articles/${id}/lock/release`, { method: 'POST', headers: { origin: site, ...headers }, body });
  return POST(request, { params: Promise.resolve({ id }) });
}

describe('POST /api/articles/:id/lock/release', () => {
  useTestSessionSecret();
  beforeEach(() => resetArticleTestDatabase());

  async function lockedArticle() {
    const holder = await createTestUser('张三');
    const article = await createTestArticle({ lockedById: holder.id, lockToken: 'window-1', lockedAt: new Date(), lockSeenAt: new Date() });
    return { holder, article };
  }

  it('releases the lock its own window holds', async () => {
    const { holder, article } = await lockedArticle();
    const response = await release(article.id, JSON.stringify({ token: 'window-1' }), { cookie: await testSessionCookie(holder) });
    expect(response.status).toBe(204);
    expect(await readArticleLock(article.id)).toEqual({ lockToken: null, lockedById: null });
  });

  it('leaves a lock held by another window or person alone', async () => {
    const { holder, article } = await lockedArticle();
    const other = await createTestUser('李四');
    expect((await release(article.id, JSON.stringify({ token: 'window-2' }), { cookie: await testSessionCookie(holder) })).status).toBe(204);
    expect((await release(article.id, JSON.stringify({ token: 'window-1' }), { cookie: await testSessionCookie(other) })).status).toBe(204);
    expect(await readArticleLock(article.id)).toEqual({ lockToken: 'window-1', lockedById: holder.id });
  });

  it('refuses anonymous, cross-site, malformed and oversized requests without touching the lock', async () => {
    const { holder, article } = await lockedArticle();
    const cookie = await testSessionCookie(holder);
    const body = JSON.stringify({ token: 'window-1' });
    expect((await release(article.id, body, {})).status).toBe(401);
    expect((await release(article.id, body, { cookie, origin: 'https://evil.example' })).status).toBe(403);
    expect((await release(article.id, 'not json', { cookie })).status).toBe(400);
    expect((await release('not-a-uuid', body, { cookie })).status).toBe(400);
    expect((await release(article.id, JSON.stringify({ token: 'window-1', pad: 'x'.repeat(2_000) }), { cookie })).status).toBe(400);
    expect(await readArticleLock(article.id)).toEqual({ lockToken: 'window-1', lockedById: holder.id });
  });
});
