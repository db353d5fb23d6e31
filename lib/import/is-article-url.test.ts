import { describe, expect, it } from 'vitest';
import { isArticleUrl } from './is-article-url';

describe('isArticleUrl', () => {
  it.each([
    ['https://www.news.example/hubei/2024-07/31/c_1130123.htm', true],
    ['https://blog.example/?p=123', true],
    ['https://www.news.example/', false],
    ['https://www.news.example', false],
    ['http://www.gov.example/index.html', false],
    ['https://www.news.example/default.aspx', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isArticleUrl(url)).toBe(expected);
  });
});
