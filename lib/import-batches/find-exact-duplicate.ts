import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import type { DuplicateOfItem } from './import-batch-types';

type Db = Pick<Prisma.TransactionClient, 'article' | 'importItem'>;

export type ExactDuplicate =
  | { kind: 'article'; article: { id: string; title: string } }
  | { kind: 'item'; item: DuplicateOfItem };

/**
 * An article with the same file (sourceHash) or the same text (contentHash), else an earlier
 * file of the same batch that is going to become one; null when the text is new.
 */
export async function findExactDuplicate(
  db: Db,
  item: { batchId: string; position: number; sourceHash: string | null; contentHash: string },
): Promise<ExactDuplicate | null> {
  const sameContent: Prisma.ArticleWhereInput[] = [{ contentHash: item.contentHash }];
  if (item.sourceHash) sameContent.push({ sourceHash: item.sourceHash });
  const article = await db.article.findFirst({
    where: { OR: sameContent },
    orderBy: { createdAt: 'asc' },
    select: { id: true, title: true },
  });
  if (article) return { kind: 'article', article };

  const sameItem: Prisma.ImportItemWhereInput[] = [{ contentHash: item.contentHash }];
  if (item.sourceHash) sameItem.push({ sourceHash: item.sourceHash });
  const earlier = await db.importItem.findFirst({
    where: {
      batchId: item.batchId,
      position: { lt: item.position },
      // Failed and duplicate items will not become articles; the rest will, or already did.
      status: { in: ['PENDING', 'READY', 'QUEUED', 'CREATED'] },
      OR: sameItem,
    },
    orderBy: { position: 'asc' },
    select: { id: true, fileName: true, position: true },
  });
  return earlier ? { kind: 'item', item: earlier } : null;
}
