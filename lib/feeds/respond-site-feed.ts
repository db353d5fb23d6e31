import 'server-only';
import { connection } from 'next/server';
import { getSiteOrigin } from '@/lib/site/site-url';
import { buildFeed, type FeedFormat } from './build-feed';
import { feedResponse } from './feed-response';
import { loadSiteFeed } from './load-site-feed';
import { readFeedContent } from './parse-feed-content';

/** The site feed in `format`, read when requested (never prerendered at build). */
export async function respondSiteFeed(format: FeedFormat): Promise<Response> {
  await connection();
  const content = readFeedContent();
  const articles = await loadSiteFeed(content);
  return feedResponse(format, buildFeed({ origin: getSiteOrigin(), format, articles, content }));
}
