import { describe, expect, it } from 'vitest';
import { findNextPageHref } from './bench-public-load';

describe('findNextPageHref', () => {
  it('takes the rel="next" link, from <link> or <a>, with &amp; decoded', () => {
    expect(findNextPageHref('<head><link rel="next" href="/topics/a?before=x&amp;y=1"/></head>')).toBe('/topics/a?before=x&y=1');
    expect(findNextPageHref('<a class="more" href="/topics/a?before=abc" rel="next">下一页</a>')).toBe('/topics/a?before=abc');
  });

  it('falls back to the 更早的文章 link', () => {
    expect(findNextPageHref('<a href="/topics/a">知识产权</a><p>…</p><a href="/topics/a?before=c1">更早的文章 →</a>')).toBe('/topics/a?before=c1');
  });

  it('is null when page 1 links no page 2', () => {
    expect(findNextPageHref('<a rel="prev" href="/topics/a">较新的文章</a>')).toBeNull();
  });
});
