import { asciiAt, viewOf, type ImageSize } from './image-size';

interface Box {
  type: string;
  start: number; // first byte of the payload
  end: number;
}

function* boxesIn(bytes: Uint8Array, start: number, end: number): Generator<Box> {
  const view = viewOf(bytes);
  let offset = start;
  while (offset + 8 <= end) {
    let size = view.getUint32(offset);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > end) return;
      size = Number(view.getBigUint64(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < header || offset + size > end) return;
    yield { type: asciiAt(bytes, offset + 4), start: offset + header, end: offset + size };
    offset += size;
  }
}

function findBox(bytes: Uint8Array, start: number, end: number, type: string): Box | null {
  for (const box of boxesIn(bytes, start, end)) if (box.type === type) return box;
  return null;
}

/**
 * The size of an AVIF image from its first `ispe` (image spatial extents) property, found at
 * meta → iprp → ipco. meta and ispe are full boxes: 4 bytes of version and flags come first.
 */
export function readAvifSize(bytes: Uint8Array): ImageSize | null {
  const meta = findBox(bytes, 0, bytes.length, 'meta');
  const iprp = meta && findBox(bytes, meta.start + 4, meta.end, 'iprp');
  const ipco = iprp && findBox(bytes, iprp.start, iprp.end, 'ipco');
  const ispe = ipco && findBox(bytes, ipco.start, ipco.end, 'ispe');
  if (!ispe || ispe.end - ispe.start < 12) return null;
  const view = viewOf(bytes);
  return { width: view.getUint32(ispe.start + 4), height: view.getUint32(ispe.start + 8) };
}
