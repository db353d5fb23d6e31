import { detectImageType } from './detect-image-type';
import { uploadImageTypes, type UploadImageExtension, type UploadImageType } from './image-types';
import { readImageSize } from './read-image-size';

export interface InspectedImage {
  mimeType: UploadImageType;
  extension: UploadImageExtension;
  width: number;
  height: number;
}

/** Type (by magic bytes) and size of an uploaded image; null unless both can be read. */
export function inspectImage(bytes: Uint8Array): InspectedImage | null {
  const mimeType = detectImageType(bytes);
  if (!mimeType) return null;
  const size = readImageSize(bytes, mimeType);
  if (!size) return null;
  return { mimeType, extension: uploadImageTypes[mimeType], ...size };
}
