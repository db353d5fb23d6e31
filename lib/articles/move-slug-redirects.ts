import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';

/**
 * After a slug change: the old slug of an article readers have seen keeps redirecting to it, and
 * an old slug the article takes back stops redirecting.
 */
export async function moveSlugRedirects(
  tx: Prisma.TransactionClient,
  change: { articleId: string; from: string; to: string; hasBeenPublic: boolean },
): Promise<void> {
  await tx.articleSlugRedirect.deleteMany({ where: { slug: change.to, articleId: change.articleId } });
  if (!change.hasBeenPublic) return;
  await tx.articleSlugRedirect.upsert({
    where: { slug: change.from },
    create: { slug: change.from, articleId: change.articleId },
    update: { articleId: change.articleId },
  });
}
