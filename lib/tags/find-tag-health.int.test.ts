import { beforeEach, describe, expect, it } from 'vitest';
import { createTestArticle } from '@/lib/articles/test-article-fixtures';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { findTagHealth } from './find-tag-health';
import { createTestTag, tagTestArticle } from './test-tag-fixtures';

describe('findTagHealth', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('counts articles outside the trash only, and lists unused and once-used tags', async () => {
    const [unused, onlyTrashed, once, twice] = await Promise.all(['乙未用', '甲仅回收站', '丙一次', '丁两次'].map((name) => createTestTag(name)));
    const live = await createTestArticle({ title: '唯一的文章' });
    const other = await createTestArticle({ status: 'PUBLISHED', publishedAt: new Date(), slug: 'other' });
    const trashed = await createTestArticle({ deletedAt: new Date() });
    await tagTestArticle(live.id, [once!.id, twice!.id]);
    await tagTestArticle(other.id, [twice!.id]);
    await tagTestArticle(trashed.id, [onlyTrashed!.id, once!.id]);

    const health = await findTagHealth();

    expect(health.tagCount).toBe(4);
    expect(health.unused.total).toBe(2);
    expect(health.unused.tags.map((tag) => tag.id).sort()).toEqual([unused!.id, onlyTrashed!.id].sort());
    expect(health.usedOnce).toEqual({ total: 1, tags: [{ id: once!.id, name: '丙一次', article: { id: live.id, title: '唯一的文章' } }] });
  });

  it('limits the lists but counts every tag in them', async () => {
    await Promise.all(['未用一', '未用二', '未用三'].map((name) => createTestTag(name)));
    const health = await findTagHealth({ listLimit: 2 });
    expect(health.unused.total).toBe(3);
    expect(health.unused.tags).toHaveLength(2);
  });

  it('pairs a legacy tag without a name key with its Simplified twin, busier tag kept', async () => {
    const simplified = await createTestTag('郑州');
    const legacy = await createTestTag('鄭州', { nameKey: null });
    const article = await createTestArticle();
    await tagTestArticle(article.id, [legacy.id]);

    const { duplicates } = await findTagHealth();

    expect(duplicates.total).toBe(1);
    expect(duplicates.pairs[0]).toMatchObject({
      reason: 'variant',
      source: { id: simplified.id, articleCount: 0 },
      target: { id: legacy.id, name: '鄭州', articleCount: 1 },
    });
  });

  it('pairs same-pinyin and containing names, leaving out a parent and its child', async () => {
    const login = await createTestTag('登录');
    await createTestTag('登陆');
    const ip = await createTestTag('知识产权');
    await createTestTag('知识产权保护', { parentId: ip.id });
    await createTestTag('知识产权法');

    const { duplicates } = await findTagHealth();

    expect(duplicates.pairs.map((pair) => [pair.reason, pair.source.name, pair.target.name])).toEqual([
      ['pinyin', '登录', '登陆'],
      ['contains', '知识产权法', '知识产权'],
    ]);
    expect(duplicates.pairs[0]?.source.id).toBe(login.id);
  });
});
