import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { emptyDoc } from '@/lib/rich-text/empty-doc';
import { createDraftArticle } from './create-draft-article';
import { getArticleForEditing } from './get-article-for-editing';
import { saveArticle } from './save-article';
import { createTestArticle, createTestUser } from './test-article-fixtures';
import { paragraphs, saveInput } from './test-save-input';

describe('getArticleForEditing', () => {
  beforeEach(() => resetDatabase(getPrisma()));
  afterEach(() => vi.unstubAllEnvs());

  it('gives a new draft empty fields, a placeholder slug that follows the title, and no revision', async () => {
    const editor = await createTestUser();
    const { id } = await createDraftArticle(editor);
    const article = await getArticleForEditing(id);
    expect(article).toMatchObject({ version: 1, status: 'DRAFT', slugAuto: true, hasBeenPublished: false, lock: null, deletedAt: null, updatedByName: '编辑' });
    expect(article?.slug).toMatch(/^draft-[0-9a-f]{8}$/);
    expect(article?.fields).toEqual({
      title: '', slug: '', excerpt: '', excerptAuto: true, sourceName: '', sourceUrl: '', byline: '', datelinePlace: '',
      originalPublishedAt: '', tags: '', seoTitle: '', seoDescription: '', needsReview: false, script: 'HANS', body: emptyDoc(),
    });
    expect(await getPrisma().revision.count({ where: { articleId: id } })).toBe(0);
  });

  it('returns the saved fields as the form sends them back, serialisable as they are', async () => {
    const editor = await createTestUser();
    const { id } = await createDraftArticle(editor);
    const fields = {
      title: '湖北新闻', slug: 'hu-bei', excerpt: '摘要', excerptAuto: false, sourceName: '湖北日报', sourceUrl: 'https://example.com/a',
      byline: '记者 张三', datelinePlace: '武汉', originalPublishedAt: '2024-02-29', tags: '湖北, 知识产权', seoTitle: 'SEO 标题',
      seoDescription: 'SEO 描述', needsReview: true, script: 'HANT' as const, body: paragraphs('第一段。', '第二段。'),
    };
    await saveArticle(editor, saveInput(id, fields));
    const article = await getArticleForEditing(id);
    expect(article?.fields).toEqual(fields);
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  });

  it('shows the schedule in the site time zone', async () => {
    vi.stubEnv('INKSTONE_TIME_ZONE', 'America/New_York');
    const article = await createTestArticle({ status: 'SCHEDULED', scheduledAt: new Date('2099-07-04T13:30:00.000Z') });
    expect(await getArticleForEditing(article.id)).toMatchObject({
      timeZone: 'America/New_York', scheduledAt: '2099-07-04T13:30:00.000Z', scheduledAtLocal: '2099-07-04T09:30',
    });
  });

  it('includes an article in the trash, saying since when', async () => {
    const deletedAt = new Date('2026-01-02T03:04:05.000Z');
    const article = await createTestArticle({ deletedAt, slug: 'fixed-slug', slugAuto: false, publishedAt: new Date() });
    expect(await getArticleForEditing(article.id)).toMatchObject({ deletedAt: deletedAt.toISOString(), slug: 'fixed-slug', hasBeenPublished: true, fields: { slug: 'fixed-slug' } });
  });

  it('shows the fixed slug of an article published without editing it (as imports are)', async () => {
    const article = await createTestArticle({ slug: 'dao-ru', slugAuto: true, status: 'PUBLISHED', publishedAt: new Date() });
    expect(await getArticleForEditing(article.id)).toMatchObject({ slug: 'dao-ru', slugAuto: false, fields: { slug: 'dao-ru' } });
  });

  it('is null for an article that does not exist', async () => {
    expect(await getArticleForEditing('6b2bdfc4-45c4-4e3e-9e0e-6a3c77a6d3a4')).toBeNull();
  });
});
