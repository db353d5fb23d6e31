import 'server-only';
import type PgBoss from 'pg-boss';
import { listUnfinishedImportBatches } from '@/lib/import-batches/list-unfinished-import-batches';
import { enqueueImportBatch } from './enqueue-import-batch';
import { getJobQueue, stopJobQueue } from './get-job-queue';
import { importBatchQueue, type ImportBatchJobData } from './import-batch-queue';
import { publishScheduledCron, publishScheduledQueue } from './publish-scheduled-queue';
import { runImportBatchJob } from './run-import-batch-job';
import { runPublishScheduledJob } from './run-publish-scheduled-job';

const globalForWorkers = globalThis as typeof globalThis & { inkstoneJobWorkers?: { stopping: AbortController } };
const stopSignals = ['SIGTERM', 'SIGINT'] as const;
const signalExitCodes = { SIGINT: 130, SIGTERM: 143 } as const;

async function stopOnSignal(signal: (typeof stopSignals)[number]): Promise<void> {
  await stopJobWorkers().catch((error: unknown) => console.error('background jobs: stopping failed', error));
  // Next's server exits on these signals itself; exit here only if nothing else will.
  if (process.listenerCount(signal) === 0) process.exit(signalExitCodes[signal]);
}

/** Enqueues every batch left with work, so imports resume after a restart or a crash. */
async function resumeUnfinishedBatches(): Promise<number> {
  const batchIds = await listUnfinishedImportBatches();
  for (const batchId of batchIds) await enqueueImportBatch(batchId);
  return batchIds.length;
}

/**
 * Publishing runs every minute (the cron lives in PostgreSQL: one schedule however many
 * instances start, sent once per minute), and once now for what fell due while no server ran.
 */
async function startScheduledPublishing(boss: PgBoss): Promise<void> {
  await boss.work(publishScheduledQueue, { batchSize: 1, pollingIntervalSeconds: 2 }, () => runPublishScheduledJob());
  await boss.schedule(publishScheduledQueue, publishScheduledCron, {}, { tz: 'UTC' });
  await boss.send(publishScheduledQueue, {}, { singletonKey: 'start' });
}

/**
 * Starts the background workers of this process (once): the import-batch handler, then a sweep
 * that re-enqueues unfinished batches; scheduled publishing. SIGTERM and SIGINT stop them gracefully.
 */
export async function startJobWorkers(): Promise<void> {
  if (globalForWorkers.inkstoneJobWorkers) return;
  const stopping = new AbortController();
  globalForWorkers.inkstoneJobWorkers = { stopping };
  try {
    const boss = await getJobQueue();
    await boss.work<ImportBatchJobData>(importBatchQueue, { batchSize: 1, pollingIntervalSeconds: 2 }, (jobs) =>
      runImportBatchJob(jobs, stopping.signal),
    );
    await resumeUnfinishedBatches();
    await startScheduledPublishing(boss);
  } catch (error) {
    globalForWorkers.inkstoneJobWorkers = undefined;
    throw error;
  }
  for (const signal of stopSignals) process.once(signal, stopOnSignal);
}

/** Lets the running item finish, ends the current run and closes the queue. */
export async function stopJobWorkers(): Promise<void> {
  const workers = globalForWorkers.inkstoneJobWorkers;
  if (!workers) return;
  globalForWorkers.inkstoneJobWorkers = undefined;
  for (const signal of stopSignals) process.off(signal, stopOnSignal);
  workers.stopping.abort();
  await stopJobQueue();
}
