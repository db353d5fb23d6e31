import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { stopJobQueue } from '@/lib/jobs/get-job-queue';
import { addImportItem } from './add-import-item';
import { analyseImportItem } from './analyse-import-item';
import { getImportBatch } from './get-import-batch';
import { consumerNews, createEditor, createWebBatch, hubeiNews } from './import-test-fixtures';
import { listImportBatches } from './list-import-batches';
import { listUnfinishedImportBatches } from './list-unfinished-import-batches';
import { queueImportItems } from './queue-import-items';
import { runImportBatch } from './run-import-batch';

describe('running an import batch', () => {
  let editor: Awaited<ReturnType<typeof createEditor>>;

  beforeEach(async () => {
    await resetDatabase(getPrisma());
    editor = await createEditor();
  });

  afterAll(() => stopJobQueue());

  it('finishes a batch that was interrupted with files still PENDING, then creates the queued ones', async () => {
    const batch = await createWebBatch(editor.id);
    const first = await addImportItem(batch.id, { name: '000.txt', bytes: consumerNews });
    await addImportItem(batch.id, { name: '003.txt', bytes: hubeiNews });
    await addImportItem(batch.id, { name: 'empty.txt', bytes: new Uint8Array() });
    // The first run got through one file before the process stopped.
    await analyseImportItem(first.id);
    expect(await listUnfinishedImportBatches()).toEqual([batch.id]);

    const stopped = new AbortController();
    stopped.abort();
    expect(await runImportBatch(batch.id, { signal: stopped.signal })).toEqual({ analysed: 0, committed: 0, isFinished: false });
    expect(await runImportBatch(batch.id, { deadline: Date.now() - 1 })).toEqual({ analysed: 0, committed: 0, isFinished: false });

    expect(await runImportBatch(batch.id)).toEqual({ analysed: 2, committed: 0, isFinished: true });
    let detail = await getImportBatch(batch.id);
    expect(detail?.items.map((item) => item.status)).toEqual(['READY', 'READY', 'FAILED']);
    expect(await listUnfinishedImportBatches()).toEqual([]);

    const readyIds = detail?.items.filter((item) => item.status === 'READY').map((item) => item.id) ?? [];
    expect(await queueImportItems({ batchId: batch.id, itemIds: readyIds, publish: false, actor: editor })).toBe(2);
    expect(await runImportBatch(batch.id)).toEqual({ analysed: 0, committed: 2, isFinished: true });
    detail = await getImportBatch(batch.id);
    expect(detail?.counts).toEqual({ total: 3, pending: 0, ready: 0, duplicate: 0, failed: 1, created: 2 });
    expect(detail?.items.map((item) => item.article?.title ?? null)).toEqual([
      '武漢市全面啟動國家知識產權保護示范區建設',
      '湖北:砥礪“三牛精神”奮進新征程',
      null,
    ]);
    const created = await getPrisma().article.findMany({ select: { status: true, createdById: true } });
    expect(created).toEqual([
      { status: 'DRAFT', createdById: editor.id },
      { status: 'DRAFT', createdById: editor.id },
    ]);

    // Nothing left: a further run does nothing.
    expect(await runImportBatch(batch.id)).toEqual({ analysed: 0, committed: 0, isFinished: true });
  });

  it('lists past batches newest first with their counts and who started them', async () => {
    const older = await createWebBatch(editor.id);
    await addImportItem(older.id, { name: 'bad.zip', error: 'This zip is damaged.' });
    await getPrisma().importBatch.update({ where: { id: older.id }, data: { createdAt: new Date('2026-01-01T00:00:00Z') } });
    const newer = await createWebBatch(null);
    await addImportItem(newer.id, { name: '000.txt', bytes: consumerNews });

    const batches = await listImportBatches({ limit: 10 });
    expect(batches.map((batch) => [batch.id, batch.createdByName, batch.counts])).toEqual([
      [newer.id, null, { total: 1, pending: 1, ready: 0, duplicate: 0, failed: 0, created: 0 }],
      [older.id, '编辑甲', { total: 1, pending: 0, ready: 0, duplicate: 0, failed: 1, created: 0 }],
    ]);
    expect((await listImportBatches({ limit: 1 })).map((batch) => batch.id)).toEqual([newer.id]);
    expect((await listImportBatches({ limit: 10, before: batches[0]?.createdAt })).map((batch) => batch.id)).toEqual([older.id]);
  });
});
