import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testSessionCookie, useTestSessionSecret } from '@/lib/auth/test-session-cookie';
import { createImportBatch } from '@/lib/import-batches/create-import-batch';
import { consumerNews, countImportRows, createEditor, readStoredImportItem, resetTestDatabase } from '@/lib/import-batches/import-test-fixtures';
import { stopJobQueue } from '@/lib/jobs/get-job-queue';
import { POST } from './route';

const site = 'http://inkstone.test';
const saved = { upload: process.env.IMPORT_MAX_UPLOAD_MB };

function upload(batchId: string, body: BodyInit | null, headers: Record<string, string>): Promise<Response> {
  const request = new Request(`${site}/api/import/batches/${batchId}/files`, {
    method: 'POST',
    headers: { origin: site, 'x-file-name': encodeURIComponent('000 消费者报.txt'), ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return POST(request, { params: Promise.resolve({ batchId }) });
}

function streamOf(bytes: Uint8Array, chunkSize = 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

async function leftoverUploads(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('inkstone-upload-'));
}

describe('POST /api/import/batches/:batchId/files', () => {
  let cookie: string;
  let batchId: string;

  useTestSessionSecret();
  afterAll(() => stopJobQueue());
  beforeEach(async () => {
    await resetTestDatabase();
    const editor = await createEditor();
    cookie = `theme=dark; ${await testSessionCookie({ ...editor, role: 'EDITOR' })}`;
    batchId = (await createImportBatch({ actorId: editor.id, origin: 'WEB' })).id;
  });
  afterEach(() => {
    if (saved.upload === undefined) delete process.env.IMPORT_MAX_UPLOAD_MB;
    else process.env.IMPORT_MAX_UPLOAD_MB = saved.upload;
  });

  it('stores a good file as a pending item of the batch and answers its row', async () => {
    const response = await upload(batchId, consumerNews, { cookie });
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { id: string }[] };
    expect(items).toEqual([{ id: expect.any(String), fileName: '000 消费者报.txt', status: 'PENDING', error: null }]);
    const stored = await readStoredImportItem(items[0]?.id ?? '');
    expect(stored).toMatchObject({ batchId, byteSize: consumerNews.byteLength, position: 1 });
    expect(Buffer.from(stored.file?.bytes ?? []).equals(Buffer.from(consumerNews))).toBe(true);
    expect(await leftoverUploads()).toEqual([]);
  });

  it('answers 401 to anonymous visitors and to a disabled account', async () => {
    const anonymous = await upload(batchId, consumerNews, {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'Sign in to import files.' });
    expect((await upload(batchId, consumerNews, { cookie: 'next-auth.session-token=forged' })).status).toBe(401);

    const gone = await createEditor('gone@test.local', { disabled: true });
    expect((await upload(batchId, consumerNews, { cookie: await testSessionCookie({ ...gone, role: 'EDITOR' }) })).status).toBe(401);
    expect(await countImportRows()).toEqual({ items: 0, files: 0 });
  });

  it('answers 403 to a request from another site or without an Origin', async () => {
    for (const origin of ['https://evil.example', 'null', `${site}.evil.example`]) {
      const response = await upload(batchId, consumerNews, { cookie, origin });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'Uploads are only accepted from Inkstone’s own pages.' });
    }
    const request = new Request(`${site}/api/import/batches/${batchId}/files`, { method: 'POST', headers: { cookie, 'x-file-name': 'a.txt' }, body: consumerNews });
    expect((await POST(request, { params: Promise.resolve({ batchId }) })).status).toBe(403);
    expect(await countImportRows()).toEqual({ items: 0, files: 0 });
  });

  it('answers 404 for a batch that does not exist and 400 for a CLI batch or a bad file name', async () => {
    expect((await upload('6f1c3c8e-0000-4000-8000-000000000000', consumerNews, { cookie })).status).toBe(404);
    expect((await upload('../../etc', consumerNews, { cookie })).status).toBe(404);
    const cliBatch = await createImportBatch({ actorId: null, origin: 'CLI' });
    expect((await upload(cliBatch.id, consumerNews, { cookie })).status).toBe(400);
    for (const name of ['', '%E4%B8', encodeURIComponent('a\u0000b.txt'), encodeURIComponent('长'.repeat(256))]) {
      const response = await upload(batchId, consumerNews, { cookie, 'x-file-name': name });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/file name/);
    }
    expect(await countImportRows()).toEqual({ items: 0, files: 0 });
  });

  it('answers 413 to an upload over IMPORT_MAX_UPLOAD_MB, declared or streamed, and stores nothing', async () => {
    process.env.IMPORT_MAX_UPLOAD_MB = '0.002'; // 2,097 bytes; the sample is larger
    expect(consumerNews.byteLength).toBeGreaterThan(0.002 * 1024 * 1024);
    const declared = await upload(batchId, consumerNews, { cookie, 'content-length': String(consumerNews.byteLength) });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: 'This upload is larger than the limit of 2 KB; split it into smaller uploads.' });
    const streamed = await upload(batchId, streamOf(consumerNews), { cookie });
    expect(streamed.status).toBe(413);
    expect(await countImportRows()).toEqual({ items: 0, files: 0 });
    expect(await leftoverUploads()).toEqual([]);
  });
});
