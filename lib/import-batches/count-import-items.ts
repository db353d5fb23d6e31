import type { ImportBatchCounts, ImportItemStatus } from './import-batch-types';

export function emptyImportBatchCounts(): ImportBatchCounts {
  return { total: 0, pending: 0, ready: 0, duplicate: 0, failed: 0, created: 0 };
}

/** Adds `count` items of one status to the batch's counts (PENDING and QUEUED are both work left). */
export function addToImportBatchCounts(counts: ImportBatchCounts, status: ImportItemStatus, count: number): ImportBatchCounts {
  counts.total += count;
  if (status === 'PENDING' || status === 'QUEUED') counts.pending += count;
  else if (status === 'READY') counts.ready += count;
  else if (status === 'DUPLICATE') counts.duplicate += count;
  else if (status === 'FAILED') counts.failed += count;
  else counts.created += count;
  return counts;
}
