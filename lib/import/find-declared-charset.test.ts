import { describe, expect, it } from 'vitest';
import { findDeclaredCharset, normalizeCharset } from './find-declared-charset';

const encode = (text: string) => new TextEncoder().encode(text);

describe('findDeclaredCharset', () => {
  it.each([
    ['<meta charset="gb2312">', 'gb18030'],
    ["<META CHARSET='GBK' />", 'gb18030'],
    ['<meta charset=x-gbk>', 'gb18030'],
    ['<meta charset="big5-hkscs">', 'big5'],
    ['<meta charset="utf8">', 'utf-8'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gb18030'],
    ['<meta content="text/html;charset=BIG5" http-equiv="content-type">', 'big5'],
    ['<meta charset="Shift_JIS">', 'shift_jis'],
    ['<html><head><title>無聲明</title></head>', null],
    ['<p>charset=gbk is mentioned in the text, outside any meta tag</p>', null],
  ])('reads %s as %s', (html, expected) => {
    expect(findDeclaredCharset(encode(`<!doctype html><html><head>${html}`))).toBe(expected);
  });

  it('reads the declaration next to non-ASCII bytes without decoding them', () => {
    const bytes = new Uint8Array([0xd6, 0xd0, ...encode('<meta charset="gbk">'), 0xb9, 0xfa]);
    expect(findDeclaredCharset(bytes)).toBe('gb18030');
  });

  it('ignores a declaration past the first 4 KB', () => {
    expect(findDeclaredCharset(encode(`${' '.repeat(4096)}<meta charset="big5">`))).toBeNull();
  });
});

describe('normalizeCharset', () => {
  it.each([
    ['GB2312', 'gb18030'],
    [' gbk ', 'gb18030'],
    ['GB18030', 'gb18030'],
    ['Big5-HKSCS', 'big5'],
    ['UTF8', 'utf-8'],
    ['windows-1252', 'windows-1252'],
  ])('normalises %s to %s', (label, expected) => {
    expect(normalizeCharset(label)).toBe(expected);
  });
});
