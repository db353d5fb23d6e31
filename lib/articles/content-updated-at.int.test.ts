import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { claimArticleLock } from './claim-article-lock';
import { publishDueArticles } from './publish-due-articles';
import { releaseArticleLock } from './release-article-lock';
import { saveArticle } from './save-article';
import { createTestArticle, createTestUser } from './test-article-fixtures';
import { saveInput } from './test-save-input';
import { moveArticleToTrash } from './trash/move-article-to-trash';
import { restoreArticleFromTrash } from './trash/restore-article-from-trash';

const longAgo = new Date('2020-01-01T00:00:00.000Z');

const datesOf = (id: string) =>
  getPrisma().article.findUniqueOrThrow({ where: { id }, select: { contentUpdatedAt: true, updatedAt: true, publishedAt: true, version: true } });

/** An article saved once with saveInput's fields, its content change then set back to long ago. */
async function savedArticle(overrides: Parameters<typeof saveInput>[1] = {}) {
  const editor = await createTestUser();
  const article = await createTestArticle();
  await saveArticle(editor, saveInput(article.id, overrides));
  await getPrisma().article.update({ where: { id: article.id }, data: { contentUpdatedAt: longAgo } });
  return { editor, article, version: 2 };
}

describe('content_updated_at', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('stays put through lock claims, heartbeats, take-overs, releases and the trash; only the trash moves updated_at', async () => {
    const [zhang, li] = [await createTestUser('张三'), await createTestUser('李四')];
    const article = await createTestArticle({ status: 'PUBLISHED', publishedAt: longAgo, contentUpdatedAt: longAgo });
    const before = await datesOf(article.id);

    // A lock is not an edit: the editor's "saved at" and the admin list's order keep the last save.
    await claimArticleLock(zhang, { id: article.id, token: 'zhang-window', takeOver: false });
    await claimArticleLock(zhang, { id: article.id, token: 'zhang-window', takeOver: false });
    await claimArticleLock(li, { id: article.id, token: 'li-window', takeOver: true });
    await releaseArticleLock(li, { id: article.id, token: 'li-window' });
    expect(await datesOf(article.id)).toEqual(before);

    await moveArticleToTrash(zhang, { id: article.id });
    await restoreArticleFromTrash(zhang, { id: article.id });
    const after = await datesOf(article.id);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect(after.contentUpdatedAt).toEqual(longAgo);
  });

  it('stays put through a save that changes nothing readers see, and moves with a title edit', async () => {
    const { editor, article } = await savedArticle();
    await saveArticle(editor, saveInput(article.id, { baseVersion: 2, intent: 'autosave', needsReview: true }));
    expect((await datesOf(article.id)).contentUpdatedAt).toEqual(longAgo);

    const startedAt = Date.now();
    await saveArticle(editor, saveInput(article.id, { baseVersion: 3, intent: 'autosave', needsReview: true, title: '新的标题' }));
    const edited = await datesOf(article.id);
    expect(edited.contentUpdatedAt?.getTime()).toBeGreaterThanOrEqual(startedAt);
    expect(edited.contentUpdatedAt?.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('moves when the tags change, and when only their order does', async () => {
    const { editor, article } = await savedArticle({ tags: '湖北, 经济' });
    await saveArticle(editor, saveInput(article.id, { baseVersion: 2, tags: '湖北, 经济' }));
    expect((await datesOf(article.id)).contentUpdatedAt).toEqual(longAgo);

    await saveArticle(editor, saveInput(article.id, { baseVersion: 3, tags: '湖北, 经济, 物价' }));
    expect((await datesOf(article.id)).contentUpdatedAt).not.toEqual(longAgo);
    await getPrisma().article.update({ where: { id: article.id }, data: { contentUpdatedAt: longAgo } });
    await saveArticle(editor, saveInput(article.id, { baseVersion: 4, tags: '经济, 湖北, 物价' }));
    expect((await datesOf(article.id)).contentUpdatedAt).not.toEqual(longAgo);
  });

  it('is the publication time on first publication; unpublishing and republishing unchanged content leave it', async () => {
    const { editor, article } = await savedArticle();
    await saveArticle(editor, saveInput(article.id, { baseVersion: 2, intent: 'publish' }));
    const published = await datesOf(article.id);
    expect(published.publishedAt).not.toBeNull();
    expect(published.contentUpdatedAt).toEqual(published.publishedAt);

    await saveArticle(editor, saveInput(article.id, { baseVersion: 3, intent: 'unpublish' }));
    await saveArticle(editor, saveInput(article.id, { baseVersion: 4, intent: 'publish' }));
    const republished = await datesOf(article.id);
    expect(republished.version).toBe(5);
    expect(republished.publishedAt).toEqual(published.publishedAt);
    expect(republished.contentUpdatedAt).toEqual(published.publishedAt);
  });

  it('is the publication time when the scheduler first publishes an article', async () => {
    const dueAt = new Date(Date.now() - 60_000);
    const article = await createTestArticle({ status: 'SCHEDULED', scheduledAt: dueAt, contentUpdatedAt: longAgo });
    const republished = await createTestArticle({ status: 'SCHEDULED', scheduledAt: dueAt, publishedAt: longAgo, contentUpdatedAt: longAgo });
    await publishDueArticles();
    expect(await datesOf(article.id)).toMatchObject({ publishedAt: dueAt, contentUpdatedAt: dueAt });
    expect(await datesOf(republished.id)).toMatchObject({ publishedAt: longAgo, contentUpdatedAt: longAgo });
  });
});
