import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimArticleLockAction, getArticleForEditingAction, releaseArticleLockAction } from '@/app/(admin)/admin/articles/[id]/actions';
import { compareRevisionsAction, listRevisionsAction, restoreRevisionAction } from '@/app/(admin)/admin/articles/[id]/revision-actions';
import { emptyTrashAction, moveArticleToTrashAction, purgeArticleAction, restoreArticleFromTrashAction } from '@/app/(admin)/admin/trash/actions';
import type { CurrentUser } from '@/lib/auth/get-current-user';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { claimArticleLock } from './claim-article-lock';
import { saveArticle } from './save-article';
import { articleWriteState, createTestArticle, createTestUser, readArticleLock } from './test-article-fixtures';
import { saveInput } from './test-save-input';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/get-current-user', () => ({ getCurrentUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

describe('a contributor and articles beyond saving', () => {
  let contributor: CurrentUser;
  let editor: CurrentUser;

  beforeEach(async () => {
    await resetDatabase(getPrisma());
    contributor = { ...(await createTestUser('撰稿人', 'CONTRIBUTOR')), disabled: false };
    editor = { ...(await createTestUser('编辑')), disabled: false };
    session.user = contributor;
  });
  afterEach(() => vi.clearAllMocks());

  it('opens, locks and reads the history of their own draft', async () => {
    const draft = await createTestArticle({ createdById: contributor.id });
    await saveArticle(contributor, saveInput(draft.id, { title: '第一稿' }));
    expect(await getArticleForEditingAction({ id: draft.id })).toMatchObject({ ok: true, data: { id: draft.id, createdById: contributor.id } });
    expect(await claimArticleLockAction({ id: draft.id, token: 'w1', takeOver: false })).toEqual({ ok: true, data: { state: 'mine' } });
    expect(await releaseArticleLockAction({ id: draft.id, token: 'w1' })).toMatchObject({ ok: true });
    const revisions = await listRevisionsAction({ articleId: draft.id });
    expect(revisions).toMatchObject({ ok: true, data: [{ version: 2, title: '第一稿' }] });
    expect(await compareRevisionsAction({ articleId: draft.id, fromId: revisions.ok ? (revisions.data[0]?.id ?? '') : '', toId: 'current' })).toMatchObject({ ok: true });
  });

  it('cannot open, lock, take over or read the history of someone else’s article', async () => {
    const other = await createTestArticle({ createdById: editor.id });
    await claimArticleLock(editor, { id: other.id, token: 'editor-window', takeOver: false });
    const before = await articleWriteState(other.id);
    const refused = { ok: false, error: 'FORBIDDEN' };
    expect(await getArticleForEditingAction({ id: other.id })).toEqual(refused);
    expect(await claimArticleLockAction({ id: other.id, token: 'w1', takeOver: true })).toEqual(refused);
    expect(await listRevisionsAction({ articleId: other.id })).toEqual(refused);
    expect(await compareRevisionsAction({ articleId: other.id, fromId: 'current', toId: 'current' })).toEqual(refused);
    expect(await articleWriteState(other.id)).toEqual(before);
    expect(await readArticleLock(other.id)).toEqual({ lockToken: 'editor-window', lockedById: editor.id });
  });

  it('reads but cannot lock their own article once it is published', async () => {
    const published = await createTestArticle({ createdById: contributor.id, status: 'PUBLISHED', publishedAt: new Date() });
    expect(await getArticleForEditingAction({ id: published.id })).toMatchObject({ ok: true });
    expect(await claimArticleLockAction({ id: published.id, token: 'w1', takeOver: false })).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await readArticleLock(published.id)).toEqual({ lockToken: null, lockedById: null });
  });

  it('restores a revision of their own draft, not of someone else’s article', async () => {
    const draft = await createTestArticle({ createdById: contributor.id });
    await saveArticle(contributor, saveInput(draft.id, { title: '第一稿' }));
    await saveArticle(contributor, saveInput(draft.id, { title: '第二稿', baseVersion: 2, resolvesConflict: true }));
    const first = await getPrisma().revision.findFirstOrThrow({ where: { articleId: draft.id, version: 2 } });
    expect(await restoreRevisionAction({ articleId: draft.id, revisionId: first.id, baseVersion: 3 })).toMatchObject({ ok: true, data: { version: 4 } });
    expect((await getPrisma().article.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe('第一稿');

    const other = await createTestArticle({ createdById: editor.id });
    await saveArticle(editor, saveInput(other.id, { title: '编辑的稿' }));
    const revision = await getPrisma().revision.findFirstOrThrow({ where: { articleId: other.id } });
    const before = await articleWriteState(other.id);
    expect(await restoreRevisionAction({ articleId: other.id, revisionId: revision.id, baseVersion: 2 })).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(await articleWriteState(other.id)).toEqual(before);
  });

  it('cannot move articles to the trash, restore them, purge them or empty the trash', async () => {
    const own = await createTestArticle({ createdById: contributor.id });
    const trashed = await createTestArticle({ createdById: contributor.id, deletedAt: new Date() });
    const refused = { ok: false, error: 'FORBIDDEN' };
    expect(await moveArticleToTrashAction({ id: own.id })).toEqual(refused);
    expect(await restoreArticleFromTrashAction({ id: trashed.id })).toEqual(refused);
    expect(await purgeArticleAction({ id: trashed.id })).toEqual(refused);
    expect(await emptyTrashAction({})).toEqual(refused);
    expect(await getPrisma().article.count({ where: { deletedAt: null } })).toBe(1);
    expect(await getPrisma().article.count()).toBe(2);
    expect(await getPrisma().auditLog.count()).toBe(0);
  });
});
