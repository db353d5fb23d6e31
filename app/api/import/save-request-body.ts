import { open } from 'node:fs/promises';

/**
 * Streams a request body into a new file, stopping as soon as it passes `maxBytes`, so an
 * oversized upload costs no more than the limit in disk and nothing in memory.
 */
export async function saveRequestBody(
  body: ReadableStream<Uint8Array> | null,
  path: string,
  maxBytes: number,
): Promise<{ ok: true; size: number } | { ok: false; reason: 'too-large' }> {
  const file = await open(path, 'wx', 0o600);
  let size = 0;
  try {
    if (!body) return { ok: true, size };
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { ok: true, size };
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      await file.write(value);
    }
  } finally {
    await file.close();
  }
}
