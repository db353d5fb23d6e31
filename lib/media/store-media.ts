import 'server-only';
import { createHash } from 'node:crypto';
import { getPrisma, Prisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import type { UploadImageType } from './image-types';
import { inspectImage } from './inspect-image';
import { mediaFileName } from './media-file-name';

export interface StoredMedia {
  id: string;
  src: string;
  mimeType: UploadImageType;
  width: number;
  height: number;
}

const FILE_NAME_LENGTH = 255;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * Stores an uploaded image after checking what it really is (JPEG, PNG, GIF, WebP or AVIF by its
 * bytes, with a readable size). The same bytes uploaded twice give the same stored image.
 * The caller has already checked the permission and the size limit.
 */
export async function storeMedia(options: { actorId: string; bytes: Uint8Array<ArrayBuffer>; fileName: string }): Promise<StoredMedia> {
  const image = inspectImage(options.bytes);
  if (!image) throw new AppError('VALIDATION', 'The file is not a JPEG, PNG, GIF, WebP or AVIF image', { file: 'unsupportedType' });
  const sha256 = createHash('sha256').update(options.bytes).digest('hex');
  const prisma = getPrisma();
  const select = { id: true } as const;
  let row = await prisma.media.findUnique({ where: { sha256 }, select });
  if (!row) {
    try {
      row = await prisma.media.create({
        data: {
          fileName: options.fileName.slice(0, FILE_NAME_LENGTH),
          mimeType: image.mimeType,
          byteSize: options.bytes.byteLength,
          width: image.width,
          height: image.height,
          sha256,
          bytes: options.bytes,
          createdById: options.actorId,
        },
        select,
      });
    } catch (error) {
      // Someone uploaded the same bytes at the same moment: theirs is as good as ours.
      if (!isUniqueViolation(error)) throw error;
      row = await prisma.media.findUniqueOrThrow({ where: { sha256 }, select });
    }
  }
  return { id: row.id, src: `/uploads/${mediaFileName(row.id, image.mimeType)}`, mimeType: image.mimeType, width: image.width, height: image.height };
}
