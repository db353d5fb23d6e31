import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleInternalRevalidate } from './handle-internal-revalidate';
import { deriveRevalidateKey } from './internal-revalidate-signature';
import { invalidateArticlePagesFromJob, tagsForAll } from './invalidate-article-pages-from-job';

// 'outside' uses Next's real revalidateTag, which throws outside a request as in a background job.
const next = vi.hoisted(() => ({ mode: 'outside' as 'outside' | 'inside', revalidated: [] as string[] }));
vi.mock('next/cache', async (importOriginal) => {
  const actual = await importOriginal<typeof import('next/cache')>();
  return {
    ...actual,
    revalidateTag: (tag: string, profile: { expire?: number }) => {
      if (next.mode === 'outside') return actual.revalidateTag(tag, profile);
      next.revalidated.push(`${tag}@${profile.expire}`);
    },
  };
});

const secret = 'job-secret';

/** A fetch that hands the request to the route's handler, as the running server would. */
function serveInternally() {
  const served: string[] = [];
  const fetchMock = vi.fn(async (input: URL | string, init?: RequestInit) => {
    const request = new Request(input, init);
    expect(new URL(request.url).origin).toBe('http://127.0.0.1:4321');
    return handleInternalRevalidate(request, { key: deriveRevalidateKey(secret), revalidate: (tag) => served.push(tag) });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { served, fetchMock };
}

describe('tagsForAll', () => {
  it('merges the tags of several publications once each', () => {
    expect(tagsForAll([{ slugs: ['a'], tagSlugs: ['hu-bei'] }, { slugs: ['b', 'a-old'], tagSlugs: ['hu-bei', 'jing-ji'] }])).toEqual([
      'article:a', 'topic:hu-bei', 'article-lists', 'feeds', 'sitemap', 'article:b', 'article:a-old', 'topic:jing-ji',
    ]);
  });

  it('is empty when nothing public changed', () => {
    expect(tagsForAll([])).toEqual([]);
    expect(tagsForAll([{ slugs: [], tagSlugs: [] }])).toEqual([]);
  });
});

describe('invalidateArticlePagesFromJob', () => {
  beforeEach(() => {
    next.mode = 'outside';
    next.revalidated = [];
    vi.stubEnv('INKSTONE_INTERNAL_ORIGIN', 'http://127.0.0.1:4321');
    vi.stubEnv('NEXTAUTH_SECRET', secret);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it('outside a request, sends the tags to the internal route, signed so the route accepts them', async () => {
    const { served } = serveInternally();
    await invalidateArticlePagesFromJob([{ slugs: ['a'], tagSlugs: ['hu-bei'] }]);
    expect(served).toEqual(['article:a', 'topic:hu-bei', 'article-lists', 'feeds', 'sitemap']);
  });

  it('splits more than 200 tags into several requests', async () => {
    const { served, fetchMock } = serveInternally();
    const slugs = Array.from({ length: 250 }, (_, index) => `s${index}`);
    await invalidateArticlePagesFromJob([{ slugs, tagSlugs: [] }]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(served).toHaveLength(253);
  });

  it('inside a request, calls revalidateTag directly with immediate expiry', async () => {
    const { fetchMock } = serveInternally();
    next.mode = 'inside';
    await invalidateArticlePagesFromJob([{ slugs: ['a'], tagSlugs: [] }]);
    expect(next.revalidated).toEqual(['article:a@0', 'article-lists@0', 'feeds@0', 'sitemap@0']);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fails loudly when the server refuses, and does nothing without an internal origin', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 403 })));
    await expect(invalidateArticlePagesFromJob([{ slugs: ['a'], tagSlugs: [] }])).rejects.toThrow('HTTP 403');
    vi.stubEnv('INKSTONE_INTERNAL_ORIGIN', '');
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await invalidateArticlePagesFromJob([{ slugs: ['a'], tagSlugs: [] }]);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
