import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { detectImageType } from './detect-image-type';
import { readImageSize } from './read-image-size';

// Real files, encoded by libvips (sharp comes with Next) at sizes that make a swapped or
// off-by-one reading visible.
async function encode(width: number, height: number, format: 'jpeg' | 'png' | 'gif' | 'webp' | 'avif', options: object = {}, channels: 3 | 4 = 3) {
  const image = sharp({ create: { width, height, channels, background: { r: 200, g: 30, b: 30, alpha: 0.5 } } });
  return new Uint8Array(await image.toFormat(format, options).toBuffer());
}

describe('detectImageType and readImageSize on real files', () => {
  it.each([
    ['baseline JPEG', () => encode(301, 17, 'jpeg'), 'image/jpeg', 301, 17],
    ['progressive JPEG', () => encode(17, 301, 'jpeg', { progressive: true }), 'image/jpeg', 17, 301],
    ['PNG', () => encode(640, 1, 'png'), 'image/png', 640, 1],
    ['PNG with alpha', () => encode(2, 3, 'png', {}, 4), 'image/png', 2, 3],
    ['GIF', () => encode(257, 5, 'gif'), 'image/gif', 257, 5],
    ['lossy WebP (VP8)', () => encode(300, 7, 'webp'), 'image/webp', 300, 7],
    ['lossless WebP (VP8L)', () => encode(16383, 3, 'webp', { lossless: true }), 'image/webp', 16383, 3],
    ['WebP with alpha (VP8X)', () => encode(5, 1000, 'webp', {}, 4), 'image/webp', 5, 1000],
    ['AVIF', () => encode(66, 34, 'avif'), 'image/avif', 66, 34],
  ] as const)('%s', async (_name, make, type, width, height) => {
    const bytes = await make();
    expect(detectImageType(bytes)).toBe(type);
    expect(readImageSize(bytes, type)).toEqual({ width, height });
  });

  it('skips the EXIF segment before the frame of a JPEG', async () => {
    const bytes = new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: '#123456' } }).withMetadata({ orientation: 6 }).jpeg().toBuffer());
    expect(bytes[3]).toBe(0xe1); // APP1 (Exif) comes first
    expect(readImageSize(bytes, 'image/jpeg')).toEqual({ width: 40, height: 30 });
  });
});

const text = (value: string) => new TextEncoder().encode(value);

describe('detectImageType refuses', () => {
  it.each([
    ['SVG', text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['SVG without a prolog', text('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ['HTML', text('<!doctype html><script>alert(1)</script>')],
    ['a text file named .png', text('这不是图片，只是改了扩展名。')],
    ['an empty file', new Uint8Array()],
    ['a PDF', text('%PDF-1.7\n')],
    ['a RIFF file that is not WebP', text('RIFF\u0004\u0000\u0000\u0000WAVEfmt ')],
    ['an MP4 (ISO BMFF without an AVIF brand)', Uint8Array.from([0, 0, 0, 0x18, ...text('ftypisom'), 0, 0, 2, 0, ...text('isomiso2')])],
  ])('%s', (_name, bytes) => {
    expect(detectImageType(bytes)).toBeNull();
  });
});

describe('readImageSize on broken headers', () => {
  it('gives null for files cut short after the signature', async () => {
    const cases = [['jpeg', 'image/jpeg', 12], ['png', 'image/png', 20], ['gif', 'image/gif', 8], ['webp', 'image/webp', 24], ['avif', 'image/avif', 40]] as const;
    for (const [format, type, length] of cases) {
      const bytes = await encode(8, 8, format);
      const cut = bytes.subarray(0, length);
      expect(detectImageType(cut), format).toBe(type);
      expect(readImageSize(cut, type), format).toBeNull();
    }
  });

  it('gives null for a zero-sized PNG and a JPEG whose segment length runs past the end', async () => {
    const png = await encode(4, 4, 'png');
    png.fill(0, 16, 24);
    expect(readImageSize(png, 'image/png')).toBeNull();
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff, 0x00]);
    expect(readImageSize(jpeg, 'image/jpeg')).toBeNull();
  });
});

describe('readImageSize on an image signature followed by a web page', () => {
  const page = '<html><body><script>alert(document.domain)</script></body></html>';
  const jfif = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...text('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];

  it.each([
    ['a JPEG header (JFIF segment) then HTML', 'image/jpeg', Uint8Array.from([...jfif, ...text(page)])],
    ['a GIF signature then HTML', 'image/gif', text(`GIF89a${page}`)],
    ['a GIF signature and screen descriptor then HTML', 'image/gif', Uint8Array.from([...text('GIF89a'), 1, 0, 1, 0, 0, 0, 0, ...text(page)])],
    ['a PNG signature then HTML', 'image/png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...text(page)])],
  ] as const)('gives null for %s', (_name, type, bytes) => {
    expect(detectImageType(bytes)).toBe(type);
    expect(readImageSize(bytes, type)).toBeNull();
  });

  it('reads a GIF with a global colour table', async () => {
    const bytes = await encode(9, 4, 'gif');
    expect((bytes[10] ?? 0) & 0x80).toBe(0x80);
    expect(readImageSize(bytes, 'image/gif')).toEqual({ width: 9, height: 4 });
  });
});
