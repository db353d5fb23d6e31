import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TiptapNode } from '../rich-text/tiptap-doc';
import { defaultMaxFileBytes, ImportError, importFile } from './import-file';

const readSample = (name: string) => new Uint8Array(readFileSync(new URL(`../../content/samples/${name}`, import.meta.url)));
const hubeiNews = readSample('003_19f9f1bee9563f76.txt');
const options = { maxBytes: defaultMaxFileBytes };
const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...Buffer.from(value, 'latin1')] : [value])));
const padded = (head: Uint8Array) => new Uint8Array([...head, ...new Uint8Array(64).fill(0x41)]);

describe('importFile checks', () => {
  it.each([
    ['x.txt', bytes('%PDF-1.7\n'), '“x.txt” is a PDF document, not a text or HTML page.'],
    ['photo.txt', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a), '“photo.txt” is a PNG image, not a text or HTML page.'],
    ['photo.html', bytes(0xff, 0xd8, 0xff, 0xe0), '“photo.html” is a JPEG image, not a text or HTML page.'],
    ['anim.txt', bytes('GIF89a'), '“anim.txt” is a GIF image, not a text or HTML page.'],
    ['pic.txt', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), '“pic.txt” is a WebP image, not a text or HTML page.'],
    ['a.txt', bytes('PK', 3, 4, 'xxxxword/document.xml'), '“a.txt” is a Word document (.docx), not a text or HTML page.'],
    ['a.txt', bytes('PK', 3, 4, 'xxxxnews/a.txt'), '“a.txt” is a ZIP archive, not a text or HTML page.'],
    ['a.txt', bytes(0x1f, 0x8b, 8, 0), '“a.txt” is a gzip-compressed file, not a text or HTML page.'],
    ['a.doc.txt', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), '“a.doc.txt” is an Office document in the old binary format (.doc, .xls or .ppt), not a text or HTML page.'],
    ['a.txt', bytes('新闻', 0, '正文'), '“a.txt” is a binary file (it contains NUL or control bytes), not a text or HTML page.'],
    ['a.txt', bytes(...Array.from({ length: 200 }, (_, index) => (index % 7 === 0 ? 0x03 : 0x41))), '“a.txt” is a binary file (it contains NUL or control bytes), not a text or HTML page.'],
  ])('rejects %s holding other data with a message naming what it is', (fileName, head, message) => {
    const call = () => importFile(padded(head), fileName, options);
    expect(call).toThrow(ImportError);
    expect(call).toThrow(message);
  });

  it('rejects an empty file and one over the size limit', () => {
    expect(() => importFile(new Uint8Array(), 'empty.txt', options)).toThrow('“empty.txt” is empty.');
    expect(() => importFile(hubeiNews, 'big.txt', { maxBytes: 4096 })).toThrow('“big.txt” is 5 KB, over the 4 KB limit for one file.');
    expect(() => importFile(new Uint8Array(3 * 1024 * 1024).fill(0x41), 'big.txt', { maxBytes: 2 * 1024 * 1024 })).toThrow(
      '“big.txt” is 3 MB, over the 2 MB limit for one file.',
    );
  });

  it('refuses a size limit that is not a positive number', () => {
    expect(() => importFile(hubeiNews, '003.txt', { maxBytes: Number.NaN })).toThrow(ImportError);
  });
});

describe('importFile reading', () => {
  it('reads HTML by its content whatever the name, and text named .html as text', () => {
    const page = new TextEncoder().encode('<!DOCTYPE html><title>标题</title><p>湖北省知识产权局今日发布通知，全省专利授权量同比增长。</p>');
    expect(importFile(page, 'saved.txt', options).report.kind).toBe('html');
    expect(importFile(hubeiNews, '003.html', options).report.kind).toBe('text');
  });

  it('converts the article to Simplified on request, keeping the original', () => {
    const plain = importFile(hubeiNews, '003.txt', options);
    const converted = importFile(hubeiNews, '003.txt', { ...options, convertToSimplified: true });
    expect(converted.article).toMatchObject({ title: '湖北:砥砺“三牛精神”奋进新征程', sourceName: '中国知识产权报', script: 'HANS' });
    expect(converted.article.excerpt.startsWith('2020年,湖北省全年专利授权总量增长48.91%')).toBe(true);
    const firstText = (converted.article.body.content[0] as TiptapNode).content?.[0]?.text;
    expect(firstText?.startsWith('2020年,湖北省全年专利授权总量')).toBe(true);
    expect(converted.article.bodyText).toContain('强化保护显担当');
    expect(converted.report.convertedToSimplified).toBe(true);
    expect(plain.report.convertedToSimplified).toBeUndefined();
    expect(converted.original).toBe(plain.original);
    expect(converted.report.removedLines).toEqual(plain.report.removedLines);
  });
});
