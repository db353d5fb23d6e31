import { describe, expect, it } from 'vitest';
import { resolveBaseUrl } from './resolve-base-url';

describe('resolveBaseUrl', () => {
  it.each([
    [undefined, null, ''],
    ['https://a.example/news/1.html', null, 'https://a.example/news/1.html'],
    ['https://a.example/news/1.html', '/static/', 'https://a.example/static/'],
    [undefined, 'https://b.example/x/', 'https://b.example/x/'],
    [undefined, '/relative/', ''],
    ['https://a.example/', 'javascript:alert(1)', 'https://a.example/'],
  ])('page %s with <base href=%s> -> %s', (page, base, expected) => {
    expect(resolveBaseUrl(page, base)).toBe(expected);
  });
});
