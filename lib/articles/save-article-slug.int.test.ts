import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { saveArticle } from './save-article';
import { articleWriteState, createTestArticle, createTestUser } from './test-article-fixtures';
import { saveInput } from './test-save-input';

const redirectsOf = async (articleId: string) =>
  (await getPrisma().articleSlugRedirect.findMany({ where: { articleId }, orderBy: { slug: 'asc' } })).map((row) => row.slug);

describe('saveArticle: slugs', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('follows the title in pinyin while automatic, unique among slugs and old slugs of other articles', async () => {
    const editor = await createTestUser();
    const first = await createTestArticle({ slug: 'xin-de-biao-ti' });
    await getPrisma().articleSlugRedirect.create({ data: { slug: 'xin-de-biao-ti-2', articleId: first.id } });
    const article = await createTestArticle({ slug: 'draft-0a1b2c3d', title: '' });

    const untitled = await saveArticle(editor, saveInput(article.id, { title: '' }));
    expect(untitled).toMatchObject({ slug: 'draft-0a1b2c3d', slugAuto: true });
    const titled = await saveArticle(editor, saveInput(article.id, { baseVersion: 2, title: '新的标题' }));
    expect(titled).toMatchObject({ slug: 'xin-de-biao-ti-3', slugAuto: true });
    const retitled = await saveArticle(editor, saveInput(article.id, { baseVersion: 3, title: '湖北新闻' }));
    expect(retitled).toMatchObject({ slug: 'hu-bei-xin-wen', slugAuto: true });
    expect(await redirectsOf(article.id)).toEqual([]);
  });

  it('keeps a slug typed by hand, and follows the title again once the field is cleared on a draft', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle();
    expect(await saveArticle(editor, saveInput(article.id, { slug: 'my-own-slug', title: '标题一' }))).toMatchObject({ slug: 'my-own-slug', slugAuto: false });
    expect(await saveArticle(editor, saveInput(article.id, { baseVersion: 2, slug: 'my-own-slug', title: '标题二' }))).toMatchObject({ slug: 'my-own-slug', slugAuto: false });
    expect(await saveArticle(editor, saveInput(article.id, { baseVersion: 3, slug: '', title: '标题三' }))).toMatchObject({ slug: 'biao-ti-san', slugAuto: true });
  });

  it('refuses a slug another article holds, as its slug or as an old slug, writing nothing', async () => {
    const editor = await createTestUser();
    const other = await createTestArticle({ slug: 'taken-slug' });
    await getPrisma().articleSlugRedirect.create({ data: { slug: 'old-taken-slug', articleId: other.id } });
    const article = await createTestArticle();
    const before = await articleWriteState(article.id);
    for (const slug of ['taken-slug', 'old-taken-slug']) {
      await expect(saveArticle(editor, saveInput(article.id, { slug, tags: '新标签' }))).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { slug: 'taken' } });
    }
    expect(await articleWriteState(article.id)).toEqual(before);
  });

  it('fixes the slug on publishing, so later titles do not move the article', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle({ slug: 'draft-00000000' });
    const published = await saveArticle(editor, saveInput(article.id, { intent: 'publish', title: '发布的标题' }));
    expect(published).toMatchObject({ slug: 'fa-bu-de-biao-ti', slugAuto: false });
    expect(await redirectsOf(article.id)).toEqual([]);
    const retitled = await saveArticle(editor, saveInput(article.id, { baseVersion: 2, slug: '', title: '改过的标题' }));
    expect(retitled).toMatchObject({ slug: 'fa-bu-de-biao-ti', slugAuto: false });
  });

  it('redirects the old slug of a published article to it, and drops the redirect when the slug comes back', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle({ slug: 'first-slug', slugAuto: false, status: 'PUBLISHED', publishedAt: new Date() });
    const moved = await saveArticle(editor, saveInput(article.id, { slug: 'second-slug' }));
    expect(moved.slug).toBe('second-slug');
    expect(moved.invalidation.slugs.toSorted()).toEqual(['first-slug', 'second-slug']);
    expect(await redirectsOf(article.id)).toEqual(['first-slug']);

    await saveArticle(editor, saveInput(article.id, { baseVersion: 2, slug: 'third-slug' }));
    expect(await redirectsOf(article.id)).toEqual(['first-slug', 'second-slug']);
    const back = await saveArticle(editor, saveInput(article.id, { baseVersion: 3, slug: 'first-slug' }));
    expect(back.slug).toBe('first-slug');
    expect(await redirectsOf(article.id)).toEqual(['second-slug', 'third-slug']);
  });

  it('does not keep old slugs of an article readers never saw', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle({ slug: 'draft-slug' });
    await saveArticle(editor, saveInput(article.id, { slug: 'another-draft-slug' }));
    expect(await redirectsOf(article.id)).toEqual([]);
  });
});
