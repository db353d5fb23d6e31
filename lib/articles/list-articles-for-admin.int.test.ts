import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { adminArticleListQuerySchema, adminArticlePageSize, listArticlesForAdmin } from './list-articles-for-admin';
import type { Actor } from '@/lib/auth/can';
import { createTestArticle, createTestUser } from './test-article-fixtures';

describe('adminArticleListQuerySchema', () => {
  it.each<[Record<string, unknown>, { status?: string; page: number }]>([
    [{}, { page: 1 }],
    [{ status: 'SCHEDULED', page: '3' }, { status: 'SCHEDULED', page: 3 }],
    [{ status: 'scheduled' }, { page: 1 }],
    [{ status: ['DRAFT', 'PUBLISHED'] }, { page: 1 }],
    [{ page: '0' }, { page: 1 }],
    [{ page: '-2' }, { page: 1 }],
    [{ page: '2.5' }, { page: 1 }],
    [{ page: 'abc' }, { page: 1 }],
    [{ page: '1e9' }, { page: 1 }],
    [{ page: ['2', '3'] }, { page: 1 }],
  ])('reads %j as %j', (params, expected) => {
    expect(adminArticleListQuerySchema.parse(params)).toEqual(expected);
  });
});

describe('listArticlesForAdmin', () => {
  let editor: Actor;

  beforeEach(async () => {
    await resetDatabase(getPrisma());
    editor = await createTestUser('编辑');
  });

  it('leaves out trashed articles and filters by status', async () => {
    const draft = await createTestArticle({ title: '草稿' });
    const scheduled = await createTestArticle({ title: '定时', status: 'SCHEDULED', scheduledAt: new Date('2099-01-01T00:00:00Z') });
    await createTestArticle({ title: '回收站里的', deletedAt: new Date() });
    const all = await listArticlesForAdmin(editor, { page: 1 });
    expect(all.articles.map((article) => article.id).sort()).toEqual([draft.id, scheduled.id].sort());
    const onlyScheduled = await listArticlesForAdmin(editor, { status: 'SCHEDULED', page: 1 });
    expect(onlyScheduled.articles).toEqual([expect.objectContaining({ id: scheduled.id, scheduledAt: new Date('2099-01-01T00:00:00Z') })]);
    expect(onlyScheduled.hasNextPage).toBe(false);
  });

  it('pages by 50, newest update first, without repeating or skipping an article', async () => {
    const base = Date.UTC(2026, 0, 1);
    for (let index = 0; index < adminArticlePageSize + 3; index += 1) {
      await createTestArticle({ title: `文章 ${index}`, updatedAt: new Date(base + index * 1000) });
    }
    const first = await listArticlesForAdmin(editor, { page: 1 });
    const second = await listArticlesForAdmin(editor, { page: 2 });
    expect(first.articles).toHaveLength(adminArticlePageSize);
    expect(first.hasNextPage).toBe(true);
    expect(first.articles[0]?.title).toBe(`文章 ${adminArticlePageSize + 2}`);
    expect(second.articles.map((article) => article.title)).toEqual(['文章 2', '文章 1', '文章 0']);
    expect(second.hasNextPage).toBe(false);
    expect((await listArticlesForAdmin(editor, { page: 9 })).articles).toEqual([]);
  });

  it('lists every article for an editor, and only their own for a contributor', async () => {
    const contributor = await createTestUser('撰稿人', 'CONTRIBUTOR');
    const own = await createTestArticle({ title: '自己的草稿', createdById: contributor.id });
    const ownPublished = await createTestArticle({ title: '自己的已发布', createdById: contributor.id, status: 'PUBLISHED', publishedAt: new Date() });
    const others = await createTestArticle({ title: '别人的草稿', createdById: editor.id });
    const imported = await createTestArticle({ title: '命令行导入的' });
    const ids = async (actor: Actor, status?: 'DRAFT') => (await listArticlesForAdmin(actor, { page: 1, status })).articles.map((article) => article.id).sort();
    expect(await ids(contributor)).toEqual([own.id, ownPublished.id].sort());
    expect(await ids(contributor, 'DRAFT')).toEqual([own.id]);
    expect(await ids(editor)).toEqual([own.id, ownPublished.id, others.id, imported.id].sort());
  });
});
