import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { addImportItem } from '@/lib/import-batches/add-import-item';
import { consumerNews, createEditor, createWebBatch, hubeiNews } from '@/lib/import-batches/import-test-fixtures';
import { queueImportItems } from '@/lib/import-batches/queue-import-items';
import type { ImportItemStatus } from '@/lib/import-batches/import-batch-types';
import { enqueueImportBatch } from './enqueue-import-batch';
import { getJobQueue } from './get-job-queue';
import { importBatchQueue } from './import-batch-queue';
import { startJobWorkers, stopJobWorkers } from './start-job-workers';

async function waitUntilNoItemIs(batchId: string, statuses: ImportItemStatus[]): Promise<void> {
  // Polls the database the way the admin page does; the job runs in the background.
  for (let attempt = 0; attempt < 200; attempt++) {
    const left = await getPrisma().importItem.count({ where: { batchId, status: { in: statuses } } });
    if (left === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`batch ${batchId} still has ${statuses.join('/')} items`);
}

describe('background import jobs (pg-boss)', () => {
  beforeEach(() => resetDatabase(getPrisma()));
  afterAll(() => stopJobWorkers());

  it('keeps one waiting and one running job per batch, so an upload during a run gets exactly one follow-up', async () => {
    const boss = await getJobQueue();
    await boss.purgeQueue(importBatchQueue);
    const batchId = randomUUID();
    const states = async () => {
      const { rows } = await boss.getDb().executeSql(
        `SELECT state FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'active') ORDER BY state`,
        [importBatchQueue, batchId],
      );
      return rows.map((row: { state: string }) => row.state);
    };
    await enqueueImportBatch(batchId);
    await enqueueImportBatch(batchId);
    expect(await states()).toEqual(['created']);

    const [running] = await boss.fetch<{ batchId: string }>(importBatchQueue);
    expect(running?.data).toEqual({ batchId });
    await enqueueImportBatch(batchId);
    await enqueueImportBatch(batchId);
    expect(await states()).toEqual(['created', 'active']);
    // While one run is active, the follow-up cannot start.
    expect(await boss.fetch(importBatchQueue)).toEqual([]);

    await boss.complete(importBatchQueue, running?.id ?? '');
    const [followUp] = await boss.fetch<{ batchId: string }>(importBatchQueue);
    expect(followUp?.data).toEqual({ batchId });
    await boss.complete(importBatchQueue, followUp?.id ?? '');
    expect(await states()).toEqual([]);
  });

  it('resumes unfinished batches on start, runs enqueued ones, and creates the queued articles', { timeout: 60_000 }, async () => {
    const editor = await createEditor();
    // Files stored while no worker ran (as after a restart): the start-up sweep must find them.
    const waiting = await createWebBatch(editor.id);
    await addImportItem(waiting.id, { name: '000.txt', bytes: consumerNews });
    await addImportItem(waiting.id, { name: 'empty.txt', bytes: new Uint8Array() });

    await startJobWorkers();
    await waitUntilNoItemIs(waiting.id, ['PENDING']);
    const analysed = await getPrisma().importItem.findMany({ where: { batchId: waiting.id }, orderBy: { position: 'asc' }, select: { id: true, status: true } });
    expect(analysed.map((item) => item.status)).toEqual(['READY', 'FAILED']);

    // A new upload to another batch, enqueued as the upload endpoint does.
    const uploaded = await createWebBatch(editor.id);
    await addImportItem(uploaded.id, { name: '003.txt', bytes: hubeiNews });
    await enqueueImportBatch(uploaded.id);
    await waitUntilNoItemIs(uploaded.id, ['PENDING']);
    expect(await getPrisma().importItem.findFirst({ where: { batchId: uploaded.id }, select: { status: true } })).toEqual({ status: 'READY' });

    const readyId = analysed[0]?.id ?? '';
    expect(await queueImportItems({ batchId: waiting.id, itemIds: [readyId], publish: true, actor: editor })).toBe(1);
    await waitUntilNoItemIs(waiting.id, ['QUEUED']);
    const article = await getPrisma().article.findFirstOrThrow({ select: { status: true, importItem: { select: { id: true } } } });
    expect(article).toEqual({ status: 'PUBLISHED', importItem: { id: readyId } });

    // The queue keeps at most one waiting job per batch.
    const boss = await getJobQueue();
    const queue = await boss.getQueue(importBatchQueue);
    expect(queue?.policy).toBe('stately');
  });
});
