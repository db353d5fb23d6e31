import 'server-only';
import { getPrisma } from '@/lib/db/client';

/** Batches with items still to analyse (PENDING) or to create (QUEUED). */
export async function listUnfinishedImportBatches(): Promise<string[]> {
  const groups = await getPrisma().importItem.groupBy({
    by: ['batchId'],
    where: { status: { in: ['PENDING', 'QUEUED'] } },
  });
  return groups.map((group) => group.batchId);
}
