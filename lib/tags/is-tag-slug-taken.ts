import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';

/** True when `slug` is another tag's slug or one of another tag's old slugs (a redirect). */
export async function isTagSlugTaken(tx: Prisma.TransactionClient, slug: string, exceptTagId?: string): Promise<boolean> {
  const other = exceptTagId ? { not: exceptTagId } : undefined;
  const [tags, redirects] = await Promise.all([
    tx.tag.count({ where: { slug, id: other } }),
    tx.tagSlugRedirect.count({ where: { slug, tagId: other } }),
  ]);
  return tags + redirects > 0;
}
