import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes';
import { ImportError } from './import-error';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('decodes UTF-8 without a byte order mark', () => {
    expect(decodeBytes(encode('湖北:砥礪'), 'a.txt')).toEqual({ text: '湖北:砥礪', encoding: 'utf-8' });
  });

  it('strips and reports a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('湖北')]);
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ text: '湖北', encoding: 'utf-8 (BOM)' });
  });

  it.each([
    ['an empty file', new Uint8Array(), /“a\.txt” is empty/],
    ['a file of blank lines', encode(' \n\u3000\n'), /contains no text/],
    ['a byte order mark alone', new Uint8Array([0xef, 0xbb, 0xbf]), /contains no text/],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42]), /NUL bytes.*binary file/],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /UTF-16/],
    ['GBK bytes', new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa]), /not valid UTF-8/],
    ['a truncated UTF-8 sequence', new Uint8Array([...encode('湖'), 0xe5, 0x8c]), /not valid UTF-8/],
  ])('rejects %s with a readable ImportError', (_case, bytes, message) => {
    expect(() => decodeBytes(bytes, 'a.txt')).toThrow(ImportError);
    expect(() => decodeBytes(bytes, 'a.txt')).toThrow(message);
  });
});
