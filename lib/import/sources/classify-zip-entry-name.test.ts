import { describe, expect, it } from 'vitest';
import { classifyZipEntryName } from './classify-zip-entry-name';

describe('classifyZipEntryName', () => {
  it.each([
    ['news/2024/a.html', { kind: 'file', path: 'news/2024/a.html' }],
    ['./news//a.html', { kind: 'file', path: 'news/a.html' }],
    ['新闻\\第一篇.txt', { kind: 'file', path: '新闻/第一篇.txt' }],
    ['..foo/a.txt', { kind: 'skip' }],
    ['news/', { kind: 'skip' }],
    ['__MACOSX/news/._a.html', { kind: 'skip' }],
    ['news/.DS_Store', { kind: 'skip' }],
    ['.git/config', { kind: 'skip' }],
    ['news/Thumbs.db', { kind: 'skip' }],
    ['保存的页面_files/style.css', { kind: 'skip' }],
    ['page.files/photo.JPG', { kind: 'skip' }],
    ['page_files/frame.html', { kind: 'file', path: 'page_files/frame.html' }],
    ['photos/photo.jpg', { kind: 'file', path: 'photos/photo.jpg' }],
    ['../x', { kind: 'unsafe', reason: 'points outside the archive' }],
    ['a/../../x', { kind: 'unsafe', reason: 'points outside the archive' }],
    ['a\\..\\x', { kind: 'unsafe', reason: 'points outside the archive' }],
    ['/etc/passwd', { kind: 'unsafe', reason: 'is an absolute path' }],
    ['\\\\server\\share\\a.txt', { kind: 'unsafe', reason: 'is an absolute path' }],
    ['C:/x.txt', { kind: 'unsafe', reason: 'names a drive' }],
    ['d:x.txt', { kind: 'unsafe', reason: 'names a drive' }],
    ['a\u0000.txt', { kind: 'unsafe', reason: 'contains control characters' }],
  ])('%j → %j', (name, expected) => {
    expect(classifyZipEntryName(name)).toEqual(expected);
  });
});
