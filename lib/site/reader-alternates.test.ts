import { describe, expect, it } from 'vitest';
import { readerAlternates } from './reader-alternates';

describe('readerAlternates', () => {
  it('links every variant of the page and names Simplified the default', () => {
    expect(readerAlternates('/topics/x?before=1.a', 'zh-tw')).toEqual({
      canonical: '/zh-tw/topics/x?before=1.a',
      languages: {
        'x-default': '/topics/x?before=1.a',
        'zh-Hans': '/topics/x?before=1.a',
        'zh-Hant-TW': '/zh-tw/topics/x?before=1.a',
        'zh-Hant-HK': '/zh-hk/topics/x?before=1.a',
      },
    });
  });

  it('keeps the feeds it is given', () => {
    const types = { 'application/rss+xml': [{ url: '/feed.xml', title: 'RSS' }] };
    expect(readerAlternates('/', 'zh-hans', types)).toMatchObject({ canonical: '/', types });
  });
});
