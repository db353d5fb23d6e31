import 'server-only';
import { getJobQueue } from './get-job-queue';
import { importBatchQueue, type ImportBatchJobData } from './import-batch-queue';

/** Asks for a run of the batch's job; a no-op when one is already waiting (see importBatchQueueOptions). */
export async function enqueueImportBatch(batchId: string): Promise<void> {
  const boss = await getJobQueue();
  const data: ImportBatchJobData = { batchId };
  await boss.send(importBatchQueue, data, { singletonKey: batchId });
}
