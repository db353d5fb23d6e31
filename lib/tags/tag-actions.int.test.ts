import { beforeEach, describe, expect, it, vi } from 'vitest';
import { searchTagsAction, suggestTagsAction } from '@/app/(admin)/admin/articles/[id]/tag-actions';
import { createTestUser } from '@/lib/articles/test-article-fixtures';
import type { CurrentUser } from '@/lib/auth/get-current-user';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { foldTagName } from './fold-tag-name';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/get-current-user', () => ({ getCurrentUser: async () => session.user }));

const articleId = '00000000-0000-4000-8000-000000000001';

describe('tag picker actions', () => {
  beforeEach(async () => {
    await resetDatabase(getPrisma());
    await getPrisma().tag.create({ data: { name: '专利', slug: 'zhuan-li', nameKey: foldTagName('专利') } });
    session.user = { ...(await createTestUser('编辑')), disabled: false };
  });

  it('search and suggest for an editor', async () => {
    expect(await searchTagsAction({ query: 'zhuan' })).toMatchObject({ ok: true, data: [{ name: '专利', matchedAlias: null }] });
    const suggested = await suggestTagsAction({ articleId, title: '专利申请量创新高', bodyText: '专利授权。', tags: [] });
    expect(suggested).toEqual({ ok: true, data: [{ name: '专利', slug: 'zhuan-li', reason: 'tag' }] });
  });

  it('refuses anonymous callers', async () => {
    session.user = null;
    expect(await searchTagsAction({ query: '专利' })).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
    expect(await suggestTagsAction({ articleId, title: '专利', bodyText: '', tags: [] })).toEqual({ ok: false, error: 'UNAUTHENTICATED' });
  });

  it('names the field of bad input and searches nothing', async () => {
    expect(await searchTagsAction({ query: '专'.repeat(51) })).toEqual({ ok: false, error: 'VALIDATION', fieldErrors: { query: 'tooLong' } });
    expect(await searchTagsAction({})).toMatchObject({ ok: false, error: 'VALIDATION', fieldErrors: { query: 'invalid' } });
    expect(await suggestTagsAction({ articleId: 'x', title: '专利', bodyText: '', tags: [] })).toMatchObject({ ok: false, fieldErrors: { articleId: 'invalid' } });
    expect(await suggestTagsAction({ articleId, title: '专利', bodyText: '', tags: Array(21).fill('专利') })).toMatchObject({ ok: false, fieldErrors: { tags: 'tooLong' } });
  });
});
