import type PgBoss from 'pg-boss';

export const importBatchQueue = 'import-batch';

export interface ImportBatchJobData {
  batchId: string;
}

// One run stops starting new items after this long and hands over to a fresh job, so a run always
// ends well before the job's expiry (after which pg-boss would consider it lost and retry it).
export const importBatchRunMs = 3 * 60_000;

/**
 * `stately`: per batch (singletonKey) at most one job waiting and one running. A file uploaded
 * while a run is under way queues the one follow-up job that picks it up; more uploads meanwhile
 * add nothing, and two runs of one batch never overlap.
 */
export const importBatchQueueOptions: PgBoss.Queue = {
  name: importBatchQueue,
  policy: 'stately',
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 10 * 60,
};
