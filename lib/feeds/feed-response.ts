import type { FeedFormat } from './build-feed';

const contentType = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' } as const;

/** A feed document with the headers every feed route sends. */
export function feedResponse(format: FeedFormat, xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': contentType[format], 'Cache-Control': 'public, max-age=300' } });
}
