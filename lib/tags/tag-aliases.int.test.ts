import { beforeEach, describe, expect, it } from 'vitest';
import { createTestUser } from '@/lib/articles/test-article-fixtures';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { addTagAlias } from './add-tag-alias';
import { removeTagAlias } from './remove-tag-alias';
import { resolveTags } from './resolve-tags';
import { createTestTag } from './test-tag-fixtures';

const resolve = (names: string[]) => getPrisma().$transaction((tx) => resolveTags(tx, names));

describe('tag aliases and resolveTags', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('resolves a name typed in the other script, width or spacing to the existing tag, once', async () => {
    const tag = await createTestTag('知识产权');
    const ai = await createTestTag('AI');
    expect(await resolve(['知識產權', 'ａｉ', '知识 产权'])).toEqual([tag.id, ai.id]);
    expect(await getPrisma().tag.count()).toBe(2);
  });

  it('finds tags from before name keys by their exact name, and gives new tags a name key', async () => {
    const legacy = await getPrisma().tag.create({ data: { name: '湖北', slug: 'hu-bei' } });
    const [found, created] = await resolve(['湖北', '武漢']);
    expect(found).toBe(legacy.id);
    expect(await getPrisma().tag.findUniqueOrThrow({ where: { id: created } })).toMatchObject({ name: '武漢', nameKey: '武汉', slug: 'wu-han' });
  });

  it('adds an alias that resolves to its tag, refuses a look-alike of any name, and removes it', async () => {
    const admin = await createTestUser('管理员', 'ADMIN');
    const tag = await createTestTag('知识产权');
    const { alias } = await addTagAlias(admin, { tagId: tag.id, name: '知產' });
    expect(await resolve(['知产'])).toEqual([tag.id]);
    for (const name of ['知产', '知識產權']) {
      await expect(addTagAlias(admin, { tagId: tag.id, name })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { name: 'taken' } });
    }
    await expect(addTagAlias(admin, { tagId: crypto.randomUUID(), name: '新名' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await removeTagAlias(admin, { aliasId: alias.id });
    await expect(removeTagAlias(admin, { aliasId: alias.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const audits = await getPrisma().auditLog.findMany({ orderBy: { createdAt: 'asc' }, select: { action: true, targetId: true } });
    expect(audits).toEqual([{ action: 'tag.alias.add', targetId: tag.id }, { action: 'tag.alias.remove', targetId: tag.id }]);
    const [resolved] = await resolve(['知产']);
    expect(resolved).not.toBe(tag.id);
  });
});
