import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { createListedArticle, minutesBefore, type ListedArticleOptions } from '@/lib/articles/test-listed-articles';
import { listFeaturedTopics } from './list-featured-topics';
import { createTestTag } from './test-tag-fixtures';

const createArticle = (slug: string, tagIds: string[], options: ListedArticleOptions = {}) =>
  createListedArticle(slug, { ...options, tagIds, title: `标题-${slug}` });

describe('listFeaturedTopics', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('lists featured topics with public articles, busiest first, each with its count and newest public article', async () => {
    const busy = await createTestTag('知识产权', { featured: true });
    const quiet = await createTestTag('专利', { featured: true });
    const notFeatured = await createTestTag('商标');
    const onlyDrafts = await createTestTag('版权', { featured: true });
    await createArticle('busy-old', [busy.id], { publishedAt: minutesBefore(30) });
    await createArticle('busy-new', [busy.id, quiet.id], { publishedAt: minutesBefore(10) });
    await createArticle('busy-trashed', [busy.id], { publishedAt: minutesBefore(1), isTrashed: true });
    await createArticle('quiet-archived', [quiet.id], { status: 'ARCHIVED', publishedAt: minutesBefore(2) });
    await createArticle('plain', [notFeatured.id], { publishedAt: minutesBefore(5) });
    await createArticle('draft', [onlyDrafts.id], { status: 'DRAFT' });
    await createArticle('draft-busy', [busy.id], { status: 'DRAFT' });
    await createArticle('busy-mid', [busy.id], { publishedAt: minutesBefore(20) });

    expect(await listFeaturedTopics()).toEqual([
      { id: busy.id, name: '知识产权', slug: busy.slug, publishedCount: 3, latest: { title: '标题-busy-new', slug: 'busy-new' } },
      { id: quiet.id, name: '专利', slug: quiet.slug, publishedCount: 1, latest: { title: '标题-busy-new', slug: 'busy-new' } },
    ]);
  });

  it('shows at most the limit, and nothing when no topic is featured', async () => {
    expect(await listFeaturedTopics()).toEqual([]);
    for (let index = 0; index < 3; index += 1) {
      const tag = await createTestTag(`主题${index}`, { featured: true });
      await createArticle(`article-${index}`, [tag.id]);
    }
    expect(await listFeaturedTopics(2)).toHaveLength(2);
  });
});
