import 'server-only';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { enqueueImportBatch } from './enqueue-import-batch';
import { importBatchRunMs, type ImportBatchJobData } from './import-batch-queue';

const jobDataSchema = z.object({ batchId: z.uuid() });

/** The pg-boss handler of the import-batch queue: one bounded run, then a follow-up job if work is left. */
export async function runImportBatchJob(jobs: PgBoss.Job<ImportBatchJobData>[], signal: AbortSignal): Promise<void> {
  // The import pipeline (jsdom, encodings, dictionaries) is loaded by the first import, not at
  // server start: a server that only serves readers never pays for it.
  const { runImportBatch } = await import('@/lib/import-batches/run-import-batch');
  for (const job of jobs) {
    const parsed = jobDataSchema.safeParse(job.data);
    if (!parsed.success) {
      console.error(`background jobs: ignoring import-batch job ${job.id} with malformed data`);
      continue;
    }
    const { batchId } = parsed.data;
    const outcome = await runImportBatch(batchId, { signal, deadline: Date.now() + importBatchRunMs });
    // Stopped by shutdown: the start-up sweep enqueues the batch again.
    if (!outcome.isFinished && !signal.aborted) await enqueueImportBatch(batchId);
  }
}
