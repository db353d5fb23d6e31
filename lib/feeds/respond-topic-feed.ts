import 'server-only';
import { isPossibleSlug } from '@/lib/reader/reader-cache';
import { getSiteOrigin } from '@/lib/site/site-url';
import { feedPath, type FeedFormat } from './build-feed';
import { feedResponse } from './feed-response';
import { readFeedContent } from './parse-feed-content';
import { renderTopicFeed } from './render-topic-feed';

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * A topic's feed in `format` from the cached XML; a former slug redirects (308) to the same feed of
 * the current one. A slug no topic could have is a 404 without the database or the cache.
 */
export async function respondTopicFeed(format: FeedFormat, slug: string): Promise<Response> {
  if (!isPossibleSlug(slug)) return notFound();
  const content = readFeedContent();
  const rendered = await renderTopicFeed(getSiteOrigin(), format, slug, content);
  if (rendered.kind === 'redirect') return new Response(null, { status: 308, headers: { Location: feedPath(format, rendered.slug) } });
  if (rendered.kind === 'missing') return notFound();
  return feedResponse(format, rendered.xml);
}
