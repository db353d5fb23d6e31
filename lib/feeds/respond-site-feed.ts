import 'server-only';
import { connection } from 'next/server';
import { getSiteOrigin } from '@/lib/site/site-url';
import type { FeedFormat } from './build-feed';
import { feedResponse } from './feed-response';
import { readFeedContent } from './parse-feed-content';
import { renderSiteFeed } from './render-site-feed';

/** The site feed in `format`, answered when requested (never prerendered at build) from the cached XML. */
export async function respondSiteFeed(format: FeedFormat): Promise<Response> {
  await connection();
  return feedResponse(format, await renderSiteFeed(getSiteOrigin(), format, readFeedContent()));
}
