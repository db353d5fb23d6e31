import { beforeEach, describe, expect, it } from 'vitest';
import { decodeArticleCursor } from '@/lib/articles/article-cursor';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { createListedArticle, listNoon, minutesBefore, type ListedArticleOptions } from '@/lib/articles/test-listed-articles';
import { listTopicArticles } from './list-topic-articles';
import { createTestTag } from './test-tag-fixtures';

const createArticle = (slug: string, tagIds: string[], options: ListedArticleOptions = {}) =>
  createListedArticle(slug, { ...options, tagIds });

describe('listTopicArticles', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('lists only the topic’s public articles, newest first, equal times ordered by id descending', async () => {
    const topic = await createTestTag('知识产权');
    const other = await createTestTag('专利');
    const tied = await Promise.all(['tie-a', 'tie-b', 'tie-c'].map((slug) => createArticle(slug, [other.id, topic.id], { publishedAt: minutesBefore(5) })));
    await createArticle('newest', [topic.id], { publishedAt: minutesBefore(1) });
    await createArticle('oldest', [topic.id], { publishedAt: minutesBefore(60) });
    await createArticle('draft', [topic.id], { status: 'DRAFT' });
    await createArticle('scheduled', [topic.id], { status: 'SCHEDULED', publishedAt: minutesBefore(2) });
    await createArticle('archived', [topic.id], { status: 'ARCHIVED', publishedAt: minutesBefore(3) });
    await createArticle('trashed', [topic.id], { publishedAt: minutesBefore(4), isTrashed: true });
    await createArticle('other-topic', [other.id], { publishedAt: minutesBefore(2) });

    const { articles, next } = await listTopicArticles(topic.id);
    const tiesByIdDesc = tied.map((article) => article.id).sort().reverse();
    expect(articles.map((article) => article.slug)).toEqual([
      'newest',
      ...tiesByIdDesc.map((id) => tied.find((article) => article.id === id)?.slug),
      'oldest',
    ]);
    expect(next).toBeNull();
  });

  it('pages through every article exactly once, across equal publication times, and ends with an empty page', async () => {
    const topic = await createTestTag('地理标志');
    const created: string[] = [];
    for (let index = 0; index < 11; index += 1) {
      // Pairs share a publication time so page boundaries fall inside ties.
      created.push((await createArticle(`a-${index}`, [topic.id], { publishedAt: minutesBefore(Math.floor(index / 2)) })).slug);
    }

    const seen: string[] = [];
    let before = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listTopicArticles>> = await listTopicArticles(topic.id, { before, limit: 3 });
      expect(page.articles.length).toBe(page.next ? 3 : 11 % 3);
      seen.push(...page.articles.map((article) => article.slug));
      before = decodeArticleCursor(page.next);
      pages += 1;
    } while (before);

    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(11);
    expect(seen.toSorted()).toEqual(created.toSorted());
    const all = await listTopicArticles(topic.id, { limit: 50 });
    expect(seen).toEqual(all.articles.map((article) => article.slug));

    const last = all.articles.at(-1);
    const pastTheEnd = await listTopicArticles(topic.id, { before: { publishedAt: last?.publishedAt ?? listNoon, id: last?.id ?? '' } });
    expect(pastTheEnd).toEqual({ articles: [], next: null });
  });

  it('gives the same page for the same cursor after newer articles are published', async () => {
    const topic = await createTestTag('商标');
    for (let index = 0; index < 5; index += 1) await createArticle(`s-${index}`, [topic.id], { publishedAt: minutesBefore(10 + index) });
    const first = await listTopicArticles(topic.id, { limit: 2 });
    const before = decodeArticleCursor(first.next);
    const second = await listTopicArticles(topic.id, { before, limit: 2 });

    await createArticle('later', [topic.id], { publishedAt: minutesBefore(0) });
    expect(await listTopicArticles(topic.id, { before, limit: 2 })).toEqual(second);
    expect(second.articles.map((article) => article.slug)).toEqual(['s-2', 's-3']);
  });

  it('follows an article published, re-dated, unpublished, trashed and restored after it was tagged', async () => {
    const topic = await createTestTag('知识产权');
    const older = await createArticle('older', [topic.id], { publishedAt: minutesBefore(30) });
    const article = await createArticle('later', [topic.id], { status: 'DRAFT' });
    const slugs = async () => (await listTopicArticles(topic.id)).articles.map((entry) => entry.slug);
    const update = (data: object) => getPrisma().article.update({ where: { id: article.id }, data });

    expect(await slugs()).toEqual(['older']);
    await update({ status: 'PUBLISHED', publishedAt: minutesBefore(40) });
    expect(await slugs()).toEqual(['older', 'later']);
    await update({ publishedAt: minutesBefore(10) });
    expect(await slugs()).toEqual(['later', 'older']);
    await update({ deletedAt: new Date() });
    expect(await slugs()).toEqual(['older']);
    await update({ deletedAt: null });
    expect(await slugs()).toEqual(['later', 'older']);
    await getPrisma().article.updateMany({ where: { id: { in: [article.id, older.id] } }, data: { status: 'ARCHIVED' } });
    expect(await slugs()).toEqual([]);
  });
});
