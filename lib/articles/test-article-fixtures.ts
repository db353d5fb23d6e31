import { randomBytes } from 'node:crypto';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import type { Prisma } from '@/lib/db/generated/client';
import { paragraphs } from './test-save-input';

/** Test helper: a user who can act on articles. */
export async function createTestUser(name = '编辑', role: 'EDITOR' | 'ADMIN' | 'CONTRIBUTOR' = 'EDITOR') {
  const user = await getPrisma().user.create({
    data: { email: `${randomBytes(4).toString('hex')}@test.local`, name, passwordHash: 'x', role },
  });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

/** Test helper: an article with a title, a body and a slug of its own, plus `data`. */
export async function createTestArticle(data: Partial<Prisma.ArticleUncheckedCreateInput> = {}) {
  return getPrisma().article.create({
    data: { title: '原标题', slug: `article-${randomBytes(4).toString('hex')}`, body: paragraphs('原文。'), bodyText: '原文。', ...data },
  });
}

/** Test helper: everything a save writes about an article, to show a refused save wrote nothing. */
export async function articleWriteState(id: string) {
  const prisma = getPrisma();
  const [article, revisions, audits, redirects, tags] = await Promise.all([
    prisma.article.findUniqueOrThrow({ where: { id } }),
    prisma.revision.count({ where: { articleId: id } }),
    prisma.auditLog.count({ where: { targetId: id } }),
    prisma.articleSlugRedirect.count({ where: { articleId: id } }),
    prisma.articleTag.count({ where: { articleId: id } }),
  ]);
  const { updatedAt, ...columns } = article;
  return { columns, updatedAt: updatedAt.toISOString(), revisions, audits, redirects, tags, tagRows: await prisma.tag.count() };
}

/** Test helper: who holds an article's soft lock, and from which window. */
export async function readArticleLock(id: string) {
  return getPrisma().article.findUniqueOrThrow({ where: { id }, select: { lockToken: true, lockedById: true } });
}

/** Test helper: an empty database for the next test. */
export async function resetArticleTestDatabase(): Promise<void> {
  await resetDatabase(getPrisma());
}
