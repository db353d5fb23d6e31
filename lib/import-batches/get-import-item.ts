import 'server-only';
import { z } from 'zod';
import { getPrisma } from '@/lib/db/client';
import type { ImportItemDetail, ImportItemResult } from './import-batch-types';
import { importItemRowSelect, toImportItemRow } from './import-item-row';

/** One item with its full pipeline result (for the side-by-side report); null when there is none. */
export async function getImportItem(id: string): Promise<ImportItemDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const item = await getPrisma().importItem.findUnique({
    where: { id },
    select: { ...importItemRowSelect, batchId: true, result: true },
  });
  if (!item) return null;
  return { ...toImportItemRow(item), batchId: item.batchId, result: item.result as unknown as ImportItemResult | null };
}
