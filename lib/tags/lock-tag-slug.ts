import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';

/**
 * Holds `slug` and its numbered variants (deng-lu, deng-lu-2, …) for the rest of the transaction,
 * so two writers whose names make the same pinyin slug number it in turn instead of colliding.
 * Take these after any name-key locks, in sorted order, as every writer does.
 */
export async function lockTagSlugs(tx: Prisma.TransactionClient, slugs: readonly string[]): Promise<void> {
  const roots = [...new Set(slugs.map((slug) => slug.replace(/-\d+$/, '')))].sort();
  for (const root of roots) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('tag-slug:' || ${root}))`;
}
