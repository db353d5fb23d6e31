import { Prisma } from '@/lib/db/generated/client';

/** The write failed because another article holds the slug (the unique index on articles.slug). */
export function isArticleSlugClash(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  // The driver adapter reports the violated index in meta; older engines list the fields as target.
  const meta = JSON.stringify(error.meta ?? {});
  return meta.includes('articles_slug_key') || /"target":\["slug"\]/.test(meta);
}
