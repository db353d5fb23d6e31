import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import type { ArticleStatus } from '@/lib/db/generated/client';
import { resetDatabase } from '@/lib/db/test-database';
import { listTagsForAdmin } from './list-tags-for-admin';
import { createTestTag, tagTestArticle } from './test-tag-fixtures';

async function createArticle(status: ArticleStatus, tagIds: string[], options: { isTrashed?: boolean } = {}) {
  const slug = `a-${randomBytes(4).toString('hex')}`;
  const article = await getPrisma().article.create({
    data: { title: slug, slug, body: { type: 'doc', content: [] }, bodyText: '', status, deletedAt: options.isTrashed ? new Date() : null },
  });
  await tagTestArticle(article.id, tagIds);
}

const names = (result: Awaited<ReturnType<typeof listTagsForAdmin>>) => result.tags.map((tag) => tag.name);

describe('listTagsForAdmin', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('counts public articles and all articles outside the trash, and names the parent', async () => {
    const parent = await createTestTag('知识产权');
    const tag = await createTestTag('专利', { parentId: parent.id, featured: true });
    await createArticle('PUBLISHED', [tag.id, parent.id]);
    await createArticle('PUBLISHED', [tag.id]);
    await createArticle('DRAFT', [tag.id]);
    await createArticle('SCHEDULED', [tag.id]);
    await createArticle('PUBLISHED', [tag.id], { isTrashed: true });
    await createArticle('DRAFT', [tag.id], { isTrashed: true });

    const { tags, total, pageCount } = await listTagsForAdmin();
    expect(total).toBe(2);
    expect(pageCount).toBe(1);
    expect(tags).toEqual([
      expect.objectContaining({ name: '专利', slug: tag.slug, featured: true, parent: { id: parent.id, name: '知识产权' }, publishedCount: 2, articleCount: 4 }),
      expect.objectContaining({ name: '知识产权', featured: false, parent: null, publishedCount: 1, articleCount: 1 }),
    ]);
    // The count sorts give the same counts as the name sort.
    expect((await listTagsForAdmin({ sort: 'articles' })).tags).toEqual(tags);
  });

  it('finds tags by name in either script, by alias and by slug', async () => {
    const ip = await createTestTag('知识产权', { slug: 'zhi-shi-chan-quan' });
    await getPrisma().tagAlias.create({ data: { tagId: ip.id, name: '智財', nameKey: '智财' } });
    await createTestTag('商标', { slug: 'shang-biao' });
    await createTestTag('100%纯', { slug: 'bai-fen-bai' });

    expect(names(await listTagsForAdmin({ q: '知識' }))).toEqual(['知识产权']);
    expect(names(await listTagsForAdmin({ q: '智财' }))).toEqual(['知识产权']);
    expect(names(await listTagsForAdmin({ q: ' 智財 ' }))).toEqual(['知识产权']);
    expect(names(await listTagsForAdmin({ q: 'SHANG-B' }))).toEqual(['商标']);
    // LIKE wildcards in the query are literal.
    expect(names(await listTagsForAdmin({ q: '%' }))).toEqual(['100%纯']);
    const none = await listTagsForAdmin({ q: '没有' });
    expect(none).toMatchObject({ tags: [], total: 0, pageCount: 1 });
  });

  it('sorts by article counts, published counts and last update', async () => {
    const [a, b, c] = [await createTestTag('甲'), await createTestTag('乙'), await createTestTag('丙')];
    await createArticle('DRAFT', [b.id]);
    await createArticle('DRAFT', [b.id]);
    await createArticle('PUBLISHED', [c.id]);
    await getPrisma().tag.update({ where: { id: a.id }, data: { description: '新' } });

    expect(names(await listTagsForAdmin({ sort: 'articles' }))).toEqual(['乙', '丙', '甲']);
    expect(names(await listTagsForAdmin({ sort: 'published' }))).toEqual(['丙', '乙', '甲']);
    expect(names(await listTagsForAdmin({ sort: 'updated' }))[0]).toBe('甲');
  });

  it('pages 50 at a time with the total, and treats a malformed query as the default', async () => {
    await getPrisma().tag.createMany({
      data: Array.from({ length: 120 }, (_, index) => {
        const name = `标签${String(index).padStart(3, '0')}`;
        return { name, nameKey: name, slug: `tag-${index}` };
      }),
    });
    const second = await listTagsForAdmin({ page: 2 });
    expect(second).toMatchObject({ total: 120, pageCount: 3 });
    expect(second.tags).toHaveLength(50);
    expect(second.tags[0]?.name).toBe('标签050');
    const third = await listTagsForAdmin({ page: '3' });
    expect(third.tags.map((tag) => tag.name)).toEqual(Array.from({ length: 20 }, (_, index) => `标签${100 + index}`));
    // Past the end: no rows, but the total is still known.
    expect(await listTagsForAdmin({ page: 9 })).toMatchObject({ tags: [], total: 120, pageCount: 3 });

    for (const garbage of [{ page: '-1' }, { page: 'abc' }, { page: '1e9' }, { page: ['2', '3'] }, { sort: 'drop table', q: 'x'.repeat(101) }]) {
      const result = await listTagsForAdmin(garbage);
      expect(result.total).toBe(120);
      expect(result.tags[0]?.name).toBe('标签000');
    }
  });
});
