import { describe, expect, it } from 'vitest';
import { normaliseLinkHref } from './normalise-link-href';

describe('normaliseLinkHref', () => {
  it.each<[string, string | null]>([
    ['https://example.cn/a', 'https://example.cn/a'],
    ['HTTP://Example.CN', 'http://example.cn/'],
    ['\u3000 https://example.cn/路径 \n', 'https://example.cn/%E8%B7%AF%E5%BE%84'],
    ['https://example.cn/?q="<x>', 'https://example.cn/?q=%22%3Cx%3E'],
    ['mailto:desk@example.cn', 'mailto:desk@example.cn'],
    ['mailto:', null],
    ['https://', null],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['java\u0000script:alert(1)', null],
    ['\u0001javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['//example.cn', null],
    ['/relative', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseLinkHref(raw)).toBe(expected);
  });
});
