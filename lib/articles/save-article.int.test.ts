import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { getPublishedArticle } from './get-published-article';
import { saveArticle } from './save-article';

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function createFixture() {
  const prisma = getPrisma();
  const editor = await prisma.user.create({ data: { email: 'e@test.local', name: '编辑', passwordHash: 'x', role: 'EDITOR' } });
  const article = await prisma.article.create({
    data: { title: '原标题', slug: 'yuan-biao-ti', body: doc('原文。'), bodyText: '原文。' },
  });
  return { actor: { id: editor.id, role: editor.role }, article };
}

describe('saveArticle', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('saves fields and tags in order, bumps the version and writes a revision', async () => {
    const { actor, article } = await createFixture();
    const result = await saveArticle(actor, { id: article.id, baseVersion: 1, title: '新标题', tags: ['湖北', '知识产权'], body: doc('新正文。'), intent: 'save' });
    expect(result).toEqual({ version: 2, status: 'DRAFT', slug: 'yuan-biao-ti' });
    const stored = await getPrisma().article.findUniqueOrThrow({
      where: { id: article.id },
      include: { tags: { orderBy: { position: 'asc' }, include: { tag: true } }, revisions: true },
    });
    expect(stored.title).toBe('新标题');
    expect(stored.bodyText).toBe('新正文。');
    expect(stored.tags.map((link) => [link.position, link.tag.name, link.tag.slug])).toEqual([[0, '湖北', 'hu-bei'], [1, '知识产权', 'zhi-shi-chan-quan']]);
    expect(stored.revisions).toHaveLength(1);
    expect(stored.revisions[0]).toMatchObject({ version: 2, title: '新标题', reason: 'save', authorId: actor.id });
  });

  it('refuses a save based on an outdated version and keeps the first one', async () => {
    const { actor, article } = await createFixture();
    await saveArticle(actor, { id: article.id, baseVersion: 1, title: '甲的标题', tags: [], body: doc('甲'), intent: 'save' });
    await expect(
      saveArticle(actor, { id: article.id, baseVersion: 1, title: '乙的标题', tags: [], body: doc('乙'), intent: 'save' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const stored = await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({ title: '甲的标题', version: 2 });
  });

  it('publishes and unpublishes, with audit entries, and only published articles are public', async () => {
    const { actor, article } = await createFixture();
    expect(await getPublishedArticle('yuan-biao-ti')).toBeNull();
    await saveArticle(actor, { id: article.id, baseVersion: 1, title: '原标题', tags: [], body: doc('原文。'), intent: 'publish' });
    expect((await getPublishedArticle('yuan-biao-ti'))?.title).toBe('原标题');
    await saveArticle(actor, { id: article.id, baseVersion: 2, title: '原标题', tags: [], body: doc('原文。'), intent: 'unpublish' });
    expect(await getPublishedArticle('yuan-biao-ti')).toBeNull();
    const actions = await getPrisma().auditLog.findMany({ where: { targetId: article.id }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((entry) => entry.action)).toEqual(['article.publish', 'article.unpublish']);
  });

  it('rejects an unsafe body without changing anything', async () => {
    const { actor, article } = await createFixture();
    const unsafe = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '点我', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    await expect(saveArticle(actor, { id: article.id, baseVersion: 1, title: 'x', tags: [], body: unsafe, intent: 'save' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(saveArticle(actor, { id: article.id, baseVersion: 1, title: 'x', tags: [], body: { type: 'doc', content: [{ type: 'paragraph' }] }, intent: 'publish' })).rejects.toMatchObject({ code: 'VALIDATION' });
    const stored = await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({ title: '原标题', version: 1, status: 'DRAFT' });
  });
});
