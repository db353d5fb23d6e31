import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes';
import {
  big5AmbiguousNews,
  gb18030OnlyNews,
  htmlPage,
  shortSimplifiedText,
  simplifiedNews,
  traditionalNews,
} from './fixtures/encodings/fixture-texts';
import { ImportError } from './import-error';

const encode = (text: string) => new TextEncoder().encode(text);
const fixture = (fileName: string) => new Uint8Array(readFileSync(new URL(`fixtures/encodings/${fileName}`, import.meta.url)));

describe('decodeBytes', () => {
  it.each([
    ['utf-8.txt', 'utf-8', simplifiedNews],
    ['utf-8-bom.txt', 'utf-8 (BOM)', traditionalNews],
    ['utf-16le-bom.txt', 'utf-16le (BOM)', traditionalNews],
    ['gbk.txt', 'gb18030', simplifiedNews],
    ['gb18030.txt', 'gb18030', gb18030OnlyNews],
    ['big5.txt', 'big5', traditionalNews],
    ['big5-also-valid-gbk.txt', 'big5', big5AmbiguousNews],
    ['short-gbk.txt', 'gb18030', shortSimplifiedText],
    ['meta-gb2312-but-utf-8.html', 'utf-8', htmlPage('<meta charset="gb2312">', simplifiedNews)],
    ['meta-gbk.html', 'gb18030', htmlPage('<meta http-equiv="Content-Type" content="text/html; charset=gbk">', simplifiedNews)],
    ['meta-big5.html', 'big5', htmlPage('<meta charset="big5">', big5AmbiguousNews)],
  ])('decodes %s as %s to the original text', (fileName, encoding, text) => {
    expect(decodeBytes(fixture(fileName), fileName)).toMatchObject({ text, encoding });
  });

  it('reports why it chose the encoding, including a <meta charset> that lies', () => {
    expect(decodeBytes(fixture('meta-gb2312-but-utf-8.html'), 'a.html').reason).toMatch(
      /^valid UTF-8 .*declared charset gb18030 is wrong/,
    );
    expect(decodeBytes(fixture('big5.txt'), 'a.txt').reason).toMatch(/Big5 decodes cleanly with 9\d% .*GB18030 decodes cleanly with [1-3]\d%/);
  });

  it('prefers the bytes over a declared charset passed in from the HTTP header', () => {
    expect(decodeBytes(fixture('gbk.txt'), 'a.txt', { declared: 'big5' })).toMatchObject({ text: simplifiedNews, encoding: 'gb18030' });
  });

  it('decodes big-endian UTF-16 with a byte order mark', () => {
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0x6e, 0x56, 0x53, 0x17]), 'a.txt')).toMatchObject({ text: '湖北', encoding: 'utf-16be (BOM)' });
  });

  it.each([
    ['an empty file', new Uint8Array(), /“a\.txt” is empty/],
    ['a file of blank lines', encode(' \n\u3000\n'), /contains no text/],
    ['a byte order mark alone', new Uint8Array([0xef, 0xbb, 0xbf]), /contains no text/],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42]), /NUL bytes.*binary file/],
    ['UTF-16 without a byte order mark', new Uint8Array([0x41, 0x00, 0x42, 0x00]), /NUL bytes.*binary file/],
    ['a UTF-8 byte order mark before invalid bytes', new Uint8Array([0xef, 0xbb, 0xbf, 0xd6, 0xd0]), /utf-8 byte order mark but is not valid UTF-8/],
    ['a truncated UTF-8 sequence', new Uint8Array([...encode('湖'), 0xe5, 0x8c]), /not valid UTF-8, GB18030 \(GBK, GB2312\) or Big5 text/],
    ['Latin-1 text', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]), /cannot be read \(.*invalid byte sequence/],
  ])('rejects %s with a readable ImportError', (_case, bytes, message) => {
    expect(() => decodeBytes(bytes, 'a.txt')).toThrow(ImportError);
    expect(() => decodeBytes(bytes, 'a.txt')).toThrow(message);
  });
});
