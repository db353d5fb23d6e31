import { describe, expect, it } from 'vitest';
import { readerRedirects, readerRewrites } from './reader-routes';

describe('readerRewrites', () => {
  it('rewrites no reader page but the two without a dynamic segment: each rewrite routes a request twice', () => {
    const unconditional = readerRewrites().filter((rewrite) => !rewrite.has);
    expect(unconditional).toEqual([
      { source: '/', destination: '/zh-hans' },
      { source: '/topics', destination: '/zh-hans/topics' },
    ]);
  });

  it('maps list pages’ query strings onto path segments in both route trees', () => {
    const lists = readerRewrites().filter((rewrite) => rewrite.has);
    expect(lists.map(({ source, destination }) => [source, destination])).toEqual([
      ['/:variant(zh-tw|zh-hk)', '/:variant/latest/:before'],
      ['/:variant(zh-tw|zh-hk)/topics', '/:variant/topic-index/:page'],
      ['/:variant(zh-tw|zh-hk)/topics/:slug', '/:variant/topics/:slug/:before'],
      ['/', '/latest/:before'],
      ['/topics', '/topic-index/:page'],
      ['/topics/:slug', '/topics/:slug/:before'],
    ]);
  });
});

describe('readerRedirects', () => {
  it('sends /zh-hans URLs to the unprefixed ones for good', () => {
    expect(readerRedirects().slice(0, 2)).toEqual([
      { source: '/zh-hans', destination: '/', permanent: true },
      { source: '/zh-hans/:path*', destination: '/:path*', permanent: true },
    ]);
  });

  it('sends the reader who chose a Traditional script from every unprefixed page shape to it, older list pages included', () => {
    const byCookie = readerRedirects().filter((redirect) => redirect.has);
    expect(byCookie.map(({ source, destination }) => [source, destination])).toEqual([
      ['/', '/:variant'],
      ['/latest/:before(\\d+\\.[0-9a-f-]+)', '/:variant/latest/:before'],
      ['/articles/:slug', '/:variant/articles/:slug'],
      ['/topics', '/:variant/topics'],
      ['/topics/:slug', '/:variant/topics/:slug'],
      ['/topics/:slug/:before(\\d+\\.[0-9a-f-]+)', '/:variant/topics/:slug/:before'],
      ['/search', '/:variant/search'],
    ]);
  });
});
