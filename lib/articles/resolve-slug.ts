import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError } from '@/lib/errors/app-error';
import { makeSlug } from '@/lib/slug/make-slug';
import { uniqueSlug } from '@/lib/slug/unique-slug';

export interface SlugRequest {
  article: { id: string; slug: string; slugAuto: boolean; publishedAt: Date | null };
  /** The slug the editor typed, or '' to let it follow the title. */
  requested: string;
  title: string;
  isPublishing: boolean;
}

/** Slugs other articles hold, as their slug or as an old slug that redirects to them. */
async function slugsTakenByOthers(tx: Prisma.TransactionClient, articleId: string, base: string): Promise<Set<string>> {
  // Slugs are [a-z0-9-] only, so `base-` has no LIKE wildcards in it.
  const matching = [{ slug: base }, { slug: { startsWith: `${base}-` } }];
  const [articles, redirects] = await Promise.all([
    tx.article.findMany({ where: { OR: matching, id: { not: articleId } }, select: { slug: true } }),
    tx.articleSlugRedirect.findMany({ where: { OR: matching, articleId: { not: articleId } }, select: { slug: true } }),
  ]);
  return new Set([...articles, ...redirects].map((row) => row.slug));
}

async function isTakenByOther(tx: Prisma.TransactionClient, articleId: string, slug: string): Promise<boolean> {
  const [article, redirect] = await Promise.all([
    tx.article.findFirst({ where: { slug, id: { not: articleId } }, select: { id: true } }),
    tx.articleSlugRedirect.findFirst({ where: { slug, articleId: { not: articleId } }, select: { slug: true } }),
  ]);
  return article !== null || redirect !== null;
}

/**
 * The slug a save leaves the article with. An explicit slug must be free (not another article's
 * slug or old slug) and stops the slug following the title. '' lets a never-published article's
 * slug follow its title again; a published article keeps its slug (its URL is out there).
 * Publishing fixes the slug.
 */
export async function resolveSlug(tx: Prisma.TransactionClient, request: SlugRequest): Promise<{ slug: string; slugAuto: boolean }> {
  const { article } = request;
  const hasBeenPublished = article.publishedAt !== null;
  if (request.requested !== '') {
    if (request.requested !== article.slug && (await isTakenByOther(tx, article.id, request.requested))) {
      throw new AppError('VALIDATION', 'This slug is already used by another article.', { slug: 'taken' });
    }
    return { slug: request.requested, slugAuto: false };
  }
  if (hasBeenPublished) return { slug: article.slug, slugAuto: false };
  const title = request.title.trim();
  // An untitled draft keeps its placeholder slug rather than becoming article, article-2, …
  if (title === '') return { slug: article.slug, slugAuto: !request.isPublishing };
  const base = makeSlug(title);
  if (article.slug === base) return { slug: base, slugAuto: !request.isPublishing };
  const taken = await slugsTakenByOthers(tx, article.id, base);
  const slug = await uniqueSlug(base, async (candidate) => taken.has(candidate));
  return { slug, slugAuto: !request.isPublishing };
}
