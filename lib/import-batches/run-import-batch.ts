import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { analyseImportItem, createAnalyseContext, type AnalyseContext } from './analyse-import-item';
import { commitImportItem } from './commit-import-item';

export interface RunImportBatchOptions {
  // Checked between items: a shutdown aborts, and the rest waits for the next run.
  signal?: AbortSignal;
  // Epoch milliseconds after which no new item is started, to keep one job run short.
  deadline?: number;
}

export interface RunImportBatchOutcome {
  analysed: number;
  committed: number;
  // false when stopped by the signal or the deadline with work left.
  isFinished: boolean;
}

type Work = 'PENDING' | 'QUEUED';

/**
 * The batch job: analyses PENDING items, then commits QUEUED ones, one item at a time in
 * position order, until none is left (files uploaded meanwhile included). Every step is
 * recorded as it happens, so a run that is stopped or crashes is simply continued by the next.
 */
export async function runImportBatch(batchId: string, options: RunImportBatchOptions = {}): Promise<RunImportBatchOutcome> {
  const prisma = getPrisma();
  const batch = await prisma.importBatch.findUnique({ where: { id: batchId }, select: { createdById: true } });
  const outcome: RunImportBatchOutcome = { analysed: 0, committed: 0, isFinished: true };
  if (!batch) return outcome;
  const shouldStop = () => options.signal?.aborted === true || (options.deadline !== undefined && Date.now() >= options.deadline);
  let context: AnalyseContext | undefined;

  const handleItem = async (work: Work, itemId: string, publish: boolean) => {
    if (work === 'PENDING') {
      context ??= await createAnalyseContext();
      await analyseImportItem(itemId, context);
      outcome.analysed += 1;
    } else {
      await commitImportItem(itemId, { actorId: batch.createdById, publish });
      outcome.committed += 1;
    }
  };

  // A pass walks each kind of work by position; another pass follows while the last one found
  // work, for items queued behind the cursor meanwhile.
  for (let hasProgressed = true; hasProgressed; ) {
    hasProgressed = false;
    for (const work of ['PENDING', 'QUEUED'] as const) {
      for (let after = 0; ; ) {
        if (shouldStop()) return { ...outcome, isFinished: false };
        const next = await prisma.importItem.findFirst({
          where: { batchId, status: work, position: { gt: after } },
          orderBy: { position: 'asc' },
          select: { id: true, position: true, publish: true },
        });
        if (!next) break;
        after = next.position;
        try {
          await handleItem(work, next.id, next.publish);
        } catch (error) {
          // The item was deleted under us (its batch removed): nothing left to do for it.
          if (!isAppError(error) || error.code !== 'NOT_FOUND') throw error;
        }
        hasProgressed = true;
      }
    }
  }
  return outcome;
}
