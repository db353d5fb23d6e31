import 'server-only';
import { cacheTags } from '@/lib/cache/cache-tags';
import { cacheForReaders } from '@/lib/reader/reader-cache';
import { findTopicRedirect } from '@/lib/tags/find-topic-redirect';
import { buildFeed, type FeedFormat } from './build-feed';
import { loadTopicFeed } from './load-topic-feed';
import type { FeedContent } from './parse-feed-content';

export type RenderedTopicFeed = { kind: 'feed'; xml: string } | { kind: 'redirect'; slug: string } | { kind: 'missing' };

/**
 * A topic feed's XML, the current slug when `slug` is a former one, or missing; kept until the
 * topic or any public article changes (the topic's and the feeds tags).
 */
export async function renderTopicFeed(origin: string, format: FeedFormat, slug: string, content: FeedContent): Promise<RenderedTopicFeed> {
  'use cache';
  cacheForReaders(cacheTags.feeds, cacheTags.topic(slug));
  const loaded = await loadTopicFeed(slug, content);
  if (!loaded) {
    const currentSlug = await findTopicRedirect(slug);
    return currentSlug ? { kind: 'redirect', slug: currentSlug } : { kind: 'missing' };
  }
  return { kind: 'feed', xml: buildFeed({ origin, format, content, ...loaded }) };
}
