import { describe, expect, it } from 'vitest';
import { stripTrackingParams } from './strip-tracking-params';

describe('stripTrackingParams', () => {
  it.each([
    ['https://news.example.cn/a.html?utm_source=wx&utm_medium=social&UTM_Campaign=x', 'https://news.example.cn/a.html'],
    ['https://item.example.com/1.htm?id=42&spm=a21bo.123.0.0&fbclid=IwAR0&gclid=Cj0#comments', 'https://item.example.com/1.htm?id=42#comments'],
    ['https://news.example.cn/search?q=%E7%89%A9%E4%BB%B7&page=2', 'https://news.example.cn/search?q=%E7%89%A9%E4%BB%B7&page=2'],
    ['https://news.example.cn/a?utm=keep&spmx=keep', 'https://news.example.cn/a?utm=keep&spmx=keep'],
    ['mailto:desk@example.cn?subject=utm_source', 'mailto:desk@example.cn?subject=utm_source'],
    ['not a url', 'not a url'],
  ])('%s → %s', (href, expected) => {
    expect(stripTrackingParams(href)).toBe(expected);
  });
});
