import { z } from 'zod';
import { uploadImageTypes, type UploadImageExtension, type UploadImageType } from './image-types';

const FILE_NAME = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([a-z0-9]{1,5})$/;
const extensions = new Set<string>(Object.values(uploadImageTypes));

/** The public name of a stored image, e.g. `1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b.png`. */
export function mediaFileName(id: string, mimeType: UploadImageType): string {
  return `${id}.${uploadImageTypes[mimeType]}`;
}

/** Splits a requested `/uploads/<id>.<ext>` name; null for anything not shaped like one. */
export function parseMediaFileName(name: string): { id: string; extension: UploadImageExtension } | null {
  const match = FILE_NAME.exec(name);
  const id = match?.[1];
  const extension = match?.[2];
  if (!id || !extension || !extensions.has(extension) || !z.uuid().safeParse(id).success) return null;
  return { id, extension: extension as UploadImageExtension };
}
