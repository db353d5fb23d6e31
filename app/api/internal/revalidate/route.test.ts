import { afterEach, describe, expect, it, vi } from 'vitest';
import { deriveRevalidateKey, signatureHeader, signRevalidateBody } from '@/lib/cache/internal-revalidate-signature';
import { POST } from './route';

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock('next/cache', () => ({ revalidateTag }));

function request(body: string, secret: string): Request {
  return new Request('http://127.0.0.1/api/internal/revalidate', {
    method: 'POST',
    headers: { [signatureHeader]: signRevalidateBody(deriveRevalidateKey(secret), body) },
    body,
  });
}

describe('POST /api/internal/revalidate', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    revalidateTag.mockClear();
  });

  it('expires the tags at once when signed with the key derived from the server secret', async () => {
    vi.stubEnv('NEXTAUTH_SECRET', 'server-secret');
    const response = await POST(request(JSON.stringify({ tags: ['article:a', 'article-lists'] }), 'server-secret'));
    expect(response.status).toBe(200);
    expect(revalidateTag.mock.calls).toEqual([['article:a', { expire: 0 }], ['article-lists', { expire: 0 }]]);
  });

  it('refuses a request signed with another secret, and answers 404 when the server has none', async () => {
    vi.stubEnv('NEXTAUTH_SECRET', 'server-secret');
    expect((await POST(request(JSON.stringify({ tags: ['article:a'] }), 'guessed'))).status).toBe(403);
    vi.stubEnv('NEXTAUTH_SECRET', '');
    expect((await POST(request(JSON.stringify({ tags: ['article:a'] }), ''))).status).toBe(404);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
