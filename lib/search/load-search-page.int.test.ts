import { cacheLife, cacheTag, revalidateTag } from 'next/cache';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveArticleAction } from '@/app/(admin)/admin/articles/[id]/actions';
import { createTestArticle, createTestUser } from '@/lib/articles/test-article-fixtures';
import { paragraphs, saveRequest } from '@/lib/articles/test-save-input';
import type { CurrentUser } from '@/lib/auth/get-current-user';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { loadCachedSearchResults } from './load-cached-search-results';
import { loadSearchPage } from './load-search-page';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/get-current-user', () => ({ getCurrentUser: async () => session.user }));
// Outside Next, 'use cache' is inert and these only record what the cached function declares.
vi.mock('next/cache', () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('@/lib/jobs/enqueue-scheduled-publish', () => ({ enqueueScheduledPublish: vi.fn(async () => {}) }));
vi.mock('./load-cached-search-results', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./load-cached-search-results')>();
  return { loadCachedSearchResults: vi.fn(actual.loadCachedSearchResults) };
});

const titlesOf = async (q: string) => (await loadSearchPage({ q })).result?.items.map((item) => item.title) ?? [];
const cachedUnder = () => vi.mocked(cacheTag).mock.calls.flat();
const expired = () => vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag);

describe('loadSearchPage and its cache', () => {
  beforeEach(async () => {
    await resetDatabase(getPrisma());
    session.user = { ...(await createTestUser('编辑')), disabled: false };
  });
  afterEach(() => vi.clearAllMocks());

  it('caches results for the search cache life, under tags that a publish and an unpublish in the editor expire', async () => {
    const article = await createTestArticle({ title: '商标新规草稿' });
    expect(await titlesOf('商标新规')).toEqual([]);
    expect(cacheLife).toHaveBeenCalledWith('search');
    expect(cachedUnder()).toEqual(expect.arrayContaining(['reader', 'article-lists']));

    const published = await saveArticleAction(saveRequest(article.id, { intent: 'publish', title: '商标新规发布', body: paragraphs('新规今日施行。') }));
    expect(published).toMatchObject({ ok: true });
    // The cached empty result carries a tag the publish expired, so the next search runs again.
    expect(expired().filter((tag) => cachedUnder().includes(tag))).toContain('article-lists');
    expect(await titlesOf('商标新规')).toEqual(['商标新规发布']);

    vi.mocked(revalidateTag).mockClear();
    expect(await saveArticleAction(saveRequest(article.id, { intent: 'unpublish', baseVersion: 2, title: '商标新规发布', body: paragraphs('新规今日施行。') }))).toMatchObject({ ok: true });
    expect(expired()).toContain('article-lists');
    expect(await titlesOf('商标新规')).toEqual([]);
  });

  it('reads the cache by the normalised query: Traditional, Simplified and respaced spellings share one entry', async () => {
    for (const q of ['知識產權 保護', '知识产权 保护', '  知识产权　　保护 ', '知识产权，保护']) await loadSearchPage({ q, page: '2' });
    const keys = vi.mocked(loadCachedSearchResults).mock.calls.map((args) => JSON.stringify(args));
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    await loadSearchPage({ q: '知识产权 保护' });
    await loadSearchPage({ q: '知识 产权保护' });
    const [, , , , pageOne, otherWords] = vi.mocked(loadCachedSearchResults).mock.calls;
    expect(pageOne?.[1]).toBe(1);
    expect(otherWords?.[0]).not.toEqual(pageOne?.[0]);
  });
});
