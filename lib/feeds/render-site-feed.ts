import 'server-only';
import { cacheTags } from '@/lib/cache/cache-tags';
import { cacheForReaders } from '@/lib/reader/reader-cache';
import { buildFeed, type FeedFormat } from './build-feed';
import { loadSiteFeed } from './load-site-feed';
import type { FeedContent } from './parse-feed-content';

/**
 * The site feed's XML, built once and kept until any public article changes (the feeds tag), so a
 * burst of feed readers costs one query and one render.
 */
export async function renderSiteFeed(origin: string, format: FeedFormat, content: FeedContent): Promise<string> {
  'use cache';
  cacheForReaders(cacheTags.feeds);
  return buildFeed({ origin, format, content, articles: await loadSiteFeed(content) });
}
