import { beforeEach, describe, expect, it } from 'vitest';
import { createTestArticle, createTestUser } from '@/lib/articles/test-article-fixtures';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { countTagArticles } from './count-tag-articles';
import { deleteTag } from './delete-tag';
import { createTestTag, readArticleTags, tagTestArticle } from './test-tag-fixtures';

describe('deleteTag', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('untags its articles, closing up the positions of their other tags, and keeps the articles', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const [x, doomed, y] = await Promise.all(['X', '待删', 'Y'].map((name) => createTestTag(name)));
    const child = await createTestTag('子', { parentId: doomed!.id });
    const first = await createTestArticle({ status: 'PUBLISHED', publishedAt: new Date(), slug: 'first' });
    const second = await createTestArticle();
    await tagTestArticle(first.id, [doomed!.id, x!.id, y!.id]);
    await tagTestArticle(second.id, [x!.id, doomed!.id, y!.id]);
    expect(await countTagArticles(doomed!.id)).toBe(2);

    const result = await deleteTag(admin, { id: doomed!.id });

    expect(result).toEqual({ articleCount: 2, invalidation: { slugs: ['first'], tagSlugs: [doomed!.slug] } });
    expect(await readArticleTags(first.id)).toEqual(['X@0', 'Y@1']);
    expect(await readArticleTags(second.id)).toEqual(['X@0', 'Y@1']);
    expect(await getPrisma().article.count()).toBe(2);
    expect(await getPrisma().tag.findUniqueOrThrow({ where: { id: child.id } })).toMatchObject({ parentId: null });
    expect(await getPrisma().auditLog.findFirst({ where: { action: 'tag.delete' } })).toMatchObject({
      actorId: admin.id, targetId: doomed!.id, data: { name: '待删', slug: doomed!.slug, articleCount: 2 },
    });
  });

  it('refuses a missing tag', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    await expect(deleteTag(admin, { id: crypto.randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
