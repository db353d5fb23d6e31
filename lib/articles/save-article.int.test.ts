import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { getPublishedArticle } from './get-published-article';
import { saveArticle } from './save-article';
import { paragraphs, saveInput } from './test-save-input';

async function createFixture() {
  const prisma = getPrisma();
  const editor = await prisma.user.create({ data: { email: 'e@test.local', name: '编辑', passwordHash: 'x', role: 'EDITOR' } });
  const article = await prisma.article.create({
    data: { title: '原标题', slug: 'yuan-biao-ti', body: paragraphs('原文。'), bodyText: '原文。' },
  });
  return { actor: { id: editor.id, role: editor.role }, article };
}

describe('saveArticle', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('saves fields and tags in order, bumps the version and writes a revision', async () => {
    const { actor, article } = await createFixture();
    const result = await saveArticle(actor, saveInput(article.id, {
      title: '新标题', tags: '湖北, 知识产权', body: paragraphs('新正文。'), byline: '记者 王五', sourceUrl: 'https://example.com/a', originalPublishedAt: '2024-02-29', seoTitle: 'SEO',
    }));
    expect(result).toMatchObject({ version: 2, status: 'DRAFT', slug: 'xin-biao-ti', slugAuto: true, excerpt: '新正文。', publishedAt: null, scheduledAt: null });
    expect(result.invalidation).toEqual({ slugs: [], tagSlugs: [] });
    const stored = await getPrisma().article.findUniqueOrThrow({
      where: { id: article.id },
      include: { tags: { orderBy: { position: 'asc' }, include: { tag: true } }, revisions: true },
    });
    expect(stored).toMatchObject({ title: '新标题', bodyText: '新正文。', byline: '记者 王五', sourceUrl: 'https://example.com/a', seoTitle: 'SEO', seoDescription: null, updatedById: actor.id });
    expect(stored.originalPublishedAt?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(stored.tags.map((link) => [link.position, link.tag.name, link.tag.slug])).toEqual([[0, '湖北', 'hu-bei'], [1, '知识产权', 'zhi-shi-chan-quan']]);
    expect(stored.revisions).toHaveLength(1);
    expect(stored.revisions[0]).toMatchObject({ version: 2, title: '新标题', reason: 'save', authorId: actor.id });
    expect(stored.revisions[0]?.snapshot).toMatchObject({ title: '新标题', slug: 'xin-biao-ti', tags: ['湖北', '知识产权'] });
    expect(Object.keys(stored.revisions[0]?.snapshot as object)).not.toEqual(expect.arrayContaining(['lockToken']));
  });

  it('keeps a written excerpt, and derives one from the lead while the excerpt is automatic', async () => {
    const { actor, article } = await createFixture();
    const written = await saveArticle(actor, saveInput(article.id, { excerptAuto: false, excerpt: '编辑写的摘要' }));
    expect(written.excerpt).toBe('编辑写的摘要');
    const derived = await saveArticle(actor, saveInput(article.id, { baseVersion: 2, body: paragraphs('', '第一段。', '第二段。') }));
    expect(derived.excerpt).toBe('第一段。');
  });

  it('publishes and unpublishes, with audit entries, and only published articles are public', async () => {
    const { actor, article } = await createFixture();
    expect(await getPublishedArticle('yuan-biao-ti')).toBeNull();
    const published = await saveArticle(actor, saveInput(article.id, { title: '原标题', intent: 'publish' }));
    expect(published).toMatchObject({ status: 'PUBLISHED', slug: 'yuan-biao-ti', slugAuto: false });
    expect(published.invalidation.slugs).toEqual(['yuan-biao-ti']);
    expect((await getPublishedArticle('yuan-biao-ti'))?.title).toBe('原标题');
    await saveArticle(actor, saveInput(article.id, { baseVersion: 2, title: '原标题', intent: 'unpublish' }));
    expect(await getPublishedArticle('yuan-biao-ti')).toBeNull();
    const actions = await getPrisma().auditLog.findMany({ where: { targetId: article.id }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((entry) => entry.action)).toEqual(['article.publish', 'article.unpublish']);
  });
});
