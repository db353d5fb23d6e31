import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError } from '@/lib/errors/app-error';

/** A tag's id followed by its ancestors' ids, nearest first; empty when the tag does not exist. */
export async function tagLineage(tx: Prisma.TransactionClient, tagId: string): Promise<string[]> {
  // UNION (not UNION ALL) stops the walk even if bad data already holds a cycle.
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE lineage(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM tags WHERE id = ${tagId}::uuid
      UNION
      SELECT t.id, t.parent_id, l.depth + 1 FROM tags t JOIN lineage l ON t.id = l.parent_id WHERE l.depth < 100
    )
    SELECT id::text AS id FROM lineage ORDER BY depth`;
  return rows.map((row) => row.id);
}

/**
 * Refuses (parentId 'invalid') a parent that does not exist, is the tag itself or one of its
 * descendants: any of these would break the hierarchy into a cycle.
 */
export async function checkTagParent(tx: Prisma.TransactionClient, { tagId, parentId }: { tagId: string | null; parentId: string | null }): Promise<void> {
  if (parentId === null) return;
  const lineage = await tagLineage(tx, parentId);
  if (lineage.length === 0) throw new AppError('VALIDATION', 'The parent tag does not exist.', { parentId: 'invalid' });
  if (tagId !== null && lineage.includes(tagId)) {
    throw new AppError('VALIDATION', 'A tag cannot be its own parent or sit under one of its own sub-tags.', { parentId: 'invalid' });
  }
}
