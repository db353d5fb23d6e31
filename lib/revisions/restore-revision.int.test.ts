import { beforeEach, describe, expect, it } from 'vitest';
import { getPublishedArticle } from '@/lib/articles/get-published-article';
import { saveArticle } from '@/lib/articles/save-article';
import { paragraphs, saveInput } from '@/lib/articles/test-save-input';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { compareRevisions } from './compare-revisions';
import { getRevisionFields } from './get-revision-fields';
import { listRevisions } from './list-revisions';
import { restoreRevision } from './restore-revision';

async function createFixture() {
  const prisma = getPrisma();
  const editor = await prisma.user.create({ data: { email: 'e@test.local', name: '张编辑', passwordHash: 'x', role: 'EDITOR' } });
  const article = await prisma.article.create({ data: { title: '原标题', slug: 'yuan-biao-ti', body: paragraphs('原文。'), bodyText: '原文。' } });
  const actor = { id: editor.id, role: editor.role };
  // Version 2: the text to come back to; version 3: a later edit with other tags and byline.
  await saveArticle(actor, saveInput(article.id, { title: '第一稿', tags: '经济, 物价', byline: '记者 王五', body: paragraphs('价格上涨。', '第二段。'), intent: 'publish' }));
  await saveArticle(actor, saveInput(article.id, { baseVersion: 2, title: '第二稿', slug: 'jia-ge', tags: '社会', byline: '', body: paragraphs('价格下降。', '第二段。') }));
  const revisions = await listRevisions(article.id);
  return { actor, article, revisions };
}

