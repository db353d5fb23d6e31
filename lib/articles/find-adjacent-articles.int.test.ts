import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { createTestTag } from '@/lib/tags/test-tag-fixtures';
import { findAdjacentArticles } from './find-adjacent-articles';
import { createListedArticle, minutesBefore, type ListedArticleOptions } from './test-listed-articles';

const createArticle = (slug: string, tagIds: string[], options: ListedArticleOptions = {}) =>
  createListedArticle(slug, { ...options, tagIds });
const neighbourSlugs = async (slug: string) => {
  const found = await findAdjacentArticles(slug);
  return found && { older: found.older?.slug ?? null, newer: found.newer?.slug ?? null };
};

describe('findAdjacentArticles', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('gives the next older and the next newer public article of the primary topic, with the topic', async () => {
    const topic = await createTestTag('知识产权', { slug: 'zhi-shi-chan-quan' });
    const secondary = await createTestTag('专利');
    await createArticle('oldest', [topic.id], { publishedAt: minutesBefore(30) });
    const older = await createArticle('older', [secondary.id, topic.id], { title: '旧文', publishedAt: minutesBefore(20) });
    await createArticle('middle', [topic.id, secondary.id], { publishedAt: minutesBefore(10) });
    await createArticle('newer', [topic.id], { publishedAt: minutesBefore(5) });
    await createArticle('newest', [topic.id], { publishedAt: minutesBefore(1) });
    await createArticle('secondary-only', [secondary.id], { publishedAt: minutesBefore(7) });

    expect(await findAdjacentArticles('middle')).toEqual({
      topic: { name: '知识产权', slug: 'zhi-shi-chan-quan' },
      older: { id: older.id, slug: 'older', title: '旧文', excerpt: '', publishedAt: minutesBefore(20), script: 'HANS' },
      newer: expect.objectContaining({ slug: 'newer', publishedAt: minutesBefore(5) }),
    });
  });

  it('orders articles published at the same time by id, as the topic page does', async () => {
    const topic = await createTestTag('知识产权');
    const tied = await Promise.all(['tie-a', 'tie-b', 'tie-c'].map((slug) => createArticle(slug, [topic.id], { publishedAt: minutesBefore(5) })));
    const [low, mid, high] = tied.toSorted((a, b) => (a.id < b.id ? -1 : 1)).map((article) => article.slug);

    // The topic page lists high, mid, low (id descending): low is the oldest of the three.
    expect(await neighbourSlugs(mid!)).toEqual({ older: low, newer: high });
    expect(await neighbourSlugs(low!)).toEqual({ older: null, newer: mid });
    expect(await neighbourSlugs(high!)).toEqual({ older: mid, newer: null });
  });

  it('has no older article for the first of a topic and no newer one for the last', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('first', [topic.id], { publishedAt: minutesBefore(10) });
    await createArticle('last', [topic.id], { publishedAt: minutesBefore(1) });
    await createArticle('alone', [(await createTestTag('专利')).id]);

    expect(await neighbourSlugs('first')).toEqual({ older: null, newer: 'last' });
    expect(await neighbourSlugs('last')).toEqual({ older: 'first', newer: null });
    expect(await neighbourSlugs('alone')).toEqual({ older: null, newer: null });
  });

  it('skips drafts, scheduled, archived and trashed articles of the topic', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('public-older', [topic.id], { publishedAt: minutesBefore(50) });
    await createArticle('archived', [topic.id], { status: 'ARCHIVED', publishedAt: minutesBefore(40) });
    await createArticle('trashed', [topic.id], { publishedAt: minutesBefore(30), isTrashed: true });
    await createArticle('article', [topic.id], { publishedAt: minutesBefore(20) });
    await createArticle('draft', [topic.id], { status: 'DRAFT' });
    await createArticle('scheduled', [topic.id], { status: 'SCHEDULED', publishedAt: minutesBefore(15) });
    await createArticle('public-newer', [topic.id], { publishedAt: minutesBefore(1) });

    expect(await neighbourSlugs('article')).toEqual({ older: 'public-older', newer: 'public-newer' });
  });

  it('places an archived article among the topic’s public ones by its publication time', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('before', [topic.id], { publishedAt: minutesBefore(30) });
    await createArticle('archived', [topic.id], { status: 'ARCHIVED', publishedAt: minutesBefore(20) });
    await createArticle('after', [topic.id], { publishedAt: minutesBefore(10) });

    expect(await neighbourSlugs('archived')).toEqual({ older: 'before', newer: 'after' });
  });

  it('is null for an article without topics, one that is not public, or an unknown slug', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('untagged', []);
    await createArticle('draft', [topic.id], { status: 'DRAFT' });
    await createArticle('trashed', [topic.id], { isTrashed: true });
    await createArticle('public', [topic.id]);

    expect(await findAdjacentArticles('untagged')).toBeNull();
    expect(await findAdjacentArticles('draft')).toBeNull();
    expect(await findAdjacentArticles('trashed')).toBeNull();
    expect(await findAdjacentArticles('missing')).toBeNull();
  });
});
