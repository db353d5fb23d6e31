import { describe, expect, it } from 'vitest';
import { identifyFileType } from './identify-file-type';

const text = (value: string) => new TextEncoder().encode(value);

describe('identifyFileType', () => {
  it.each([
    ['a page with a doctype', text('<!DOCTYPE html><html><body><p>正文</p></body></html>'), 'x.txt', 'html'],
    ['a page behind a byte order mark and blank lines', text('\ufeff\n\n  <html><head><title>标题</title>'), 'x.txt', 'html'],
    ['a fragment of markup', text('<h1>标题</h1><p>第一段。</p><p>第二段。</p>'), 'item', 'html'],
    ['one tag in a file named .html', text('正文第一段。<br>正文第二段。'), 'x.html', 'html'],
    ['one tag in a file named .txt', text('正文第一段。<br>正文第二段。'), 'x.txt', 'text'],
    ['a dump that mentions a < sign', text('价格 < 3 元,同比增长。\n'), 'x.html', 'text'],
    ['a text dump', text('主頁 > 知識庫 > 標題\n\n正文。'), 'x.txt', 'text'],
  ])('reads %s as %s', (_case, bytes, fileName, kind) => {
    expect(identifyFileType(bytes, fileName).kind).toBe(kind);
  });

  it('reads a UTF-16 page by its byte order mark', () => {
    const page = '<!DOCTYPE html><p>正文</p>';
    const bytes = new Uint8Array([0xff, 0xfe, ...[...page].flatMap((character) => [character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8])]);
    expect(identifyFileType(bytes, 'x.txt')).toEqual({ kind: 'html' });
  });
});
