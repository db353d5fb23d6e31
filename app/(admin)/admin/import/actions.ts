'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { authedAction } from '@/lib/actions/authed-action';
import { can } from '@/lib/auth/can';
import { AppError } from '@/lib/errors/app-error';
import { createImportBatch } from '@/lib/import-batches/create-import-batch';
import { queueImportItems } from '@/lib/import-batches/queue-import-items';

export const createImportBatchAction = authedAction({
  permission: 'article:import',
  schema: z.object({}).strict(),
  handler: (_input, actor) => createImportBatch({ actorId: actor.id, origin: 'WEB' }),
});

const queueSelectedSchema = z.object({
  batchId: z.uuid(),
  itemIds: z.array(z.uuid()).min(1).max(10_000),
  publish: z.boolean(),
  toSimplified: z.boolean(),
});

const queueSelected = authedAction({
  permission: 'article:import',
  schema: queueSelectedSchema,
  handler: async (input, actor) => {
    if (input.publish && !can(actor, 'article:publish')) throw new AppError('FORBIDDEN', 'publishing needs article:publish');
    const count = await queueImportItems({ ...input, actor });
    refresh();
    return { count };
  },
});

export type ImportSelectedState = ActionResult<{ count: number }> | null;

/** The preview table's form: ticked READY rows, and which button was pressed. */
export async function importSelectedAction(_previous: ImportSelectedState, form: unknown): Promise<ImportSelectedState> {
  // Anything but the form (a hand-made request) is still checked for permission first, then refused as invalid.
  if (!(form instanceof FormData)) return queueSelected(undefined);
  return queueSelected({
    batchId: form.get('batchId'),
    itemIds: form.getAll('itemId'),
    publish: form.get('intent') === 'publish',
    toSimplified: form.get('toSimplified') === 'on',
  });
}
