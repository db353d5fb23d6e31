// POST /api/import/batches/:batchId/files — one file per request, the raw bytes as the body and
// its name in `x-file-name` (URI-encoded). A zip or feed becomes one item per member or article.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { can } from '@/lib/auth/can';
import { getRequestUser } from '@/lib/auth/get-request-user';
import { isAppError } from '@/lib/errors/app-error';
import { getImportBatchOrigin } from '@/lib/import-batches/get-import-batch-origin';
import { readImportLimits } from '@/lib/import-batches/import-limits';
import { storeUpload } from '@/lib/import-batches/store-upload';
import { formatSize } from '@/lib/import/sources/format-size';
import { isSameOrigin } from '@/lib/http/is-same-origin';
import { parseFileNameHeader } from '../../../parse-file-name-header';
import { saveRequestBody } from '../../../save-request-body';

function fail(status: number, error: string): Response {
  return Response.json({ error }, { status });
}

export async function POST(request: Request, context: { params: Promise<{ batchId: string }> }): Promise<Response> {
  if (!isSameOrigin(request)) return fail(403, 'Uploads are only accepted from Inkstone’s own pages.');
  const user = await getRequestUser(request);
  if (!user) return fail(401, 'Sign in to import files.');
  if (!can(user, 'article:import')) return fail(403, 'You may not import articles.');

  const { batchId } = await context.params;
  const origin = await getImportBatchOrigin(batchId);
  if (!origin) return fail(404, 'This import batch does not exist.');
  if (origin !== 'WEB') return fail(400, 'Files can only be uploaded to a batch started in the browser.');
  const fileName = parseFileNameHeader(request.headers.get('x-file-name'));
  if (!fileName.ok) return fail(400, fileName.error);

  const limits = readImportLimits();
  const tooLarge = `This upload is larger than the limit of ${formatSize(limits.maxUploadBytes)}; split it into smaller uploads.`;
  const declaredLength = Number(request.headers.get('content-length') ?? '0');
  if (declaredLength > limits.maxUploadBytes) return fail(413, tooLarge);

  const folder = await mkdtemp(join(tmpdir(), 'inkstone-upload-'));
  try {
    const path = join(folder, 'upload');
    const saved = await saveRequestBody(request.body, path, limits.maxUploadBytes);
    if (!saved.ok) return fail(413, tooLarge);
    const items = await storeUpload(batchId, { name: fileName.name, path }, limits);
    return Response.json({ items });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return fail(404, 'This import batch does not exist.');
    console.error(`import: upload to batch ${batchId} failed`, error);
    return fail(500, 'Inkstone could not store this upload (internal error); it has been logged.');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
