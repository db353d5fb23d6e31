import { beforeEach, describe, expect, it } from 'vitest';
import { createTestArticle, createTestUser } from '@/lib/articles/test-article-fixtures';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { createTag } from './create-tag';
import { tagInputSchema, updateTagInputSchema } from './tag-input-schema';
import { createTestTag, tagTestArticle } from './test-tag-fixtures';
import { updateTag } from './update-tag';

const input = (fields: object) => tagInputSchema.parse({ slug: '', ...fields });
const edit = (id: string, fields: object) => updateTagInputSchema.parse({ id, slug: '', ...fields });

describe('createTag and updateTag', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('creates a tag with a pinyin slug, a name key and an audit entry', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const { tag, invalidation } = await createTag(admin, input({ name: '知识产权', description: '<b>不是粗体</b>' }));
    expect(tag).toMatchObject({ name: '知识产权', nameKey: '知识产权', slug: 'zhi-shi-chan-quan', description: '<b>不是粗体</b>' });
    expect(invalidation).toEqual({ slugs: [], tagSlugs: ['zhi-shi-chan-quan'] });
    expect(await getPrisma().auditLog.findFirst({ where: { action: 'tag.create' } })).toMatchObject({ actorId: admin.id, targetId: tag.id });
  });

  it('refuses a name that differs from a tag or an alias only by script, width or spaces', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const existing = await createTestTag('知识产权');
    await getPrisma().tagAlias.create({ data: { tagId: existing.id, name: 'AI', nameKey: 'ai' } });
    for (const name of ['知識產權', '知识 产权', 'ＡＩ', 'ai']) {
      await expect(createTag(admin, input({ name }))).rejects.toMatchObject({
        code: 'VALIDATION', fieldErrors: { name: 'taken' }, message: expect.stringContaining('知识产权'),
      });
    }
    expect(await getPrisma().tag.count()).toBe(1);
  });

  it("refuses a slug that is another tag's slug or old slug", async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const other = await createTestTag('甲', { slug: 'jia' });
    await getPrisma().tagSlugRedirect.create({ data: { slug: 'old-jia', tagId: other.id } });
    for (const slug of ['jia', 'old-jia']) {
      await expect(createTag(admin, input({ name: '乙', slug }))).rejects.toMatchObject({ fieldErrors: { slug: 'taken' } });
    }
    const { tag } = await createTag(admin, input({ name: '甲 ' + '乙' }));
    expect(tag.slug).toBe('jia-yi');
  });

  it('renames the slug, keeps the old one as a redirect and expires the published articles', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const tag = await createTestTag('湖北', { slug: 'hubei' });
    await getPrisma().tagSlugRedirect.create({ data: { slug: 'hu-bei', tagId: tag.id } });
    const published = await createTestArticle({ status: 'PUBLISHED', publishedAt: new Date(), slug: 'pub' });
    const draft = await createTestArticle();
    await tagTestArticle(published.id, [tag.id]);
    await tagTestArticle(draft.id, [tag.id]);

    const result = await updateTag(admin, edit(tag.id, { name: '湖北省', slug: 'hu-bei' }));

    expect(result.tag).toMatchObject({ name: '湖北省', nameKey: '湖北省', slug: 'hu-bei' });
    expect(result.invalidation).toEqual({ slugs: ['pub'], tagSlugs: ['hubei', 'hu-bei'] });
    const redirects = await getPrisma().tagSlugRedirect.findMany({ select: { slug: true, tagId: true } });
    expect(redirects).toEqual([{ slug: 'hubei', tagId: tag.id }]);
    expect(await getPrisma().auditLog.findFirst({ where: { action: 'tag.update' } })).toMatchObject({
      data: { changed: ['name', 'slug'], before: { name: '湖北', slug: 'hubei' } },
    });
  });

  it('keeps the slug when none is given, and lets a tag keep its own name in another script', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const tag = await createTestTag('知识产权', { slug: 'ip' });
    const { tag: updated } = await updateTag(admin, edit(tag.id, { name: '知識產權' }));
    expect(updated).toMatchObject({ name: '知識產權', slug: 'ip' });
    expect(await getPrisma().tagSlugRedirect.count()).toBe(0);
  });

  it('refuses a parent that would make a cycle: itself, or its own descendant', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const a = await createTestTag('A');
    const b = await createTestTag('B', { parentId: a.id });
    const c = await createTestTag('C', { parentId: b.id });
    for (const parentId of [a.id, b.id, c.id, crypto.randomUUID()]) {
      await expect(updateTag(admin, edit(a.id, { name: 'A', parentId }))).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { parentId: 'invalid' } });
    }
    expect(await getPrisma().tag.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ parentId: null });
    const { tag } = await updateTag(admin, edit(c.id, { name: 'C', parentId: a.id }));
    expect(tag.parentId).toBe(a.id);
  });

  it('refuses to edit a missing tag', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    await expect(updateTag(admin, edit(crypto.randomUUID(), { name: 'X' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
