import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createArticleAction, saveArticleAction } from '@/app/(admin)/admin/articles/[id]/actions';
import type { CurrentUser } from '@/lib/auth/get-current-user';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { saveArticle } from './save-article';
import { articleWriteState, createTestArticle, createTestUser } from './test-article-fixtures';
import { saveInput, saveRequest } from './test-save-input';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/get-current-user', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));
vi.mock('@/lib/jobs/enqueue-scheduled-publish', () => ({ enqueueScheduledPublish: vi.fn(async () => {}) }));

const publishable = { title: '长江生态', slug: 'chang-jiang', scheduledAt: '2099-01-01T08:00' };

describe('a contributor saving articles', () => {
  let contributor: CurrentUser;
  let editor: CurrentUser;

  beforeEach(async () => {
    await resetDatabase(getPrisma());
    contributor = { ...(await createTestUser('撰稿人', 'CONTRIBUTOR')), disabled: false };
    editor = { ...(await createTestUser('编辑')), disabled: false };
    session.user = contributor;
  });
  afterEach(() => vi.clearAllMocks());

  it('creates a draft and saves it, by hand and in the background', async () => {
    const created = await createArticleAction({});
    if (!created.ok) throw new Error(`create failed: ${created.error}`);
    const { id } = created.data;
    expect(await saveArticleAction(saveRequest(id, { title: '我的草稿', intent: 'autosave' }))).toMatchObject({ ok: true, data: { status: 'DRAFT', version: 2 } });
    expect(await saveArticleAction(saveRequest(id, { title: '我的草稿（改）', baseVersion: 2 }))).toMatchObject({ ok: true, data: { status: 'DRAFT', version: 3 } });
    expect(await getPrisma().article.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: '我的草稿（改）', createdById: contributor.id, status: 'DRAFT', publishedAt: null });
  });

  it.each(['publish', 'schedule', 'unpublish', 'archive'] as const)('may not %s their own draft: refused, nothing written', async (intent) => {
    const draft = await createTestArticle({ createdById: contributor.id });
    const before = await articleWriteState(draft.id);
    expect(await saveArticleAction(saveRequest(draft.id, { ...publishable, intent }))).toEqual({ ok: false, error: 'FORBIDDEN' });
    await expect(saveArticle(contributor, saveInput(draft.id, { ...publishable, intent }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await articleWriteState(draft.id)).toEqual(before);
  });

  it.each([
    ['another’s draft', 'DRAFT', 'other'],
    ['an article with no recorded author', 'DRAFT', 'none'],
    ['their own scheduled article', 'SCHEDULED', 'own'],
    ['their own published article', 'PUBLISHED', 'own'],
    ['their own archived article', 'ARCHIVED', 'own'],
  ] as const)('may not change %s: refused by the action and by saveArticle itself', async (_name, status, author) => {
    const createdById = author === 'own' ? contributor.id : author === 'other' ? editor.id : null;
    const article = await createTestArticle({ createdById, status, publishedAt: status === 'PUBLISHED' || status === 'ARCHIVED' ? new Date() : null });
    const before = await articleWriteState(article.id);
    expect(await saveArticleAction(saveRequest(article.id, { title: '改掉' }))).toEqual({ ok: false, error: 'FORBIDDEN' });
    await expect(saveArticle(contributor, saveInput(article.id, { title: '改掉' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await articleWriteState(article.id)).toEqual(before);
  });

  it('is refused once an editor has published their draft, even with the current version', async () => {
    const draft = await createTestArticle({ createdById: contributor.id });
    expect(await saveArticle(editor, saveInput(draft.id, { ...publishable, intent: 'publish' }))).toMatchObject({ status: 'PUBLISHED', version: 2 });
    expect(await saveArticleAction(saveRequest(draft.id, { ...publishable, baseVersion: 2 }))).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await getPrisma().article.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ title: '长江生态', version: 2 });
  });

  it('attaches existing tags (by another script or an alias) but creates none', async () => {
    const prisma = getPrisma();
    const tag = await prisma.tag.create({ data: { name: '知识产权', nameKey: '知识产权', slug: 'zhi-shi-chan-quan' } });
    await prisma.tagAlias.create({ data: { tagId: tag.id, name: '知产', nameKey: '知产' } });
    const draft = await createTestArticle({ createdById: contributor.id });
    const before = await articleWriteState(draft.id);
    expect(await saveArticleAction(saveRequest(draft.id, { tags: '知識產權, 新标签' }))).toEqual({ ok: false, error: 'FORBIDDEN', fieldErrors: { tags: 'invalid' } });
    expect(await articleWriteState(draft.id)).toEqual(before);
    expect(await saveArticleAction(saveRequest(draft.id, { tags: '知識產權, 知产' }))).toMatchObject({ ok: true });
    expect(await prisma.articleTag.findMany({ where: { articleId: draft.id }, select: { tagId: true } })).toEqual([{ tagId: tag.id }]);
    expect(await prisma.tag.count()).toBe(1);
  });

  it('leaves an editor free to publish and to create tags', async () => {
    session.user = editor;
    const draft = await createTestArticle({ createdById: contributor.id });
    expect(await saveArticleAction(saveRequest(draft.id, { ...publishable, tags: '新标签', intent: 'publish' }))).toMatchObject({ ok: true, data: { status: 'PUBLISHED' } });
    expect(await getPrisma().tag.count()).toBe(1);
  });
});
