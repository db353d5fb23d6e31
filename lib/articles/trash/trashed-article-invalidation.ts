import 'server-only';
import type { ArticleInvalidation } from '@/lib/cache/article-invalidation';
import { noInvalidation } from '@/lib/cache/article-invalidation';
import type { Prisma } from '@/lib/db/generated/client';
import type { ArticleStatus } from '@/lib/db/generated/enums';

/**
 * The reader pages that change when a published or archived article enters or leaves the trash:
 * its URL, the old URLs that redirect to it, and its topics. Drafts and scheduled articles have none.
 */
export async function trashedArticleInvalidation(
  tx: Prisma.TransactionClient,
  article: { id: string; slug: string; status: ArticleStatus },
): Promise<ArticleInvalidation> {
  if (article.status !== 'PUBLISHED' && article.status !== 'ARCHIVED') return noInvalidation;
  const [redirects, tags] = await Promise.all([
    tx.articleSlugRedirect.findMany({ where: { articleId: article.id }, select: { slug: true } }),
    tx.articleTag.findMany({ where: { articleId: article.id }, select: { tag: { select: { slug: true } } } }),
  ]);
  return {
    slugs: [article.slug, ...redirects.map((redirect) => redirect.slug)],
    tagSlugs: tags.map((link) => link.tag.slug),
  };
}
