import 'server-only';
import { z } from 'zod';
import { getPrisma } from '@/lib/db/client';
import { addToImportBatchCounts, emptyImportBatchCounts } from './count-import-items';
import type { ImportBatchDetail } from './import-batch-types';
import { importItemRowSelect, toImportItemRow } from './import-item-row';

/** A batch with every item's preview row, in upload order; null when there is no such batch. */
export async function getImportBatch(id: string): Promise<ImportBatchDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const batch = await getPrisma().importBatch.findUnique({
    where: { id },
    select: {
      id: true,
      origin: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      items: { orderBy: { position: 'asc' }, select: importItemRowSelect },
    },
  });
  if (!batch) return null;
  const counts = emptyImportBatchCounts();
  for (const item of batch.items) addToImportBatchCounts(counts, item.status, 1);
  return {
    id: batch.id,
    origin: batch.origin,
    createdAt: batch.createdAt,
    createdByName: batch.createdBy?.name ?? null,
    counts,
    items: batch.items.map(toImportItemRow),
  };
}
