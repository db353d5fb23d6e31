import 'server-only';
import { enqueueImportBatch } from '@/lib/jobs/enqueue-import-batch';
import { defaultUploadLimits, expandUpload } from '@/lib/import/sources/expand-upload';
import { addImportItem } from './add-import-item';
import type { ImportItemStatus } from './import-batch-types';
import type { ImportLimits } from './import-limits';

export interface StoredUploadItem {
  id: string;
  fileName: string;
  status: ImportItemStatus;
  error: string | null;
}

/**
 * Adds an uploaded file (saved at `upload.path`) to a batch: a zip or feed as one item per member
 * or article, read one at a time, anything else as one item. Then wakes the batch's job.
 */
export async function storeUpload(batchId: string, upload: { name: string; path: string }, limits: ImportLimits): Promise<StoredUploadItem[]> {
  const items: StoredUploadItem[] = [];
  const uploadLimits = { maxFileBytes: limits.maxFileBytes, maxEntries: limits.maxEntriesPerUpload, maxTotalBytes: defaultUploadLimits.maxTotalBytes };
  for await (const entry of expandUpload(upload, uploadLimits)) {
    items.push(await addImportItem(batchId, entry));
  }
  try {
    await enqueueImportBatch(batchId);
  } catch (error) {
    // The items are stored: the workers' start-up sweep picks them up once the queue is back.
    console.error(`import: could not enqueue batch ${batchId}`, error);
  }
  return items;
}
