import { describe, expect, it } from 'vitest';
import { parseFeedContent, readFeedContent } from './parse-feed-content';

describe('parseFeedContent', () => {
  it('defaults to summary and accepts full', () => {
    expect(parseFeedContent({})).toEqual({ ok: true, content: 'summary' });
    expect(parseFeedContent({ FEED_CONTENT: '' })).toEqual({ ok: true, content: 'summary' });
    expect(parseFeedContent({ FEED_CONTENT: ' full ' })).toEqual({ ok: true, content: 'full' });
  });

  it('names the wrong value', () => {
    expect(parseFeedContent({ FEED_CONTENT: 'everything' })).toEqual({ ok: false, error: 'FEED_CONTENT must be "summary" or "full" (got everything)' });
    expect(() => readFeedContent({ FEED_CONTENT: 'Full' })).toThrow(/FEED_CONTENT must be/);
  });
});
