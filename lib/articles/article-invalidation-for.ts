import 'server-only';
import type { ArticleInvalidation } from '@/lib/cache/article-invalidation';
import { noInvalidation } from '@/lib/cache/article-invalidation';
import type { Prisma } from '@/lib/db/generated/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';
import { isArticlePublic } from './is-article-public';

export interface ArticleChange {
  before: { status: ArticleStatus; slug: string; tagSlugs: readonly string[] };
  after: { id: string; status: ArticleStatus; slug: string; tagsChanged: boolean };
}

/**
 * The reader pages a saved (never trashed) article touched: its slug and the slug it replaced,
 * and its topics before and after, when it was public before the write or is public after it.
 */
export async function articleInvalidationFor(tx: Prisma.TransactionClient, change: ArticleChange): Promise<ArticleInvalidation> {
  const { before, after } = change;
  if (!isArticlePublic({ ...before, deletedAt: null }) && !isArticlePublic({ ...after, deletedAt: null })) return noInvalidation;
  const tagSlugsAfter = after.tagsChanged
    ? (await tx.articleTag.findMany({ where: { articleId: after.id }, select: { tag: { select: { slug: true } } } })).map((link) => link.tag.slug)
    : before.tagSlugs;
  return {
    slugs: [...new Set([after.slug, before.slug])],
    tagSlugs: [...new Set([...before.tagSlugs, ...tagSlugsAfter])],
  };
}
