import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { docToPlainText } from '@/lib/rich-text/doc-to-plain-text';
import { saveArticle } from './save-article';
import { createTestArticle, createTestUser } from './test-article-fixtures';
import { paragraphs, saveInput } from './test-save-input';
import { autosaveCoalesceWindowMs } from './write-revision';

const revisionsOf = (articleId: string) =>
  getPrisma().revision.findMany({ where: { articleId }, orderBy: { version: 'asc' } });

describe('saveArticle: concurrent edits', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('lets one of two saves from the same version win, refuses the other, and keeps both texts once the loser keeps theirs', async () => {
    const [zhang, li] = [await createTestUser('张三'), await createTestUser('李四')];
    const article = await createTestArticle();
    const zhangInput = saveInput(article.id, { title: '张三的标题', body: paragraphs('张三写的正文。') });
    const liInput = saveInput(article.id, { title: '李四的标题', body: paragraphs('李四写的正文。') });

    const outcomes = await Promise.allSettled([saveArticle(zhang, zhangInput), saveArticle(li, liInput)]);
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toMatchObject({ code: 'CONFLICT' });

    const [winnerInput, loser, loserInput] = outcomes[0]?.status === 'fulfilled' ? [zhangInput, li, liInput] : [liInput, zhang, zhangInput];
    const afterConflict = await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(afterConflict).toMatchObject({ version: 2, title: winnerInput.title, bodyText: docToPlainText(winnerInput.body) });
    expect(await revisionsOf(article.id)).toHaveLength(1);

    // The loser still holds their text in the editor and keeps it, based on the winner's version.
    const kept = await saveArticle(loser, { ...loserInput, baseVersion: afterConflict.version, resolvesConflict: true });
    expect(kept.version).toBe(3);
    const stored = await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.title).toBe(loserInput.title);
    const revisions = await revisionsOf(article.id);
    expect(revisions.map((revision) => [revision.version, revision.reason, revision.title])).toEqual([
      [2, 'save', winnerInput.title],
      [3, 'conflict', loserInput.title],
    ]);
  });

  it('refuses a save based on an older version even after the conflict, writing nothing', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle();
    await saveArticle(editor, saveInput(article.id, { title: '第一次' }));
    await expect(saveArticle(editor, saveInput(article.id, { title: '过时的' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(saveArticle(editor, saveInput(article.id, { baseVersion: 7, title: '未来的' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ version: 2, title: '第一次' });
    expect(await revisionsOf(article.id)).toHaveLength(1);
  });
});

describe('saveArticle: autosave revisions', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('coalesces an author\'s autosaves into one revision and starts a new one after a manual save', async () => {
    const editor = await createTestUser();
    const article = await createTestArticle();
    for (const [index, text] of ['一', '一二', '一二三'].entries()) {
      await saveArticle(editor, saveInput(article.id, { intent: 'autosave', baseVersion: index + 1, title: text, body: paragraphs(text) }));
    }
    let revisions = await revisionsOf(article.id);
    expect(revisions.map((revision) => [revision.reason, revision.version, revision.title])).toEqual([['autosave', 4, '一二三']]);
    expect(revisions[0]?.body).toEqual(paragraphs('一二三'));
    expect(revisions[0]?.snapshot).toMatchObject({ version: 4, title: '一二三' });

    await saveArticle(editor, saveInput(article.id, { baseVersion: 4, title: '手动保存' }));
    await saveArticle(editor, saveInput(article.id, { intent: 'autosave', baseVersion: 5, title: '之后的自动保存' }));
    revisions = await revisionsOf(article.id);
    expect(revisions.map((revision) => [revision.reason, revision.version])).toEqual([['autosave', 4], ['save', 5], ['autosave', 6]]);
  });

  it('does not coalesce another author\'s autosave, an old autosave, or a kept version after a conflict', async () => {
    const [zhang, li] = [await createTestUser('张三'), await createTestUser('李四')];
    const article = await createTestArticle();
    await saveArticle(zhang, saveInput(article.id, { intent: 'autosave', baseVersion: 1, title: '张' }));
    await saveArticle(li, saveInput(article.id, { intent: 'autosave', baseVersion: 2, title: '李' }));
    const liRevision = (await revisionsOf(article.id)).at(-1);
    await getPrisma().revision.update({ where: { id: liRevision?.id }, data: { createdAt: new Date(Date.now() - autosaveCoalesceWindowMs - 1000) } });
    await saveArticle(li, saveInput(article.id, { intent: 'autosave', baseVersion: 3, title: '李，十分钟后' }));
    await saveArticle(li, saveInput(article.id, { intent: 'autosave', baseVersion: 4, title: '李，保留我的', resolvesConflict: true }));
    const revisions = await revisionsOf(article.id);
    expect(revisions.map((revision) => [revision.reason, revision.title])).toEqual([
      ['autosave', '张'],
      ['autosave', '李'],
      ['autosave', '李，十分钟后'],
      ['conflict', '李，保留我的'],
    ]);
  });
});
