import { beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { addImportItem } from './add-import-item';
import { analyseImportItem, createAnalyseContext } from './analyse-import-item';
import { commitImportItem } from './commit-import-item';
import { getImportBatch } from './get-import-batch';
import { getImportItem } from './get-import-item';
import { consumerNews, createEditor, createWebBatch, hubeiNews } from './import-test-fixtures';

const utf8 = new TextEncoder();

describe('analysing import items', () => {
  let editorId: string;

  beforeEach(async () => {
    await resetDatabase(getPrisma());
    editorId = (await createEditor()).id;
    await getPrisma().tag.createMany({ data: [{ name: '知识产权', slug: 'zhi-shi-chan-quan' }, { name: '体育', slug: 'ti-yu' }] });
  });

  it('reads both samples to READY with the preview row filled in and tags suggested', async () => {
    const batch = await createWebBatch(editorId);
    const first = await addImportItem(batch.id, { name: '000.txt', bytes: consumerNews });
    const second = await addImportItem(batch.id, { name: '003.txt', bytes: hubeiNews });
    expect([first.status, second.status]).toEqual(['PENDING', 'PENDING']);

    const context = await createAnalyseContext();
    expect(await analyseImportItem(first.id, context)).toBe('READY');
    expect(await analyseImportItem(second.id, context)).toBe('READY');

    const detail = await getImportBatch(batch.id);
    expect(detail?.counts).toEqual({ total: 2, pending: 0, ready: 2, duplicate: 0, failed: 0, created: 0 });
    expect(detail?.items.map((item) => [item.position, item.fileName, item.byteSize])).toEqual([
      [1, '000.txt', consumerNews.byteLength],
      [2, '003.txt', hubeiNews.byteLength],
    ]);
    expect(detail?.items[0]?.summary).toMatchObject({
      kind: 'text',
      title: '武漢市全面啟動國家知識產權保護示范區建設',
      titleIsProposed: true,
      sourceName: '中國消費者報',
      byline: '吳采平',
      originalPublishedAt: '2024-07-31',
      encoding: 'utf-8',
      script: 'HANT',
      pinyinStripped: 229,
      repairs: 1,
      needsReview: true,
      nearDuplicates: 0,
    });
    expect(detail?.items[1]?.summary).toMatchObject({
      title: '湖北:砥礪“三牛精神”奮進新征程',
      titleIsProposed: false,
      sourceName: '中國知識產權報',
      byline: null,
      pinyinStripped: 42,
      repairs: 8,
    });
    // Listing rows carry the summary only: never the bytes or the full result.
    expect(detail?.items[0]).not.toHaveProperty('result');
    expect(detail?.items[0]?.summary?.removedLines).toBeGreaterThan(0);

    const item = await getImportItem(first.id);
    expect(item?.result?.article.bodyText).toContain('吳采平');
    expect(item?.result?.original).toContain('官方微博');
    expect(item?.result?.suggestedTags.matched.map((match) => match.tag)).toEqual(['知识产权']);
    expect(item?.result?.nearDuplicates).toEqual([]);
  });

  it('marks a second copy of a file, or of its text, as a duplicate without an error', async () => {
    const batch = await createWebBatch(editorId);
    const original = await addImportItem(batch.id, { name: '000.txt', bytes: consumerNews });
    const sameFile = await addImportItem(batch.id, { name: 'copy of 000.txt', bytes: consumerNews });
    expect(await analyseImportItem(original.id)).toBe('READY');
    expect(await analyseImportItem(sameFile.id)).toBe('DUPLICATE');
    const copy = await getImportItem(sameFile.id);
    expect(copy).toMatchObject({ status: 'DUPLICATE', error: null, duplicateOf: null, duplicateOfItem: { id: original.id, fileName: '000.txt', position: 1 } });

    expect(await commitImportItem(original.id, { actorId: editorId, publish: false })).toBe('CREATED');
    expect(await commitImportItem(sameFile.id, { actorId: editorId, publish: false })).toBe('DUPLICATE');

    // A later batch: the same bytes, and the same text saved with Windows line ends and a BOM.
    const later = await createWebBatch(editorId);
    const again = await addImportItem(later.id, { name: '000.txt', bytes: consumerNews });
    const text = new TextDecoder().decode(consumerNews).replaceAll('\n', '\r\n');
    const resaved = await addImportItem(later.id, { name: '000-crlf.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode(text)]) });
    expect(await analyseImportItem(again.id)).toBe('DUPLICATE');
    expect(await analyseImportItem(resaved.id)).toBe('DUPLICATE');

    const article = await getPrisma().article.findFirstOrThrow({ select: { id: true, title: true, slug: true } });
    for (const id of [again.id, resaved.id]) {
      expect(await getImportItem(id)).toMatchObject({ status: 'DUPLICATE', error: null, duplicateOf: article, duplicateOfItem: null });
    }
    expect(await getPrisma().article.count()).toBe(1);
  });

  it('fails unreadable files with a reason an editor understands, one file never blocking the next', async () => {
    const batch = await createWebBatch(editorId);
    const pdf = await addImportItem(batch.id, { name: 'report.txt', bytes: new Uint8Array([...utf8.encode('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]) });
    const empty = await addImportItem(batch.id, { name: 'empty.txt', bytes: new Uint8Array() });
    const unpacked = await addImportItem(batch.id, { name: 'archive.zip/../x.txt', error: 'This zip member’s path leaves the archive; it was skipped.' });
    const good = await addImportItem(batch.id, { name: '003.txt', bytes: hubeiNews });
    expect(unpacked.status).toBe('FAILED');

    const context = await createAnalyseContext();
    for (const item of [pdf, empty, unpacked, good]) await analyseImportItem(item.id, context);
    const rows = (await getImportBatch(batch.id))?.items ?? [];
    expect(rows.map((row) => row.status)).toEqual(['FAILED', 'FAILED', 'FAILED', 'READY']);
    expect(rows[0]?.error).toMatch(/PDF/);
    expect(rows[1]?.error).toMatch(/empty/i);
    expect(rows[2]?.error).toBe('This zip member’s path leaves the archive; it was skipped.');
    expect(rows.slice(0, 3).every((row) => row.summary === null)).toBe(true);
    expect(await getPrisma().importFile.count({ where: { itemId: unpacked.id } })).toBe(0);
  });

  it('warns about a possible duplicate found through the SimHash band index, and stays READY', async () => {
    const batch = await createWebBatch(editorId);
    const published = await addImportItem(batch.id, { name: '003.txt', bytes: hubeiNews });
    await analyseImportItem(published.id);
    await commitImportItem(published.id, { actorId: editorId, publish: true });
    const article = await getPrisma().article.findFirstOrThrow({ select: { id: true, title: true, slug: true, simhashBands: true } });
    expect(article.simhashBands.length).toBeGreaterThan(0);

    // A republished copy with a few words changed: new text, so not an exact duplicate.
    const edited = new TextDecoder().decode(hubeiNews).replace('湖北省', '湖北全省').replace('品牌', '品牌建設');
    const copy = await addImportItem(batch.id, { name: '003-edited.txt', bytes: utf8.encode(edited) });
    const unrelated = await addImportItem(batch.id, { name: '000.txt', bytes: consumerNews });
    expect(await analyseImportItem(copy.id)).toBe('READY');
    expect(await analyseImportItem(unrelated.id)).toBe('READY');

    const near = await getImportItem(copy.id);
    expect(near?.result?.nearDuplicates).toEqual([{ articleId: article.id, title: article.title, slug: article.slug, distance: expect.any(Number) }]);
    expect(near?.result?.nearDuplicates[0]?.distance).toBeLessThanOrEqual(6);
    expect(near?.result?.report.warnings).toContain(`Possible duplicate of «${article.title}»`);
    expect(near?.summary).toMatchObject({ nearDuplicates: 1 });
    expect((await getImportItem(unrelated.id))?.result?.nearDuplicates).toEqual([]);
  });

  it('gives every file of concurrent uploads to one batch its own position', async () => {
    const batch = await createWebBatch(editorId);
    const added = await Promise.all(
      Array.from({ length: 8 }, (_, index) => addImportItem(batch.id, { name: `file-${index}.txt`, bytes: utf8.encode(`第${index}篇`) })),
    );
    const positions = await getPrisma().importItem.findMany({ where: { id: { in: added.map((item) => item.id) } }, select: { position: true } });
    expect(positions.map((item) => item.position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses items for a batch that does not exist', async () => {
    await expect(addImportItem('6f1c3c8e-0000-4000-8000-000000000000', { name: 'a.txt', bytes: consumerNews })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addImportItem('not-a-uuid', { name: 'a.txt', bytes: consumerNews })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await getPrisma().importItem.count()).toBe(0);
  });
});
