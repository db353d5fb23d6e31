import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { listPublishedArticles } from './list-published-articles';
import { createListedArticle, minutesBefore, type ListedArticleOptions } from './test-listed-articles';

const createArticle = (slug: string, options: ListedArticleOptions = {}) => createListedArticle(slug, options);

describe('listPublishedArticles', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('lists only public articles, newest first, equal times ordered by id descending', async () => {
    const tied = await Promise.all(['tie-a', 'tie-b', 'tie-c'].map((slug) => createArticle(slug, { publishedAt: minutesBefore(5) })));
    await createArticle('newest', { publishedAt: minutesBefore(1) });
    await createArticle('oldest', { publishedAt: minutesBefore(60) });
    await createArticle('draft', { status: 'DRAFT' });
    await createArticle('scheduled', { status: 'SCHEDULED', publishedAt: minutesBefore(2) });
    await createArticle('archived', { status: 'ARCHIVED', publishedAt: minutesBefore(3) });
    await createArticle('trashed', { publishedAt: minutesBefore(4), isTrashed: true });

    const tiedBySlugIdDesc = [...tied].sort((a, b) => (a.id < b.id ? 1 : -1)).map((article) => article.slug);
    expect((await listPublishedArticles()).map((article) => article.slug)).toEqual(['newest', ...tiedBySlugIdDesc, 'oldest']);
  });

  it('continues after a cursor, and walking the pages covers every public article exactly once', async () => {
    const created = [];
    for (let index = 0; index < 11; index += 1) {
      // Pairs share a publication time, so pages must break ties by id.
      created.push(await createArticle(`a-${index}`, { publishedAt: minutesBefore(Math.floor(index / 2)) }));
    }
    await createArticle('draft', { status: 'DRAFT' });
    await createArticle('trashed', { publishedAt: minutesBefore(0), isTrashed: true });

    const seen: string[] = [];
    let before = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const rows = await listPublishedArticles({ before, limit: 4 });
      seen.push(...rows.map((row) => row.slug));
      const last = rows.at(-1);
      if (rows.length < 4 || !last?.publishedAt) break;
      before = { publishedAt: last.publishedAt, id: last.id };
    }
    const expected = [...created]
      .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || (a.id < b.id ? 1 : -1))
      .map((article) => article.slug);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(11);
  });

  it('returns nothing after the oldest article', async () => {
    const only = await createArticle('only', { publishedAt: minutesBefore(1) });
    expect(await listPublishedArticles({ before: { publishedAt: minutesBefore(1), id: only.id } })).toEqual([]);
  });
});
