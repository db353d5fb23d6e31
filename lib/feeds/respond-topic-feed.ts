import 'server-only';
import { getSiteOrigin } from '@/lib/site/site-url';
import { findTopicRedirect } from '@/lib/tags/find-topic-redirect';
import { buildFeed, feedPath, type FeedFormat } from './build-feed';
import { feedResponse } from './feed-response';
import { loadTopicFeed } from './load-topic-feed';
import { readFeedContent } from './parse-feed-content';

/** A topic's feed in `format`; a former slug redirects (308) to the same feed of the current one. */
export async function respondTopicFeed(format: FeedFormat, slug: string): Promise<Response> {
  const content = readFeedContent();
  const loaded = await loadTopicFeed(slug, content);
  if (!loaded) {
    const currentSlug = await findTopicRedirect(slug);
    if (currentSlug) return new Response(null, { status: 308, headers: { Location: feedPath(format, currentSlug) } });
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return feedResponse(format, buildFeed({ origin: getSiteOrigin(), format, content, ...loaded }));
}
