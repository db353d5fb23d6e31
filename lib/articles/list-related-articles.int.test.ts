import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { createTestTag } from '@/lib/tags/test-tag-fixtures';
import { listRelatedArticles } from './list-related-articles';
import { createListedArticle, listNoon, type ListedArticleOptions } from './test-listed-articles';

const day = 24 * 60 * 60_000;
const daysFromNoon = (days: number) => new Date(listNoon.getTime() + days * day);
const createArticle = (slug: string, tagIds: string[], options: ListedArticleOptions = {}) =>
  createListedArticle(slug, { ...options, tagIds });
const relatedSlugs = async (slug: string, limit?: number) =>
  (await listRelatedArticles(slug, { limit })).map((article) => article.slug);

describe('listRelatedArticles', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('ranks articles sharing more topics first', async () => {
    const [primary, second, third] = await Promise.all(['知识产权', '专利', '商标'].map((name) => createTestTag(name)));
    await createArticle('anchor', [primary!.id, second!.id, third!.id]);
    await createArticle('shares-second', [second!.id]);
    await createArticle('shares-third', [third!.id]);
    // A day older, so only the sum of both shared tags puts it first.
    await createArticle('shares-both', [third!.id, second!.id], { publishedAt: daysFromNoon(-1) });
    await createArticle('unrelated', [(await createTestTag('版权')).id]);

    expect((await relatedSlugs('anchor'))[0]).toBe('shares-both');
    expect(await relatedSlugs('anchor')).toHaveLength(3);
  });

  it('weighs the article’s primary topic double, whatever its position on the other article', async () => {
    const [primary, secondary] = await Promise.all(['知识产权', '专利'].map((name) => createTestTag(name)));
    await createArticle('anchor', [primary!.id, secondary!.id]);
    await createArticle('shares-secondary', [secondary!.id]);
    await createArticle('shares-primary', [(await createTestTag('版权')).id, primary!.id], { publishedAt: daysFromNoon(-1) });

    expect(await relatedSlugs('anchor')).toEqual(['shares-primary', 'shares-secondary']);
  });

  it('weighs a rare tag above a common one', async () => {
    const [primary, common, rare] = await Promise.all(['知识产权', '专利', '商标'].map((name) => createTestTag(name)));
    await createArticle('anchor', [primary!.id, common!.id, rare!.id]);
    // Published long before the anchor, so they rank below the two being compared.
    for (let index = 0; index < 6; index += 1) await createArticle(`common-${index}`, [common!.id], { publishedAt: daysFromNoon(-365) });
    await createArticle('shares-common', [common!.id]);
    await createArticle('shares-rare', [rare!.id], { publishedAt: daysFromNoon(-1) });

    expect((await relatedSlugs('anchor')).slice(0, 2)).toEqual(['shares-rare', 'shares-common']);
  });

  it('prefers articles published close to this one, before or after it, and breaks ties newer first', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('anchor', [topic.id]);
    await createArticle('ten-days-before', [topic.id], { publishedAt: daysFromNoon(-10) });
    await createArticle('two-days-after', [topic.id], { publishedAt: daysFromNoon(2) });
    await createArticle('two-days-before', [topic.id], { publishedAt: daysFromNoon(-2) });
    await createArticle('ninety-days-after', [topic.id], { publishedAt: daysFromNoon(90) });

    expect(await relatedSlugs('anchor')).toEqual(['two-days-after', 'two-days-before', 'ten-days-before', 'ninety-days-after']);
  });

  it('breaks ties of equal score and time by id, descending', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('anchor', [topic.id]);
    const tied = await Promise.all(['tie-a', 'tie-b', 'tie-c'].map((slug) => createArticle(slug, [topic.id], { publishedAt: daysFromNoon(-1) })));

    const byIdDesc = tied.toSorted((a, b) => (a.id < b.id ? 1 : -1)).map((article) => article.slug);
    expect(await relatedSlugs('anchor')).toEqual(byIdDesc);
  });

  it('leaves out drafts, scheduled, archived and trashed articles and the article itself', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('anchor', [topic.id]);
    await createArticle('public', [topic.id], { publishedAt: daysFromNoon(-1) });
    await createArticle('draft', [topic.id], { status: 'DRAFT' });
    await createArticle('scheduled', [topic.id], { status: 'SCHEDULED', publishedAt: daysFromNoon(1) });
    await createArticle('archived', [topic.id], { status: 'ARCHIVED', publishedAt: daysFromNoon(-1) });
    await createArticle('trashed', [topic.id], { isTrashed: true });

    expect(await relatedSlugs('anchor')).toEqual(['public']);
  });

  it('returns six by default, or the limit asked for', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('anchor', [topic.id]);
    for (let index = 1; index <= 8; index += 1) await createArticle(`near-${index}`, [topic.id], { publishedAt: daysFromNoon(-index) });

    expect(await relatedSlugs('anchor')).toEqual(['near-1', 'near-2', 'near-3', 'near-4', 'near-5', 'near-6']);
    expect(await relatedSlugs('anchor', 2)).toEqual(['near-1', 'near-2']);
  });

  it('gives the fields an article list shows', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('anchor', [topic.id]);
    const other = await createArticle('other', [topic.id], { title: '专利审查', publishedAt: daysFromNoon(-1) });

    expect(await listRelatedArticles('anchor')).toEqual([
      { id: other.id, slug: 'other', title: '专利审查', excerpt: '', publishedAt: daysFromNoon(-1), script: 'HANS' },
    ]);
  });

  it('lists nothing for an article without topics, a draft or an unknown slug', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('untagged', []);
    await createArticle('draft', [topic.id], { status: 'DRAFT' });
    await createArticle('public', [topic.id]);

    expect(await listRelatedArticles('untagged')).toEqual([]);
    expect(await listRelatedArticles('draft')).toEqual([]);
    expect(await listRelatedArticles('missing')).toEqual([]);
  });

  it('lists related articles for an archived article too', async () => {
    const topic = await createTestTag('知识产权');
    await createArticle('archived', [topic.id], { status: 'ARCHIVED' });
    await createArticle('public', [topic.id]);

    expect(await relatedSlugs('archived')).toEqual(['public']);
  });
});
