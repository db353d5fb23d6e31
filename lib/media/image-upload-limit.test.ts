import { describe, expect, it } from 'vitest';
import { parseImageUploadLimit, readImageUploadLimit } from './image-upload-limit';

describe('parseImageUploadLimit', () => {
  it.each<[string | undefined, number]>([
    [undefined, 10 * 1024 * 1024],
    ['', 10 * 1024 * 1024],
    [' ', 10 * 1024 * 1024],
    ['2', 2 * 1024 * 1024],
    ['0.5', 512 * 1024],
    ['100', 100 * 1024 * 1024],
  ])('IMAGE_MAX_MB=%j → %i bytes', (value, maxBytes) => {
    expect(parseImageUploadLimit({ IMAGE_MAX_MB: value })).toEqual({ ok: true, maxBytes });
  });

  it.each([
    ['ten', 'IMAGE_MAX_MB must be a number of megabytes'],
    ['0', 'IMAGE_MAX_MB must be more than 0'],
    ['-1', 'IMAGE_MAX_MB must be more than 0'],
    ['101', 'IMAGE_MAX_MB must be at most 100'],
  ])('refuses IMAGE_MAX_MB=%j', (value, error) => {
    expect(parseImageUploadLimit({ IMAGE_MAX_MB: value })).toEqual({ ok: false, error });
    expect(() => readImageUploadLimit({ IMAGE_MAX_MB: value })).toThrow(`Invalid image upload limit: ${error}`);
  });
});
