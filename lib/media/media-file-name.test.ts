import { describe, expect, it } from 'vitest';
import { normaliseImageSrc } from '../rich-text/normalise-image-src';
import { mediaFileName, parseMediaFileName } from './media-file-name';

const id = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';

describe('mediaFileName', () => {
  it.each([
    ['image/jpeg', 'jpg'],
    ['image/png', 'png'],
    ['image/gif', 'gif'],
    ['image/webp', 'webp'],
    ['image/avif', 'avif'],
  ] as const)('names a %s file .%s, a source the body schema accepts', (type, extension) => {
    const name = mediaFileName(id, type);
    expect(name).toBe(`${id}.${extension}`);
    expect(parseMediaFileName(name)).toEqual({ id, extension });
    expect(normaliseImageSrc(`/uploads/${name}`)).toBe(`/uploads/${name}`);
  });
});

describe('parseMediaFileName refuses', () => {
  it.each([
    `${id}.svg`,
    `${id}.PNG`,
    `${id}.png.html`,
    `${id}`,
    `../${id}.png`,
    `${id.toUpperCase()}.png`,
    '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633.png',
    'zzzzzzzz-2fa1-4d3b-a3f5-ef19b5a7633b.png',
    `${id}.png\n`,
    '',
  ])('%j', (name) => {
    expect(parseMediaFileName(name)).toBeNull();
  });
});
