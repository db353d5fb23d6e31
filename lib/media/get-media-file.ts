import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { uploadImageTypes, type UploadImageType } from './image-types';
import { mediaFileName, parseMediaFileName } from './media-file-name';

export interface MediaFile {
  /** The name it is served under (`<id>.<ext>`), never the name it was uploaded with. */
  fileName: string;
  mimeType: UploadImageType;
  sha256: string;
  bytes: Uint8Array;
}

function isUploadImageType(value: string): value is UploadImageType {
  return Object.hasOwn(uploadImageTypes, value);
}

/** The stored image behind `/uploads/<name>`; null unless the name, its extension and the row agree. */
export async function getMediaFile(name: string): Promise<MediaFile | null> {
  const parsed = parseMediaFileName(name);
  if (!parsed) return null;
  const row = await getPrisma().media.findUnique({ where: { id: parsed.id }, select: { mimeType: true, sha256: true, bytes: true } });
  if (!row || !isUploadImageType(row.mimeType) || uploadImageTypes[row.mimeType] !== parsed.extension) return null;
  return { fileName: mediaFileName(parsed.id, row.mimeType), mimeType: row.mimeType, sha256: row.sha256, bytes: row.bytes };
}
