import { describe, expect, it } from 'vitest';
import { isAllowedEditorLink } from './is-allowed-editor-link';

describe('isAllowedEditorLink', () => {
  it.each([
    ['https://example.cn/新闻?id=1', true],
    ['http://example.cn', true],
    ['mailto:desk@example.cn', true],
    ['www.example.cn', true],
    ['example.cn/path#top', true],
    ['desk@example.cn', true],
    ['新华网.中国', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['ftp://example.cn', false],
    ['/relative/path', false],
    ['#anchor', false],
    ['localhost', false],
  ])('%j → %s', (url, expected) => {
    expect(isAllowedEditorLink(url)).toBe(expected);
  });
});