describe('revisions', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('lists revisions newest first with author, reason and version', async () => {
    const { revisions } = await createFixture();
    expect(revisions.map(({ version, reason, authorName, title, restoredVersion }) => ({ version, reason, authorName, title, restoredVersion }))).toEqual([
      { version: 3, reason: 'save', authorName: '张编辑', title: '第二稿', restoredVersion: null },
      { version: 2, reason: 'publish', authorName: '张编辑', title: '第一稿', restoredVersion: null },
    ]);
    expect(Date.parse(revisions[0]?.createdAt ?? '')).toBeGreaterThan(0);
  });

  it('reads a revision back as form fields and compares it with the current article', async () => {
    const { article, revisions } = await createFixture();
    const first = revisions[1]?.id ?? '';
    expect(await getRevisionFields(article.id, first)).toMatchObject({ title: '第一稿', tags: '经济, 物价', byline: '记者 王五', slug: 'di-yi-gao' });
    const diff = await compareRevisions({ articleId: article.id, fromId: first, toId: 'current' });
    expect(diff.fields).toEqual(expect.arrayContaining([
      { field: 'title', before: '第一稿', after: '第二稿' },
      { field: 'tags', before: '经济, 物价', after: '社会' },
    ]));
    expect(diff.body[0]).toEqual({ kind: 'changed', segments: [{ kind: 'same', text: '价格' }, { kind: 'removed', text: '上涨' }, { kind: 'added', text: '下降' }, { kind: 'same', text: '。' }] });
    expect(diff.body[1]?.kind).toBe('same');
  });

  it('refuses a revision of another article', async () => {
    const { revisions } = await createFixture();
    const other = await getPrisma().article.create({ data: { title: '别的', slug: 'bie-de', body: paragraphs('别的。') } });
    await expect(getRevisionFields(other.id, revisions[0]?.id ?? '')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('restores an old revision as a new version and revision, keeping the slug and every revision', async () => {
    const { actor, article, revisions } = await createFixture();
    const first = revisions[1];
    const result = await restoreRevision(actor, { articleId: article.id, revisionId: first?.id ?? '', baseVersion: 3 });
    expect(result.version).toBe(4);
    expect(result.invalidation.slugs).toEqual(['jia-ge']);
    expect(result.invalidation.tagSlugs.sort()).toEqual(['jing-ji', 'she-hui', 'wu-jia']);

    const stored = await getPrisma().article.findUniqueOrThrow({ where: { id: article.id }, include: { tags: { orderBy: { position: 'asc' }, include: { tag: true } } } });
    expect(stored).toMatchObject({ title: '第一稿', slug: 'jia-ge', byline: '记者 王五', bodyText: '价格上涨。\n\n第二段。', status: 'PUBLISHED', version: 4, updatedById: actor.id });
    expect(stored.tags.map((link) => link.tag.name)).toEqual(['经济', '物价']);
    expect((await getPublishedArticle('jia-ge'))?.title).toBe('第一稿');

    const after = await listRevisions(article.id);
    expect(after.map((revision) => [revision.version, revision.reason, revision.restoredVersion])).toEqual([
      [4, 'restore', 2], [3, 'save', null], [2, 'publish', null],
    ]);
    const audit = await getPrisma().auditLog.findFirstOrThrow({ where: { action: 'article.restore_revision' } });
    expect(audit).toMatchObject({ actorId: actor.id, targetId: article.id, data: { revisionId: first?.id, restoredVersion: 2, version: 4 } });
    const diff = await compareRevisions({ articleId: article.id, fromId: first?.id ?? '', toId: 'current' });
    expect(diff.fields).toEqual([{ field: 'slug', before: 'di-yi-gao', after: 'jia-ge' }]);
    expect(diff.body.every((block) => block.kind === 'same')).toBe(true);
  });

  it('moves the content’s last change when the restored text differs from the current one, not otherwise', async () => {
    const { actor, article, revisions } = await createFixture();
    const longAgo = new Date('2020-01-01T00:00:00.000Z');
    const contentUpdatedAt = async () => (await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } })).contentUpdatedAt;
    await getPrisma().article.update({ where: { id: article.id }, data: { contentUpdatedAt: longAgo } });
    await restoreRevision(actor, { articleId: article.id, revisionId: revisions[0]?.id ?? '', baseVersion: 3 });
    expect(await contentUpdatedAt()).toEqual(longAgo);
    const startedAt = Date.now();
    await restoreRevision(actor, { articleId: article.id, revisionId: revisions[1]?.id ?? '', baseVersion: 4 });
    expect((await contentUpdatedAt())?.getTime()).toBeGreaterThanOrEqual(startedAt);
  });

  it('refuses a restore based on an old version and writes nothing', async () => {
    const { actor, article, revisions } = await createFixture();
    await expect(restoreRevision(actor, { articleId: article.id, revisionId: revisions[1]?.id ?? '', baseVersion: 2 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ title: '第二稿', version: 3 });
    expect(await getPrisma().revision.count({ where: { articleId: article.id } })).toBe(2);
    expect(await getPrisma().auditLog.count({ where: { action: 'article.restore_revision' } })).toBe(0);
  });

  it('refuses a revision of another article, and a trashed article, without a new version', async () => {
    const { actor, article, revisions } = await createFixture();
    const other = await getPrisma().article.create({ data: { title: '别的', slug: 'bie-de', body: paragraphs('别的。') } });
    await expect(restoreRevision(actor, { articleId: other.id, revisionId: revisions[1]?.id ?? '', baseVersion: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getPrisma().article.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(1);
    await getPrisma().article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    await expect(restoreRevision(actor, { articleId: article.id, revisionId: revisions[1]?.id ?? '', baseVersion: 3 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a draft no invalidation', async () => {
    const { actor, article, revisions } = await createFixture();
    await saveArticle(actor, saveInput(article.id, { baseVersion: 3, title: '第二稿', slug: 'jia-ge', intent: 'unpublish' }));
    const result = await restoreRevision(actor, { articleId: article.id, revisionId: revisions[1]?.id ?? '', baseVersion: 4 });
    expect(result).toEqual({ version: 5, invalidation: { slugs: [], tagSlugs: [] } });
  });
});
