import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { foldTagName } from './fold-tag-name';

const batchSize = 500;

/**
 * Fills in the name key of tags created before keys existed (the migration cannot run OpenCC).
 * Idempotent; runs at every start and touches nothing once every tag has a key. Two old tags that
 * fold to the same key both get it: tag health lists them as likely duplicates to merge.
 */
export async function backfillTagNameKeys(): Promise<number> {
  const prisma = getPrisma();
  let filled = 0;
  for (;;) {
    const tags = await prisma.tag.findMany({ where: { nameKey: null }, select: { id: true, name: true }, take: batchSize });
    if (tags.length === 0) return filled;
    await prisma.$transaction(tags.map((tag) => prisma.tag.update({ where: { id: tag.id }, data: { nameKey: foldTagName(tag.name) } })));
    filled += tags.length;
  }
}
