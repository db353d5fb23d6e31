import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { articleLockStaleAfterMs } from './article-lock-freshness';
import { claimArticleLock } from './claim-article-lock';
import { getArticleForEditing } from './get-article-for-editing';
import { releaseArticleLock } from './release-article-lock';
import { createTestArticle, createTestUser } from './test-article-fixtures';

const takeOverAudits = () => getPrisma().auditLog.findMany({ where: { action: 'article.lock_takeover' } });

describe('soft lock', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('goes to the first window; others see who holds it and since when, and the holder renews it', async () => {
    const [zhang, li] = [await createTestUser('张三'), await createTestUser('李四')];
    const article = await createTestArticle();
    expect(await claimArticleLock(zhang, { id: article.id, token: 'zhang-window', takeOver: false })).toEqual({ state: 'mine' });
    const stored = await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(await claimArticleLock(li, { id: article.id, token: 'li-window', takeOver: false })).toEqual({ state: 'other', holderName: '张三', since: stored.lockedAt?.toISOString() });
    // The same person in a second window is another editor window too.
    expect(await claimArticleLock(zhang, { id: article.id, token: 'zhang-second-window', takeOver: false })).toMatchObject({ state: 'other', holderName: '张三' });
    expect(await claimArticleLock(zhang, { id: article.id, token: 'zhang-window', takeOver: false })).toEqual({ state: 'mine' });

    const forEditing = await getArticleForEditing(article.id);
    expect(forEditing?.lock).toEqual({ holderId: zhang.id, holderName: '张三', since: stored.lockedAt?.toISOString() });
    expect(JSON.stringify(forEditing)).not.toContain('zhang-window');
  });

  it('lets another editor take over, audited with the previous holder; the old window then sees the new holder', async () => {
    const [zhang, li] = [await createTestUser('张三'), await createTestUser('李四')];
    const article = await createTestArticle();
    await claimArticleLock(zhang, { id: article.id, token: 'zhang-window', takeOver: false });
    expect(await claimArticleLock(li, { id: article.id, token: 'li-window', takeOver: true })).toEqual({ state: 'mine' });
    expect(await claimArticleLock(zhang, { id: article.id, token: 'zhang-window', takeOver: false })).toMatchObject({ state: 'other', holderName: '李四' });
    const audits = await takeOverAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: li.id, targetId: article.id, data: { previousHolderId: zhang.id, previousHolderName: '张三' } });
  });

  it('treats a lock without a heartbeat for 90 seconds as free, without an audit entry', async () => {
    const [zhang, li] = [await createTestUser('张三'), await createTestUser('李四')];
    const longAgo = new Date(Date.now() - articleLockStaleAfterMs - 1000);
    const article = await createTestArticle({ lockedById: zhang.id, lockToken: 'zhang-window', lockedAt: longAgo, lockSeenAt: longAgo });
    expect((await getArticleForEditing(article.id))?.lock).toBeNull();
    expect(await claimArticleLock(li, { id: article.id, token: 'li-window', takeOver: false })).toEqual({ state: 'mine' });
    expect(await takeOverAudits()).toHaveLength(0);
  });

  it('is released only by the window holding it', async () => {
    const [zhang, li] = [await createTestUser('张三'), await createTestUser('李四')];
    const article = await createTestArticle();
    await claimArticleLock(zhang, { id: article.id, token: 'zhang-window', takeOver: false });
    await releaseArticleLock(li, { id: article.id, token: 'zhang-window' });
    await releaseArticleLock(zhang, { id: article.id, token: 'zhang-other-window' });
    expect((await getArticleForEditing(article.id))?.lock).toMatchObject({ holderName: '张三' });
    await releaseArticleLock(zhang, { id: article.id, token: 'zhang-window' });
    expect((await getArticleForEditing(article.id))?.lock).toBeNull();
    expect(await claimArticleLock(li, { id: article.id, token: 'li-window', takeOver: false })).toEqual({ state: 'mine' });
  });

  it('goes to exactly one of two editors claiming at the same moment', async () => {
    const editors = [await createTestUser('张三'), await createTestUser('李四'), await createTestUser('王五')];
    const article = await createTestArticle();
    const claims = await Promise.all(editors.map((editor, index) => claimArticleLock(editor, { id: article.id, token: `window-${index}`, takeOver: false })));
    expect(claims.filter((claim) => claim.state === 'mine')).toHaveLength(1);
  });

  it('cannot be claimed on an article in the trash', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle({ deletedAt: new Date() });
    await expect(claimArticleLock(editor, { id: article.id, token: 'window', takeOver: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
