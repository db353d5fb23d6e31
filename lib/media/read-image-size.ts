import { asciiAt, viewOf, type ImageSize } from './image-size';
import type { UploadImageType } from './image-types';
import { readAvifSize } from './read-avif-size';
import { readJpegSize } from './read-jpeg-size';
import { readWebpSize } from './read-webp-size';

function readPngSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 24 || asciiAt(bytes, 12) !== 'IHDR') return null;
  const view = viewOf(bytes);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const GIF_EXTENSION = 0x21;
const GIF_IMAGE = 0x2c;

// The screen descriptor takes any bytes, so `GIF89a<html>…` would pass it: what follows it (and
// its colour table) must be the first block of a real GIF.
function readGifSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 14) return null;
  const packed = bytes[10] ?? 0;
  const colourTableSize = packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0;
  const firstBlock = bytes[13 + colourTableSize];
  if (firstBlock !== GIF_EXTENSION && firstBlock !== GIF_IMAGE) return null;
  const view = viewOf(bytes);
  return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
}

const readers: Record<UploadImageType, (bytes: Uint8Array) => ImageSize | null> = {
  'image/jpeg': readJpegSize,
  'image/png': readPngSize,
  'image/gif': readGifSize,
  'image/webp': readWebpSize,
  'image/avif': readAvifSize,
};

/**
 * Width and height from the file's headers, without decoding pixels; null when the headers are
 * cut short or malformed, or give a zero size.
 */
export function readImageSize(bytes: Uint8Array, type: UploadImageType): ImageSize | null {
  try {
    const size = readers[type](bytes);
    return size && size.width > 0 && size.height > 0 ? size : null;
  } catch (error) {
    if (error instanceof RangeError) return null; // a length field pointing past the end
    throw error;
  }
}
