import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { addToImportBatchCounts, emptyImportBatchCounts } from './count-import-items';
import type { ImportBatchCounts, ImportBatchListEntry } from './import-batch-types';

/** Past batches, newest first, with their items counted by status; `before` pages by creation time. */
export async function listImportBatches(options: { limit: number; before?: Date }): Promise<ImportBatchListEntry[]> {
  const prisma = getPrisma();
  const take = Math.min(Math.max(Math.trunc(options.limit) || 1, 1), 200);
  const batches = await prisma.importBatch.findMany({
    where: options.before ? { createdAt: { lt: options.before } } : undefined,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, origin: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  if (batches.length === 0) return [];
  const groups = await prisma.importItem.groupBy({
    by: ['batchId', 'status'],
    where: { batchId: { in: batches.map((batch) => batch.id) } },
    _count: { _all: true },
  });
  const counts = new Map<string, ImportBatchCounts>();
  for (const group of groups) {
    const batchCounts = counts.get(group.batchId) ?? emptyImportBatchCounts();
    counts.set(group.batchId, addToImportBatchCounts(batchCounts, group.status, group._count._all));
  }
  return batches.map((batch) => ({
    id: batch.id,
    origin: batch.origin,
    createdAt: batch.createdAt,
    createdByName: batch.createdBy?.name ?? null,
    counts: counts.get(batch.id) ?? emptyImportBatchCounts(),
  }));
}
