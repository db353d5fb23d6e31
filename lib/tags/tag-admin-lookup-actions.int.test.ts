import { beforeEach, describe, expect, it, vi } from 'vitest';
import { countTagArticlesAction, findLookalikeTagAction, searchTagsForAdminAction } from '@/app/(admin)/admin/tags/actions';
import { createTestArticle, createTestUser } from '@/lib/articles/test-article-fixtures';
import type { CurrentUser } from '@/lib/auth/get-current-user';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { createTestTag, tagTestArticle } from './test-tag-fixtures';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/get-current-user', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

const signIn = async (role: 'ADMIN' | 'EDITOR') => {
  session.user = { ...(await createTestUser(role === 'ADMIN' ? '管理员' : '编辑', role)), disabled: false };
};

describe('the tag admin pages\' helper actions', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('name the tag a look-alike name belongs to, by name or alias, leaving out the tag being edited', async () => {
    await signIn('ADMIN');
    const tag = await createTestTag('知识产权');
    await getPrisma().tagAlias.create({ data: { tagId: tag.id, name: '知产', nameKey: '知产' } });
    await createTestTag('知识产权保护');

    expect(await findLookalikeTagAction({ name: '知識產權' })).toEqual({ ok: true, data: { id: tag.id, name: '知识产权' } });
    expect(await findLookalikeTagAction({ name: '知產' })).toEqual({ ok: true, data: { id: tag.id, name: '知识产权' } });
    expect(await findLookalikeTagAction({ name: '知识产权', exceptId: tag.id })).toEqual({ ok: true, data: null });
    expect(await findLookalikeTagAction({ name: '知识' })).toEqual({ ok: true, data: null });
  });

  it('count a tag\'s articles, trash included, and search tags for the pickers', async () => {
    await signIn('ADMIN');
    const tag = await createTestTag('知识产权', { slug: 'zhi-shi-chan-quan' });
    for (const data of [{}, { deletedAt: new Date() }]) await tagTestArticle((await createTestArticle(data)).id, [tag.id]);

    expect(await countTagArticlesAction({ id: tag.id })).toEqual({ ok: true, data: { articleCount: 2 } });
    expect(await searchTagsForAdminAction({ query: 'zhishi' })).toEqual({
      ok: true, data: [{ id: tag.id, name: '知识产权', slug: 'zhi-shi-chan-quan', matchedAlias: null }],
    });
  });

  it('refuse editors', async () => {
    await signIn('EDITOR');
    const tag = await createTestTag('知识产权');
    const refused = { ok: false, error: 'FORBIDDEN' };
    expect(await countTagArticlesAction({ id: tag.id })).toEqual(refused);
    expect(await findLookalikeTagAction({ name: '知識產權' })).toEqual(refused);
    expect(await searchTagsForAdminAction({ query: '知识' })).toEqual(refused);
  });
});
