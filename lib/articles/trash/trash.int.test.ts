import { revalidateTag } from 'next/cache';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  emptyTrashAction,
  moveArticleToTrashAction,
  purgeArticleAction,
  restoreArticleFromTrashAction,
} from '@/app/(admin)/admin/trash/actions';
import { getPublishedArticle } from '@/lib/articles/get-published-article';
import { createTestArticle, createTestUser } from '@/lib/articles/test-article-fixtures';
import type { CurrentUser } from '@/lib/auth/get-current-user';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { listTrashedArticles } from './list-trashed-articles';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/get-current-user', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

const expiredTags = () => vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag);

async function publishedWithTopic(slug: string) {
  const article = await createTestArticle({ slug, status: 'PUBLISHED', publishedAt: new Date() });
  const tag = await getPrisma().tag.create({ data: { name: '经济', slug: 'jing-ji' } });
  await getPrisma().articleTag.create({ data: { articleId: article.id, tagId: tag.id, position: 0 } });
  await getPrisma().articleSlugRedirect.create({ data: { slug: `${slug}-old`, articleId: article.id } });
  return article;
}

describe('trash actions', () => {
  let editor: CurrentUser;
  let admin: CurrentUser;

  beforeEach(async () => {
    await resetDatabase(getPrisma());
    editor = { ...(await createTestUser('张编辑')), disabled: false };
    admin = { ...(await createTestUser('李管理', 'ADMIN')), disabled: false };
    session.user = editor;
  });
  afterEach(() => vi.clearAllMocks());

  it('moves a published article to the trash: hidden from readers, lock released, audited, pages expired', async () => {
    const article = await publishedWithTopic('jia-ge');
    await getPrisma().article.update({ where: { id: article.id }, data: { lockedById: editor.id, lockToken: 't', lockedAt: new Date(), lockSeenAt: new Date() } });
    expect(await moveArticleToTrashAction({ id: article.id })).toEqual({ ok: true, data: { id: article.id } });

    const stored = await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({ deletedById: editor.id, lockedById: null, lockToken: null, lockedAt: null, status: 'PUBLISHED' });
    expect(stored.deletedAt).toBeInstanceOf(Date);
    expect(await getPublishedArticle('jia-ge')).toBeNull();
    expect(expiredTags()).toEqual(expect.arrayContaining(['article:jia-ge', 'article:jia-ge-old', 'topic:jing-ji', 'article-lists', 'feeds']));
    const audit = await getPrisma().auditLog.findFirstOrThrow({ where: { action: 'article.delete' } });
    expect(audit).toMatchObject({ actorId: editor.id, targetId: article.id, data: { slug: 'jia-ge', status: 'PUBLISHED' } });
    expect((await listTrashedArticles()).map((row) => [row.id, row.deletedByName, row.status])).toEqual([[article.id, '张编辑', 'PUBLISHED']]);
  });

  it('restores a trashed article with its status, public again at once', async () => {
    const article = await publishedWithTopic('jia-ge');
    await moveArticleToTrashAction({ id: article.id });
    vi.mocked(revalidateTag).mockClear();
    expect(await restoreArticleFromTrashAction({ id: article.id })).toEqual({ ok: true, data: { id: article.id } });
    expect(await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ deletedAt: null, deletedById: null, status: 'PUBLISHED' });
    expect((await getPublishedArticle('jia-ge'))?.slug).toBe('jia-ge');
    expect(expiredTags()).toEqual(expect.arrayContaining(['article:jia-ge', 'topic:jing-ji']));
    expect(await getPrisma().auditLog.count({ where: { action: 'article.restore', targetId: article.id } })).toBe(1);
    expect(await listTrashedArticles()).toEqual([]);
  });

  it('expires no reader page for a draft', async () => {
    const draft = await createTestArticle();
    expect(await moveArticleToTrashAction({ id: draft.id })).toMatchObject({ ok: true });
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('answers NOT_FOUND for an article already in (or not in) the trash, or missing', async () => {
    const article = await createTestArticle();
    expect(await restoreArticleFromTrashAction({ id: article.id })).toEqual({ ok: false, error: 'NOT_FOUND' });
    await moveArticleToTrashAction({ id: article.id });
    expect(await moveArticleToTrashAction({ id: article.id })).toEqual({ ok: false, error: 'NOT_FOUND' });
    expect(await moveArticleToTrashAction({ id: crypto.randomUUID() })).toEqual({ ok: false, error: 'NOT_FOUND' });
    expect(await moveArticleToTrashAction({ id: 'not-a-uuid' })).toMatchObject({ ok: false, error: 'VALIDATION' });
  });

  it('refuses permanent deletion and emptying the trash to an editor, deleting nothing', async () => {
    const article = await createTestArticle({ deletedAt: new Date() });
    expect(await purgeArticleAction({ id: article.id })).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await emptyTrashAction({})).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await getPrisma().article.count()).toBe(1);
    expect(await getPrisma().auditLog.count()).toBe(0);
  });

  it('refuses everything to visitors who are signed out or disabled', async () => {
    const article = await createTestArticle();
    session.user = null;
    expect(await moveArticleToTrashAction({ id: article.id })).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    session.user = { ...admin, disabled: true };
    expect(await moveArticleToTrashAction({ id: article.id })).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await emptyTrashAction({})).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect((await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } })).deletedAt).toBeNull();
  });

  it('lets an admin purge a trashed article with its revisions, keeping title and slug in the audit', async () => {
    session.user = admin;
    const article = await createTestArticle({ title: '要删的', slug: 'yao-shan-de' });
    await getPrisma().revision.create({ data: { articleId: article.id, version: 1, title: '要删的', body: {}, snapshot: {}, reason: 'save' } });
    expect(await purgeArticleAction({ id: article.id })).toEqual({ ok: false, error: 'NOT_FOUND' });
    await moveArticleToTrashAction({ id: article.id });
    expect(await purgeArticleAction({ id: article.id })).toEqual({ ok: true, data: { id: article.id } });
    expect(await getPrisma().article.count()).toBe(0);
    expect(await getPrisma().revision.count()).toBe(0);
    const audit = await getPrisma().auditLog.findFirstOrThrow({ where: { action: 'article.purge' } });
    expect(audit).toMatchObject({ actorId: admin.id, targetId: article.id, data: { title: '要删的', slug: 'yao-shan-de' } });
  });

  it('lets an admin empty the trash, leaving articles outside it alone', async () => {
    session.user = admin;
    const kept = await createTestArticle();
    await createTestArticle({ deletedAt: new Date() });
    await createTestArticle({ deletedAt: new Date() });
    expect(await emptyTrashAction({})).toEqual({ ok: true, data: { count: 2 } });
    expect((await getPrisma().article.findMany()).map((article) => article.id)).toEqual([kept.id]);
    expect(await getPrisma().auditLog.findFirstOrThrow({ where: { action: 'article.empty_trash' } })).toMatchObject({ actorId: admin.id, data: { count: 2 } });
  });
});
