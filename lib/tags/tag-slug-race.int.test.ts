import { beforeEach, describe, expect, it } from 'vitest';
import { createTestUser } from '@/lib/articles/test-article-fixtures';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { createTag } from './create-tag';
import { resolveTags } from './resolve-tags';
import { tagInputSchema } from './tag-input-schema';

// 登陆 and 登录 are different tags whose names make the same pinyin slug, deng-lu.
const sameSlugNames = ['登陆', '登录', '等路', '灯路'] as const;

describe('tags created at the same time with the same pinyin slug', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('get numbered slugs from createTag instead of failing', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const results = await Promise.allSettled(sameSlugNames.map((name) => createTag(admin, tagInputSchema.parse({ name, slug: '' }))));
    expect(results.map((result) => result.status)).toEqual(sameSlugNames.map(() => 'fulfilled'));
    const slugs = (await getPrisma().tag.findMany({ select: { slug: true } })).map((tag) => tag.slug).sort();
    expect(slugs).toEqual(['deng-lu', 'deng-lu-2', 'deng-lu-3', 'deng-lu-4']);
  });

  it('get numbered slugs from saves and imports that create them (resolveTags)', async () => {
    const results = await Promise.allSettled(
      sameSlugNames.map((name) => getPrisma().$transaction((tx) => resolveTags(tx, [name]))),
    );
    expect(results.map((result) => result.status)).toEqual(sameSlugNames.map(() => 'fulfilled'));
    expect(await getPrisma().tag.count()).toBe(sameSlugNames.length);
  });
});
