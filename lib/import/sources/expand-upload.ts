// Expands one uploaded file into what gets imported: a zip into its members, a feed or JSON
// export into its articles, anything else into itself. Files are read one at a time and never
// past the limits, so memory stays bounded however large the upload.
import { open, stat } from 'node:fs/promises';
import { expandDocument } from './expand-document';
import { expandZip, isZip } from './expand-zip';
import { formatSize } from './format-size';
import type { UploadEntry, UploadLimits } from './upload-entry';

export { defaultUploadLimits, isErrorEntry, type UploadEntry, type UploadLimits } from './upload-entry';

async function readBytes(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, length - filled, filled);
      if (bytesRead === 0 || filled + bytesRead === length) return buffer.subarray(0, filled + bytesRead);
      filled += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, limits: UploadLimits): string {
  return `This file is ${formatSize(size)}; the limit is ${formatSize(limits.maxFileBytes)} per file.`;
}

type Opened = { kind: 'zip' } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'error'; error: string };

async function openUpload(path: string, limits: UploadLimits): Promise<Opened> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { kind: 'error', error: 'This is not a regular file.' };
    if (isZip(await readBytes(path, 4))) return { kind: 'zip' };
    if (info.size > limits.maxFileBytes) return { kind: 'error', error: tooLarge(info.size, limits) };
    // One byte more than stat() counted shows a file that grew in the meantime.
    const bytes = await readBytes(path, info.size + 1);
    if (bytes.length > info.size) return { kind: 'error', error: 'This file changed while it was being read; try again.' };
    return { kind: 'bytes', bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: 'error', error: `This file cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).` };
  }
}

export async function* expandUpload(upload: { name: string; path: string }, limits: UploadLimits): AsyncGenerator<UploadEntry> {
  const opened = await openUpload(upload.path, limits);
  if (opened.kind === 'zip') yield* expandZip(upload, limits);
  else if (opened.kind === 'error') yield { name: upload.name, error: opened.error };
  else yield* expandDocument(upload.name, opened.bytes, limits);
}
