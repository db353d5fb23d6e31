// Reads one zip member into memory under the upload limits. The sizes in a zip's directory are
// claims: the bytes actually inflated are counted too, and the stream is abandoned the moment a
// limit is passed, so a zip bomb costs at most one member's limit in memory and time.
import { crc32 } from 'node:zlib';
import type { Entry, ZipFile } from 'yauzl';
import { formatSize } from './format-size';
import type { UploadLimits } from './upload-entry';

export type ZipEntryRead =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'error'; error: string }
  // The archive as a whole went past a limit: nothing after this member is read.
  | { kind: 'stop'; error: string };

// Text and HTML deflate 5–20×; a member of a megabyte or more packed over 100× is built to explode.
export const maxCompressionRatio = 100;
const ratioCheckFrom = 1024 * 1024;

const stored = 0;
const deflated = 8;

const bombMessage = 'This file unpacks to more bytes than the zip says it holds, as a zip bomb does; it was not read.';
const damaged = 'This file is damaged in the zip (its data does not match the zip directory).';

function isBombRatio(uncompressed: number, compressed: number): boolean {
  return uncompressed >= ratioCheckFrom && uncompressed > Math.max(compressed, 1) * maxCompressionRatio;
}

function checkBeforeReading(entry: Entry, limits: UploadLimits, unpackedSoFar: number): ZipEntryRead | null {
  if (entry.isEncrypted()) return { kind: 'error', error: 'This file is password-protected in the zip, so it cannot be read.' };
  if (entry.compressionMethod !== stored && entry.compressionMethod !== deflated) {
    return { kind: 'error', error: `This file uses a compression method the importer cannot read (method ${entry.compressionMethod}); re-create the zip with standard (deflate) compression.` };
  }
  if (entry.uncompressedSize > limits.maxFileBytes) {
    return { kind: 'error', error: `This file is ${formatSize(entry.uncompressedSize)} unpacked; the limit is ${formatSize(limits.maxFileBytes)} per file.` };
  }
  if (isBombRatio(entry.uncompressedSize, entry.compressedSize)) {
    return { kind: 'error', error: `This file is compressed more than ${maxCompressionRatio}× (${formatSize(entry.compressedSize)} → ${formatSize(entry.uncompressedSize)}), as only a zip bomb is; it was not unpacked.` };
  }
  if (unpackedSoFar + entry.uncompressedSize > limits.maxTotalBytes) {
    return { kind: 'stop', error: totalMessage(limits) };
  }
  return null;
}

export function totalMessage(limits: UploadLimits): string {
  return `The zip unpacks to more than ${formatSize(limits.maxTotalBytes)} in all; the files after this point were not read.`;
}

export async function readZipEntry(zipfile: ZipFile, entry: Entry, limits: UploadLimits, unpackedSoFar: number): Promise<ZipEntryRead> {
  const refused = checkBeforeReading(entry, limits, unpackedSoFar);
  if (refused) return refused;
  try {
    return await readChecked(zipfile, entry, limits);
  } catch {
    // Invalid deflate data, a local header that is not where the directory says, a truncated file.
    return { kind: 'error', error: damaged };
  }
}

async function readChecked(zipfile: ZipFile, entry: Entry, limits: UploadLimits): Promise<ZipEntryRead> {
  const stream = await zipfile.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let length = 0;
  let checksum = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      length += chunk.length;
      // The declared size passed the checks above, so more bytes than declared means the zip lies.
      if (length > entry.uncompressedSize || length > limits.maxFileBytes) {
        return { kind: 'error', error: bombMessage };
      }
      chunks.push(chunk);
      checksum = crc32(chunk, checksum);
    }
  } finally {
    // Leaving the loop early destroys the stream; this covers a throw from the inflater too.
    stream.destroy();
  }
  if (length !== entry.uncompressedSize || checksum !== entry.crc32) {
    return { kind: 'error', error: damaged };
  }
  return { kind: 'bytes', bytes: new Uint8Array(Buffer.concat(chunks, length)) };
}
