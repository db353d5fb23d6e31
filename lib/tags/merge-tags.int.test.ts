import { beforeEach, describe, expect, it } from 'vitest';
import { createTestArticle, createTestUser } from '@/lib/articles/test-article-fixtures';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { mergeTags } from './merge-tags';
import { resolveTags } from './resolve-tags';
import { createTestTag, readArticleTags, tagTestArticle } from './test-tag-fixtures';

describe('mergeTags', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('puts B where A was on every article, once, keeping the other tags and their order', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const [x, a, y, b] = await Promise.all(['X', 'A', 'Y', 'B'].map((name) => createTestTag(name)));
    const onlyA = await createTestArticle({ status: 'PUBLISHED', publishedAt: new Date(), slug: 'only-a' });
    const both = await createTestArticle();
    const onlyB = await createTestArticle();
    await tagTestArticle(onlyA.id, [x!.id, a!.id, y!.id]);
    await tagTestArticle(both.id, [a!.id, x!.id, b!.id, y!.id]);
    await tagTestArticle(onlyB.id, [b!.id, x!.id]);

    const result = await mergeTags(admin, { sourceId: a!.id, targetId: b!.id });

    expect(result).toEqual({ tagId: b!.id, articleCount: 2, invalidation: { slugs: ['only-a'], tagSlugs: [a!.slug, b!.slug] } });
    expect(await readArticleTags(onlyA.id)).toEqual(['X@0', 'B@1', 'Y@2']);
    expect(await readArticleTags(both.id)).toEqual(['X@0', 'B@1', 'Y@2']);
    expect(await readArticleTags(onlyB.id)).toEqual(['B@0', 'X@1']);
    expect(await getPrisma().tag.findUnique({ where: { id: a!.id } })).toBeNull();
  });

  it("makes A's name, aliases and slugs answer for B, and moves A's sub-tags under B", async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const source = await createTestTag('知識產權保護', { slug: 'zhi-shi-chan-quan-bao-hu' });
    const target = await createTestTag('知识产权', { slug: 'zhi-shi-chan-quan' });
    const child = await createTestTag('专利', { parentId: source.id });
    const prisma = getPrisma();
    await prisma.tagAlias.create({ data: { tagId: source.id, name: '知产保护', nameKey: '知产保护' } });
    await prisma.tagSlugRedirect.create({ data: { slug: 'ip-protection', tagId: source.id } });

    await mergeTags(admin, { sourceId: source.id, targetId: target.id });

    const aliases = await prisma.tagAlias.findMany({ where: { tagId: target.id }, orderBy: { name: 'asc' } });
    expect(aliases.map((alias) => alias.name)).toEqual(['知产保护', '知識產權保護']);
    const redirects = await prisma.tagSlugRedirect.findMany({ where: { tagId: target.id }, orderBy: { slug: 'asc' } });
    expect(redirects.map((redirect) => redirect.slug)).toEqual(['ip-protection', 'zhi-shi-chan-quan-bao-hu']);
    expect(await prisma.tag.findUniqueOrThrow({ where: { id: child.id } })).toMatchObject({ parentId: target.id });
    await prisma.$transaction(async (tx) => {
      expect(await resolveTags(tx, ['知识产权保护', '知产保护'])).toEqual([target.id]);
    });
    expect(await prisma.auditLog.findFirst({ where: { action: 'tag.merge' } })).toMatchObject({
      actorId: admin.id, targetId: target.id, data: { source: { id: source.id, slug: 'zhi-shi-chan-quan-bao-hu' } },
    });
  });

  it('lifts B out from under A instead of making it its own parent', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const region = await createTestTag('地区');
    const source = await createTestTag('湖北', { parentId: region.id });
    const middle = await createTestTag('武汉', { parentId: source.id });
    const target = await createTestTag('武昌', { parentId: middle.id });
    await mergeTags(admin, { sourceId: source.id, targetId: target.id });
    const prisma = getPrisma();
    expect(await prisma.tag.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ parentId: region.id });
    expect(await prisma.tag.findUniqueOrThrow({ where: { id: middle.id } })).toMatchObject({ parentId: target.id });
  });

  it('refuses to merge a tag into itself or into a missing tag, changing nothing', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const tag = await createTestTag('A');
    const article = await createTestArticle();
    await tagTestArticle(article.id, [tag.id]);
    await expect(mergeTags(admin, { sourceId: tag.id, targetId: tag.id })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { targetId: 'invalid' } });
    await expect(mergeTags(admin, { sourceId: tag.id, targetId: crypto.randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await readArticleTags(article.id)).toEqual(['A@0']);
    expect(await getPrisma().auditLog.count()).toBe(0);
  });
});
