import 'server-only';
import type { ArticleInvalidation } from '@/lib/cache/article-invalidation';
import type { Prisma } from '@/lib/db/generated/client';

/**
 * The reader pages a change to tags shows on: the topics' pages (under every slug given) and the
 * pages of their published articles, which list them. Read it before the change removes links.
 */
export async function tagInvalidationFor(
  tx: Prisma.TransactionClient,
  { tagIds, tagSlugs }: { tagIds: readonly string[]; tagSlugs: readonly string[] },
): Promise<ArticleInvalidation> {
  const articles = await tx.article.findMany({
    where: { status: 'PUBLISHED', deletedAt: null, tags: { some: { tagId: { in: [...tagIds] } } } },
    select: { slug: true },
  });
  return { slugs: articles.map((article) => article.slug), tagSlugs: [...new Set(tagSlugs)] };
}
