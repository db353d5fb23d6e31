import 'server-only';
import { getPrisma } from '@/lib/db/client';

/**
 * The current slug of the article that used to be public at `slug`, when that article is still
 * public (published or archived, not in the trash); null otherwise.
 */
export async function findArticleRedirect(slug: string): Promise<string | null> {
  const redirect = await getPrisma().articleSlugRedirect.findUnique({
    where: { slug },
    select: { article: { select: { slug: true, status: true, deletedAt: true } } },
  });
  const article = redirect?.article;
  if (!article || article.deletedAt || (article.status !== 'PUBLISHED' && article.status !== 'ARCHIVED')) return null;
  // A redirect to itself would loop; the article's own page answers for its current slug.
  return article.slug === slug ? null : article.slug;
}
