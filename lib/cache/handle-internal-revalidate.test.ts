import { describe, expect, it } from 'vitest';
import { handleInternalRevalidate } from './handle-internal-revalidate';
import { deriveRevalidateKey, signatureHeader, signRevalidateBody } from './internal-revalidate-signature';

const key = deriveRevalidateKey('secret');

function signedRequest(body: string, signature = signRevalidateBody(key, body)): Request {
  return new Request('http://127.0.0.1:3000/api/internal/revalidate', { method: 'POST', headers: { [signatureHeader]: signature }, body });
}

async function run(request: Request, options: { key?: Buffer | null } = {}) {
  const revalidated: string[] = [];
  const response = await handleInternalRevalidate(request, { key: options.key === undefined ? key : options.key, revalidate: (tag) => revalidated.push(tag) });
  return { status: response.status, revalidated };
}

describe('handleInternalRevalidate', () => {
  it('expires each tag of a signed request once', async () => {
    const result = await run(signedRequest(JSON.stringify({ tags: ['article:a', 'topic:b', 'article:a'] })));
    expect(result).toEqual({ status: 200, revalidated: ['article:a', 'topic:b'] });
  });

  it('looks like a missing page without a signature or without a configured secret', async () => {
    const body = JSON.stringify({ tags: ['article:a'] });
    expect(await run(new Request('http://x/api/internal/revalidate', { method: 'POST', body }))).toEqual({ status: 404, revalidated: [] });
    expect(await run(signedRequest(body), { key: null })).toEqual({ status: 404, revalidated: [] });
  });

  it('refuses a wrong signature, and a body other than the signed one', async () => {
    const body = JSON.stringify({ tags: ['article:a'] });
    const other = signRevalidateBody(deriveRevalidateKey('other secret'), body);
    expect(await run(signedRequest(body, other))).toEqual({ status: 403, revalidated: [] });
    const signedForAnother = signRevalidateBody(key, JSON.stringify({ tags: ['article:b'] }));
    expect(await run(signedRequest(body, signedForAnother))).toEqual({ status: 403, revalidated: [] });
  });

  it.each([
    ['not JSON', 'tags=article:a'],
    ['no tags', JSON.stringify({ tags: [] })],
    ['an unknown field', JSON.stringify({ tags: ['article:a'], paths: ['/'] })],
    ['a tag over 200 characters', JSON.stringify({ tags: ['t'.repeat(201)] })],
    ['more than 200 tags', JSON.stringify({ tags: Array.from({ length: 201 }, (_, index) => `article:${index}`) })],
    ['a non-string tag', JSON.stringify({ tags: [42] })],
  ])('rejects a signed body with %s without expiring anything', async (_label, body) => {
    expect(await run(signedRequest(body))).toEqual({ status: 400, revalidated: [] });
  });

  it('accepts the largest valid body: 200 tags of 200 characters', async () => {
    const tags = Array.from({ length: 200 }, (_, index) => `${index}:`.padEnd(200, 'x'));
    const result = await run(signedRequest(JSON.stringify({ tags })));
    expect(result.status).toBe(200);
    expect(result.revalidated).toHaveLength(200);
  });
});
