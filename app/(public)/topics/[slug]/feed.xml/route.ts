import { buildTopicFeed } from '@/lib/feeds/build-topic-feed';
import { loadTopicFeed } from '@/lib/feeds/load-topic-feed';
import { getSiteOrigin } from '@/lib/site/site-url';
import { topicFeedPath } from '@/lib/site/topic-paths';
import { findTopicRedirect } from '@/lib/tags/find-topic-redirect';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const loaded = await loadTopicFeed(slug);
  if (!loaded) {
    const currentSlug = await findTopicRedirect(slug);
    if (currentSlug) return new Response(null, { status: 308, headers: { Location: topicFeedPath(currentSlug) } });
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const xml = buildTopicFeed({ origin: getSiteOrigin(), ...loaded });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
