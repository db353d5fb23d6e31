import 'server-only';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { can, type Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { enqueueImportBatch } from '@/lib/jobs/enqueue-import-batch';
import { maxEntriesPerUpload } from './import-limits';

const inputSchema = z.object({
  batchId: z.uuid(),
  itemIds: z.array(z.uuid()).min(1).max(maxEntriesPerUpload),
  publish: z.boolean(),
  toSimplified: z.boolean().optional(),
});

export interface QueueImportItemsInput {
  batchId: string;
  itemIds: readonly string[];
  publish: boolean;
  // Convert Traditional articles to Simplified on import (OpenCC, phrase level).
  toSimplified?: boolean;
  actor: Actor;
}

/**
 * Marks the chosen READY items of a batch QUEUED (as drafts, or to publish) and wakes the batch's
 * job, which creates the articles. Items of other batches or in other states are left alone.
 * Returns how many items were queued.
 */
export async function queueImportItems(input: QueueImportItemsInput): Promise<number> {
  if (!can(input.actor, 'article:import')) throw new AppError('FORBIDDEN', 'You may not import articles.');
  const parsed = inputSchema.safeParse({ batchId: input.batchId, itemIds: input.itemIds, publish: input.publish, toSimplified: input.toSimplified });
  if (!parsed.success) throw new AppError('VALIDATION', 'Choose between 1 and 10,000 files of this batch to import.', { itemIds: 'invalid' });
  const { batchId, itemIds, publish, toSimplified = false } = parsed.data;
  if (publish && !can(input.actor, 'article:publish')) throw new AppError('FORBIDDEN', 'You may import drafts but not publish.');

  const prisma = getPrisma();
  const batch = await prisma.importBatch.findUnique({ where: { id: batchId }, select: { id: true } });
  if (!batch) throw new AppError('NOT_FOUND', 'This import batch does not exist.');
  const { count } = await prisma.importItem.updateMany({
    where: { batchId, id: { in: [...new Set(itemIds)] }, status: 'READY' },
    data: { status: 'QUEUED', publish, toSimplified },
  });
  if (count === 0) return 0;
  await recordAudit(prisma, {
    actorId: input.actor.id,
    action: publish ? 'import.queue_publish' : 'import.queue',
    targetType: 'import_batch',
    targetId: batchId,
    data: { items: count, toSimplified },
  });
  await enqueueImportBatch(batchId);
  return count;
}
