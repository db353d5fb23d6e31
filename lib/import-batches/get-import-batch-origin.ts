import 'server-only';
import { z } from 'zod';
import { getPrisma } from '@/lib/db/client';

/** Where a batch's files come from, without loading its items; null when there is no such batch. */
export async function getImportBatchOrigin(id: string): Promise<'WEB' | 'CLI' | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const batch = await getPrisma().importBatch.findUnique({ where: { id }, select: { origin: true } });
  return batch?.origin ?? null;
}
