export type UploadFailure = '400' | '401' | '403' | '404' | '413' | 'network' | 'unknown';

export type UploadOutcome =
  | { ok: true; entries: number }
  | { ok: false; failure: UploadFailure; detail: string | null };

const knownStatuses = new Set(['400', '401', '403', '404', '413']);

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** Sends one file, as is, to the batch's upload route; the server decides whether it is acceptable. */
export async function uploadFile(batchId: string, file: File): Promise<UploadOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/import/batches/${encodeURIComponent(batchId)}/files`, {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent(file.name), 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    return { ok: false, failure: 'network', detail: null };
  }
  const answer = await readJson(response);
  if (response.ok && answer && typeof answer === 'object' && 'items' in answer && Array.isArray(answer.items)) {
    return { ok: true, entries: answer.items.length };
  }
  const status = String(response.status);
  const detail = answer && typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string' ? answer.error : null;
  return { ok: false, failure: knownStatuses.has(status) ? (status as UploadFailure) : 'unknown', detail };
}
