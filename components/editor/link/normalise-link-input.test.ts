import { describe, expect, it } from 'vitest';
import { normaliseLinkInput } from './normalise-link-input';

describe('normaliseLinkInput', () => {
  it.each([
    ['https://www.stats.gov.cn/sj/', 'https://www.stats.gov.cn/sj/'],
    ['  http://example.cn  ', 'http://example.cn/'],
    ['HTTPS://Example.CN/新闻?id=1', 'https://example.cn/%E6%96%B0%E9%97%BB?id=1'],
    ['mailto:desk@example.cn', 'mailto:desk@example.cn'],
    ['www.example.cn', 'https://www.example.cn/'],
    ['example.cn/path#top', 'https://example.cn/path#top'],
    ['example.cn:8080/a', 'https://example.cn:8080/a'],
    ['新华网.中国', 'https://xn--xkrr14bows.xn--fiqs8s/'],
    ['desk@example.cn', 'mailto:desk@example.cn'],
  ])('%j → %j', (input, href) => {
    expect(normaliseLinkInput(input)).toEqual({ ok: true, href });
  });

  it.each([
    ['', 'required'],
    ['  \u3000', 'required'],
    ['javascript:alert(1)', 'invalid'],
    ['JavaScript:alert(document.cookie)', 'invalid'],
    ['java\tscript:alert(1)', 'invalid'],
    ['data:text/html,<script>alert(1)</script>', 'invalid'],
    ['vbscript:msgbox(1)', 'invalid'],
    ['ftp://example.cn/file', 'invalid'],
    ['/relative/path', 'invalid'],
    ['//example.cn', 'invalid'],
    ['#anchor', 'invalid'],
    ['localhost', 'invalid'],
    ['国家统计局', 'invalid'],
    ['desk@example.cn/path', 'invalid'],
  ] as const)('refuses %j (%s)', (input, error) => {
    expect(normaliseLinkInput(input)).toEqual({ ok: false, error });
  });
});
