import { revalidateTag } from 'next/cache';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addTagAliasAction,
  createTagAction,
  deleteTagAction,
  mergeTagsAction,
  removeTagAliasAction,
  updateTagAction,
} from '@/app/(admin)/admin/tags/actions';
import { createTestArticle, createTestUser } from '@/lib/articles/test-article-fixtures';
import type { CurrentUser } from '@/lib/auth/get-current-user';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { createTestTag, readArticleTags, tagTestArticle } from './test-tag-fixtures';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/get-current-user', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

async function tagState() {
  const prisma = getPrisma();
  const [tags, aliases, redirects, links, audits] = await Promise.all([
    prisma.tag.findMany({ orderBy: { name: 'asc' } }),
    prisma.tagAlias.count(),
    prisma.tagSlugRedirect.count(),
    prisma.articleTag.findMany({ orderBy: [{ articleId: 'asc' }, { position: 'asc' }] }),
    prisma.auditLog.count(),
  ]);
  return { tags, aliases, redirects, links, audits };
}

describe('tag admin actions', () => {
  beforeEach(async () => {
    await resetDatabase(getPrisma());
  });
  afterEach(() => vi.clearAllMocks());

  it('refuses every tag change to an editor on the server, writing nothing', async () => {
    session.user = { ...(await createTestUser('编辑', 'EDITOR')), disabled: false };
    const a = await createTestTag('A', { slug: 'a' });
    const b = await createTestTag('B', { slug: 'b' });
    const alias = await getPrisma().tagAlias.create({ data: { tagId: b.id, name: 'BB', nameKey: 'bb' } });
    const article = await createTestArticle();
    await tagTestArticle(article.id, [a.id, b.id]);
    const before = await tagState();

    const refused = { ok: false, error: 'FORBIDDEN' };
    expect(await createTagAction({ name: 'C', slug: '' })).toEqual(refused);
    expect(await updateTagAction({ id: a.id, name: 'A2', slug: 'a2' })).toEqual(refused);
    expect(await deleteTagAction({ id: a.id })).toEqual(refused);
    expect(await mergeTagsAction({ sourceId: a.id, targetId: b.id })).toEqual(refused);
    expect(await addTagAliasAction({ tagId: a.id, name: 'AA' })).toEqual(refused);
    expect(await removeTagAliasAction({ aliasId: alias.id })).toEqual(refused);

    expect(await tagState()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('refuses anyone signed out', async () => {
    session.user = null;
    expect(await createTagAction({ name: 'C', slug: '' })).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
  });

  it('lets an admin merge, and expires the pages of both topics and the articles', async () => {
    session.user = { ...(await createTestUser('管理员', 'ADMIN')), disabled: false };
    const a = await createTestTag('A', { slug: 'a' });
    const b = await createTestTag('B', { slug: 'b' });
    const article = await createTestArticle({ status: 'PUBLISHED', publishedAt: new Date(), slug: 'news' });
    await tagTestArticle(article.id, [a.id]);

    expect(await mergeTagsAction({ sourceId: a.id, targetId: b.id })).toEqual({ ok: true, data: { id: b.id, articleCount: 1 } });
    expect(await readArticleTags(article.id)).toEqual(['B@0']);
    const expired = vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag);
    expect(expired).toEqual(expect.arrayContaining(['topic:a', 'topic:b', 'article:news']));
  });

  it('answers bad input with field errors: a 500-character name, a look-alike name, merging into itself', async () => {
    session.user = { ...(await createTestUser('管理员', 'ADMIN')), disabled: false };
    const tag = await createTestTag('知识产权');
    expect(await createTagAction({ name: '长'.repeat(500), slug: '' })).toEqual({ ok: false, error: 'VALIDATION', fieldErrors: { name: 'tooLong' } });
    expect(await createTagAction({ name: '知識產權', slug: '' })).toEqual({ ok: false, error: 'VALIDATION', fieldErrors: { name: 'taken' } });
    expect(await mergeTagsAction({ sourceId: tag.id, targetId: tag.id })).toEqual({ ok: false, error: 'VALIDATION', fieldErrors: { targetId: 'invalid' } });
    expect(await getPrisma().tag.count()).toBe(1);
  });
});
