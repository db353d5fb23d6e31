import { beforeEach, describe, expect, it } from 'vitest';
import { createTestArticle, createTestUser } from '@/lib/articles/test-article-fixtures';
import { moveArticleToTrash } from '@/lib/articles/trash/move-article-to-trash';
import { purgeArticle } from '@/lib/articles/trash/purge-article';
import { restoreArticleFromTrash } from '@/lib/articles/trash/restore-article-from-trash';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { deleteTag } from './delete-tag';
import { mergeTags } from './merge-tags';
import { setArticleTags } from './set-article-tags';
import { createTestTag, tagTestArticle } from './test-tag-fixtures';

/** Each tag's stored counts next to a fresh count of its links, keyed by tag name. */
async function storedAndRecounted() {
  const rows = await getPrisma().$queryRaw<{ name: string; stored: string; recounted: string }[]>`
    SELECT t.name,
           t.article_count || '/' || t.published_count AS stored,
           count(a.id) || '/' || count(a.id) FILTER (WHERE a.status = 'PUBLISHED') AS recounted
    FROM tags AS t
    LEFT JOIN article_tags AS l ON l.tag_id = t.id
    LEFT JOIN articles AS a ON a.id = l.article_id AND a.deleted_at IS NULL
    GROUP BY t.id ORDER BY t.name`;
  return rows;
}

async function expectCounts(expected: Record<string, string>) {
  const rows = await storedAndRecounted();
  for (const row of rows) expect(row.stored, `stored counts of ${row.name}`).toBe(row.recounted);
  expect(Object.fromEntries(rows.map((row) => [row.name, row.stored]))).toEqual(expected);
}

describe('tag article counts kept by the database', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('follow links, publication, the trash, purges, merges and tag deletion', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const [a, b, c] = await Promise.all(['甲', '乙', '丙'].map((name) => createTestTag(name)));
    const published = await createTestArticle({ status: 'PUBLISHED', publishedAt: new Date() });
    const draft = await createTestArticle();
    await tagTestArticle(published.id, [a!.id, b!.id]);
    await tagTestArticle(draft.id, [a!.id]);
    await expectCounts({ 甲: '2/1', 乙: '1/1', 丙: '0/0' });

    await getPrisma().article.update({ where: { id: draft.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    await expectCounts({ 甲: '2/2', 乙: '1/1', 丙: '0/0' });
    await getPrisma().article.update({ where: { id: published.id }, data: { status: 'ARCHIVED' } });
    await expectCounts({ 甲: '2/1', 乙: '1/0', 丙: '0/0' });

    await moveArticleToTrash(admin, { id: draft.id });
    await expectCounts({ 甲: '1/0', 乙: '1/0', 丙: '0/0' });
    await restoreArticleFromTrash(admin, { id: draft.id });
    await expectCounts({ 甲: '2/1', 乙: '1/0', 丙: '0/0' });

    // Retagging (delete and insert) and renumbering positions.
    await getPrisma().$transaction((tx) => setArticleTags(tx, draft.id, ['丙', '甲']));
    await expectCounts({ 甲: '2/1', 乙: '1/0', 丙: '1/1' });

    await mergeTags(admin, { sourceId: c!.id, targetId: a!.id });
    await expectCounts({ 甲: '2/1', 乙: '1/0' });
    await mergeTags(admin, { sourceId: b!.id, targetId: a!.id });
    await expectCounts({ 甲: '2/1' });

    await moveArticleToTrash(admin, { id: draft.id });
    await purgeArticle(admin, { id: draft.id });
    await expectCounts({ 甲: '1/0' });

    // An article deleted outside the trash (raw SQL) takes its counts with it too.
    await getPrisma().article.update({ where: { id: published.id }, data: { status: 'PUBLISHED' } });
    await expectCounts({ 甲: '1/1' });
    await getPrisma().$executeRaw`DELETE FROM articles WHERE id = ${published.id}::uuid`;
    await expectCounts({ 甲: '0/0' });
    await deleteTag(admin, { id: a!.id });
    await expectCounts({});
  });

  it('stay exact when many articles sharing tags are tagged and published at once', async () => {
    const tags = await Promise.all(['一', '二', '三', '四'].map((name) => createTestTag(name)));
    const articles = await Promise.all(Array.from({ length: 24 }, () => createTestArticle()));
    // Opposite tag orders in parallel transactions: the row locks are taken in id order, so none deadlock.
    await Promise.all(
      articles.map((article, index) => {
        const order = index % 2 === 0 ? tags : [...tags].reverse();
        return getPrisma().$transaction(async (tx) => {
          await tx.articleTag.createMany({ data: order.map((tag, position) => ({ articleId: article.id, tagId: tag!.id, position })) });
          await tx.article.update({ where: { id: article.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
        });
      }),
    );
    await expectCounts({ 一: '24/24', 二: '24/24', 三: '24/24', 四: '24/24' });
    await getPrisma().article.updateMany({ where: { id: { in: articles.slice(0, 10).map((article) => article.id) } }, data: { status: 'DRAFT' } });
    await expectCounts({ 一: '24/14', 二: '24/14', 三: '24/14', 四: '24/14' });
  });
});
