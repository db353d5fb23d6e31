import { beforeEach, describe, expect, it } from 'vitest';
import { createTestUser } from '@/lib/articles/test-article-fixtures';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { encodeAuditCursor, parseAuditFilter } from './audit-filter';
import { auditPageSize, listAuditActions, listAuditEntries } from './list-audit-entries';
import { recordAudit } from './record-audit';

const timeZone = 'Asia/Shanghai';
const filtered = (params: Record<string, string>) => listAuditEntries(parseAuditFilter(params, timeZone).filter);

async function entryAt(iso: string, entry: { actorId: string | null; action: string; targetType: string; targetId?: string }) {
  await recordAudit(getPrisma(), entry);
  const latest = await getPrisma().auditLog.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
  await getPrisma().auditLog.update({ where: { id: latest.id }, data: { createdAt: new Date(iso) } });
}

describe('listAuditEntries', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('filters by category, action, actor, target and newsroom dates, newest first', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const editor = await createTestUser('编辑', 'EDITOR');
    await entryAt('2026-03-01T01:00:00Z', { actorId: admin.id, action: 'user.role_change', targetType: 'user', targetId: editor.id });
    await entryAt('2026-03-01T17:00:00Z', { actorId: editor.id, action: 'article.publish', targetType: 'article', targetId: 'a1' });
    await entryAt('2026-03-02T02:00:00Z', { actorId: null, action: 'auth.login_failed', targetType: 'user' });
    await entryAt('2026-03-03T02:00:00Z', { actorId: editor.id, action: 'article.unpublish', targetType: 'article', targetId: 'a1' });

    const actions = async (params: Record<string, string>) => (await filtered(params)).entries.map((entry) => entry.action);
    expect(await actions({})).toEqual(['article.unpublish', 'auth.login_failed', 'article.publish', 'user.role_change']);
    expect(await actions({ category: 'article' })).toEqual(['article.unpublish', 'article.publish']);
    expect(await actions({ action: 'article.publish' })).toEqual(['article.publish']);
    expect(await actions({ actor: editor.email.toUpperCase() })).toEqual(['article.unpublish', 'article.publish']);
    expect(await actions({ target: 'article:a1' })).toEqual(['article.unpublish', 'article.publish']);
    // 17:00 UTC on 1 March is 01:00 on 2 March in Shanghai.
    expect(await actions({ from: '2026-03-02', to: '2026-03-02' })).toEqual(['auth.login_failed', 'article.publish']);
    expect(await listAuditActions()).toEqual(['article.publish', 'article.unpublish', 'auth.login_failed', 'user.role_change']);
  });

  it('pages newest first without skipping or repeating entries that share a time', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const sameTime = new Date('2026-04-01T00:00:00Z');
    await getPrisma().auditLog.createMany({
      data: Array.from({ length: auditPageSize + 5 }, () => ({ actorId: admin.id, action: 'tag.update', targetType: 'tag', createdAt: sameTime })),
    });
    const first = await filtered({});
    expect(first.entries).toHaveLength(auditPageSize);
    expect(first.hasMore).toBe(true);
    const last = first.entries.at(-1);
    if (!last) throw new Error('no entries');
    const second = await filtered({ before: encodeAuditCursor(last) });
    expect(second.hasMore).toBe(false);
    const ids = [...first.entries, ...second.entries].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(auditPageSize + 5);
  });

  it('never stores secrets a caller passes in the data', async () => {
    await recordAudit(getPrisma(), { actorId: null, action: 'user.password_reset_issued', targetType: 'user', data: { token: 'abc', nested: { newPassword: 'hunter22' } } });
    const [entry] = (await filtered({})).entries;
    expect(JSON.stringify(entry?.data)).not.toMatch(/abc|hunter22/u);
  });
});

describe('parseAuditFilter', () => {
  it('names the filters it ignores instead of failing', () => {
    const { filter, invalid } = parseAuditFilter({ category: 'DROP TABLE', actor: 'not an email', from: '2026-13-40', to: '2026-02-03', before: '-1.x', target: 'user' }, timeZone);
    expect(invalid).toEqual(['category', 'actor', 'target', 'from', 'before']);
    expect(filter).toEqual({ until: new Date('2026-02-03T16:00:00Z') });
  });
});
