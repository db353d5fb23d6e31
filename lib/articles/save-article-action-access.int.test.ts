import { revalidateTag } from 'next/cache';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createArticleAction, saveArticleAction } from '@/app/(admin)/admin/articles/[id]/actions';
import { can, type Action, type Actor } from '@/lib/auth/can';
import type { CurrentUser } from '@/lib/auth/get-current-user';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { enqueueScheduledPublish } from '@/lib/jobs/enqueue-scheduled-publish';
import { articleWriteState, createTestArticle, createTestUser } from './test-article-fixtures';
import { saveInput } from './test-save-input';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/get-current-user', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));
vi.mock('@/lib/jobs/enqueue-scheduled-publish', () => ({ enqueueScheduledPublish: vi.fn(async () => {}) }));
vi.mock('@/lib/auth/can', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/auth/can')>();
  return { ...actual, can: vi.fn(actual.can) };
});

const request = (id: string, overrides: Parameters<typeof saveInput>[1] = {}) => ({ ...saveInput(id, overrides), tags: overrides.tags ?? '' });

describe('saveArticleAction: access and side effects', () => {
  let realCan: (actor: Actor | null, action: Action) => boolean;

  beforeEach(async () => {
    await resetDatabase(getPrisma());
    realCan = (await vi.importActual<typeof import('@/lib/auth/can')>('@/lib/auth/can')).can;
    vi.mocked(can).mockImplementation(realCan);
    session.user = { ...(await createTestUser('编辑')), disabled: false };
  });
  afterEach(() => vi.clearAllMocks());

  it('lets an editor publish, and expires the reader pages of the article and its topics', async () => {
    const article = await createTestArticle({ slug: 'fa-bu' });
    const result = await saveArticleAction(request(article.id, { intent: 'publish', slug: 'fa-bu', tags: '湖北' }));
    expect(result).toMatchObject({ ok: true, data: { status: 'PUBLISHED', invalidation: { slugs: ['fa-bu'], tagSlugs: ['hu-bei'] } } });
    const expired = vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag);
    expect(expired).toEqual(expect.arrayContaining(['article:fa-bu', 'topic:hu-bei', 'article-lists', 'feeds']));
  });

  it('does not expire reader pages for a draft save', async () => {
    const article = await createTestArticle();
    expect(await saveArticleAction(request(article.id))).toMatchObject({ ok: true });
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it.each(['publish', 'unpublish', 'schedule', 'archive'] as const)(
    'refuses intent %s to someone who may edit but not publish, writing nothing',
    async (intent) => {
      vi.mocked(can).mockImplementation((actor, action) => action !== 'article:publish' && realCan(actor, action));
      const article = await createTestArticle({ status: 'PUBLISHED', publishedAt: new Date() });
      const before = await articleWriteState(article.id);
      expect(await saveArticleAction(request(article.id, { intent, scheduledAt: '2099-01-01T08:00' }))).toEqual({ ok: false, error: 'FORBIDDEN' });
      expect(await articleWriteState(article.id)).toEqual(before);
      expect(await saveArticleAction(request(article.id))).toMatchObject({ ok: true });
    },
  );

  it('refuses anyone signed out or disabled', async () => {
    const article = await createTestArticle();
    session.user = null;
    expect(await saveArticleAction(request(article.id))).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    expect(await createArticleAction({})).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    session.user = { ...(await createTestUser('停用')), disabled: true };
    expect(await saveArticleAction(request(article.id))).toEqual({ ok: false, error: 'FORBIDDEN' });
  });

  it('asks the job queue to wake at the scheduled time (Asia/Shanghai by default)', async () => {
    const article = await createTestArticle();
    const result = await saveArticleAction(request(article.id, { intent: 'schedule', scheduledAt: '2099-01-01T08:00' }));
    expect(result).toMatchObject({ ok: true, data: { status: 'SCHEDULED', scheduledAt: '2099-01-01T00:00:00.000Z' } });
    expect(enqueueScheduledPublish).toHaveBeenCalledWith(new Date('2099-01-01T00:00:00.000Z'));
  });

  it('keeps a schedule saved when the job queue cannot be reached', async () => {
    vi.mocked(enqueueScheduledPublish).mockRejectedValueOnce(new Error('queue down'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const article = await createTestArticle();
    const result = await saveArticleAction(request(article.id, { intent: 'schedule', scheduledAt: '2099-01-01T08:00' }));
    expect(result).toMatchObject({ ok: true, data: { status: 'SCHEDULED' } });
    expect(logged).toHaveBeenCalled();
    expect(await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: 'SCHEDULED', version: 2 });
    logged.mockRestore();
  });

  it('creates an empty draft for the editor to open', async () => {
    const result = await createArticleAction({});
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : '';
    expect(await getPrisma().article.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: '', status: 'DRAFT', slugAuto: true, createdById: session.user?.id });
  });
});
