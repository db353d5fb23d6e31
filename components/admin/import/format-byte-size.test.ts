import { describe, expect, it } from 'vitest';
import { formatByteSize } from './format-byte-size';

describe('formatByteSize', () => {
  it.each([
    [0, 'en', '0 bytes'],
    [512, 'en', '512 bytes'],
    [1, 'en', '1 byte'],
    [512, 'zh-CN', '512字节'],
    [1536, 'en', '1.5 kB'],
    [5 * 1024 * 1024, 'en', '5 MB'],
    [3 * 1024 ** 3 + 1024 ** 3 / 2, 'en', '3.5 GB'],
  ])('%d bytes in %s is %s', (bytes, locale, expected) => {
    expect(formatByteSize(bytes, locale)).toBe(expected);
  });

  it('uses the locale’s digits and separators', () => {
    expect(formatByteSize(1234 * 1024 * 1024, 'en')).toBe('1.2 GB');
    expect(formatByteSize(1536, 'zh-CN')).toMatch(/^1\.5\s?kB$/u);
  });
});
