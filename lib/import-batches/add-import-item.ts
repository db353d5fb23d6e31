import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import type { UploadEntry } from '@/lib/import/sources/upload-entry';
import type { ImportItemStatus } from './import-batch-types';

const maxFileNameLength = 255;

export interface AddedImportItem {
  id: string;
  status: ImportItemStatus;
  fileName: string;
  error: string | null;
}

// Zip members and feed entries can carry long paths; keep the tail, which names the file.
function storedFileName(name: string): string {
  const trimmed = name.trim() || 'unnamed';
  const characters = Array.from(trimmed);
  return characters.length <= maxFileNameLength ? trimmed : `…${characters.slice(-(maxFileNameLength - 1)).join('')}`;
}

// Prisma's Bytes is a Uint8Array over a plain ArrayBuffer; view the same memory instead of copying.
function asBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

/**
 * Stores one uploaded file (or the reason it could not be read, as a FAILED item) at the end of
 * the batch. The bytes go to import_files, apart from the item, so listing never loads them.
 */
export async function addImportItem(batchId: string, entry: UploadEntry): Promise<AddedImportItem> {
  if (!z.uuid().safeParse(batchId).success) throw new AppError('NOT_FOUND', 'This import batch does not exist.');
  const fileName = storedFileName(entry.name);
  return getPrisma().$transaction(async (tx) => {
    // Locking the batch row gives concurrent uploads to one batch distinct positions.
    const batches = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM import_batches WHERE id = ${batchId}::uuid FOR UPDATE`;
    if (batches.length === 0) throw new AppError('NOT_FOUND', 'This import batch does not exist.');
    const last = await tx.importItem.aggregate({ where: { batchId }, _max: { position: true } });
    const position = (last._max.position ?? 0) + 1;
    if ('error' in entry) {
      return tx.importItem.create({
        data: { batchId, position, fileName, byteSize: 0, status: 'FAILED', error: entry.error },
        select: { id: true, status: true, fileName: true, error: true },
      });
    }
    return tx.importItem.create({
      data: {
        batchId,
        position,
        fileName,
        byteSize: entry.bytes.byteLength,
        sourceHash: createHash('sha256').update(entry.bytes).digest('hex'),
        file: { create: { bytes: asBytes(entry.bytes) } },
      },
      select: { id: true, status: true, fileName: true, error: true },
    });
  });
}
