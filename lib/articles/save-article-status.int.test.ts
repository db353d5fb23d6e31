import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { saveArticle } from './save-article';
import { articleWriteState, createTestArticle, createTestUser } from './test-article-fixtures';
import { saveInput } from './test-save-input';

const auditActions = async (targetId: string) =>
  (await getPrisma().auditLog.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } })).map((entry) => entry.action);

describe('saveArticle: status changes', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('goes draft → scheduled → published → archived → draft → published, keeping the first publication time', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle({ slug: 'zhuang-tai' });
    const scheduled = await saveArticle(editor, saveInput(article.id, { intent: 'schedule', slug: 'zhuang-tai', scheduledAt: '2099-03-01T20:30' }));
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', scheduledAt: '2099-03-01T12:30:00.000Z', publishedAt: null, invalidation: { slugs: [], tagSlugs: [] } });
    const saved = await saveArticle(editor, saveInput(article.id, { baseVersion: 2, intent: 'autosave', slug: 'zhuang-tai' }));
    expect(saved).toMatchObject({ status: 'SCHEDULED', scheduledAt: '2099-03-01T12:30:00.000Z' });
    const published = await saveArticle(editor, saveInput(article.id, { baseVersion: 3, intent: 'publish', slug: 'zhuang-tai' }));
    expect(published).toMatchObject({ status: 'PUBLISHED', scheduledAt: null, invalidation: { slugs: ['zhuang-tai'] } });
    const firstPublishedAt = published.publishedAt;
    expect(firstPublishedAt).not.toBeNull();
    const archived = await saveArticle(editor, saveInput(article.id, { baseVersion: 4, intent: 'archive', slug: 'zhuang-tai' }));
    expect(archived).toMatchObject({ status: 'ARCHIVED', invalidation: { slugs: ['zhuang-tai'] } });
    const unpublished = await saveArticle(editor, saveInput(article.id, { baseVersion: 5, intent: 'unpublish', slug: 'zhuang-tai' }));
    expect(unpublished).toMatchObject({ status: 'DRAFT', publishedAt: firstPublishedAt, invalidation: { slugs: ['zhuang-tai'] } });
    const republished = await saveArticle(editor, saveInput(article.id, { baseVersion: 6, intent: 'publish', slug: 'zhuang-tai' }));
    expect(republished).toMatchObject({ status: 'PUBLISHED', publishedAt: firstPublishedAt });

    expect(await auditActions(article.id)).toEqual(['article.schedule', 'article.publish', 'article.archive', 'article.unpublish', 'article.publish']);
    const reasons = await getPrisma().revision.findMany({ where: { articleId: article.id }, orderBy: { version: 'asc' }, select: { reason: true } });
    expect(reasons.map((revision) => revision.reason)).toEqual(['schedule', 'autosave', 'publish', 'archive', 'unpublish', 'publish']);
  });

  it.each([
    ['DRAFT', 'unpublish'],
    ['DRAFT', 'archive'],
    ['PUBLISHED', 'schedule'],
    ['ARCHIVED', 'autosave'],
  ] as const)('refuses a %s article the intent %s, writing nothing', async (status, intent) => {
    const editor = await createTestUser();
    const article = await createTestArticle({ status, publishedAt: status === 'DRAFT' ? null : new Date() });
    const before = await articleWriteState(article.id);
    await expect(saveArticle(editor, saveInput(article.id, { intent, scheduledAt: '2099-01-01T08:00' }))).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { form: 'invalid' } });
    expect(await articleWriteState(article.id)).toEqual(before);
  });

  it('publishes an article flagged for review once the editor confirms, clearing the flag', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle({ needsReview: true });
    await expect(saveArticle(editor, saveInput(article.id, { intent: 'publish', needsReview: true }))).rejects.toMatchObject({ fieldErrors: { needsReview: 'needsConfirmation' } });
    await expect(saveArticle(editor, saveInput(article.id, { intent: 'schedule', needsReview: true, scheduledAt: '2099-01-01T08:00' }))).rejects.toMatchObject({ fieldErrors: { needsReview: 'needsConfirmation' } });
    await saveArticle(editor, saveInput(article.id, { intent: 'publish', needsReview: true, confirmReview: true }));
    expect(await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: 'PUBLISHED', needsReview: false, version: 2 });
  });

  it('refuses a schedule in the past or now, and reports every publishing problem at once', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle();
    await expect(saveArticle(editor, saveInput(article.id, { intent: 'schedule', scheduledAt: '2020-06-01T10:00' }))).rejects.toMatchObject({ fieldErrors: { scheduledAt: 'past' } });
    await expect(saveArticle(editor, saveInput(article.id, { intent: 'schedule', title: '', body: { type: 'doc', content: [{ type: 'paragraph' }] } }))).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { title: 'required', body: 'required', scheduledAt: 'required' },
    });
    expect(await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: 'DRAFT', version: 1, scheduledAt: null });
  });

  it('expires the topics a public article leaves and joins, and nothing for a draft', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle({ slug: 'you-biao-qian', status: 'PUBLISHED', publishedAt: new Date(), slugAuto: false });
    await saveArticle(editor, saveInput(article.id, { slug: 'you-biao-qian', tags: '湖北, 武汉' }));
    const retagged = await saveArticle(editor, saveInput(article.id, { baseVersion: 2, slug: 'you-biao-qian', tags: '武汉, 知识产权' }));
    expect(retagged.invalidation.slugs).toEqual(['you-biao-qian']);
    expect(retagged.invalidation.tagSlugs.toSorted()).toEqual(['hu-bei', 'wu-han', 'zhi-shi-chan-quan']);
    const draft = await createTestArticle();
    expect((await saveArticle(editor, saveInput(draft.id, { tags: '湖北' }))).invalidation).toEqual({ slugs: [], tagSlugs: [] });
  });

  it('treats a missing or trashed article as not found, writing nothing', async () => {
    const editor = await createTestUser();
    const trashed = await createTestArticle({ deletedAt: new Date() });
    const before = await articleWriteState(trashed.id);
    await expect(saveArticle(editor, saveInput(trashed.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveArticle(editor, saveInput('6b2bdfc4-45c4-4e3e-9e0e-6a3c77a6d3a4'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await articleWriteState(trashed.id)).toEqual(before);
  });

  it('renews the soft lock heartbeat of the window that saves', async () => {
    const editor = await createTestUser();
    const seen = new Date(Date.now() - 60_000);
    const article = await createTestArticle({ lockedById: editor.id, lockToken: 'window-1', lockedAt: seen, lockSeenAt: seen });
    await saveArticle(editor, saveInput(article.id, { lockToken: 'another-window' }));
    expect((await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } })).lockSeenAt).toEqual(seen);
    await saveArticle(editor, saveInput(article.id, { baseVersion: 2, lockToken: 'window-1' }));
    expect((await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } })).lockSeenAt?.getTime()).toBeGreaterThan(seen.getTime());
  });
});
