import { respondSiteFeed } from '@/lib/feeds/respond-site-feed';

export function GET(): Promise<Response> {
  return respondSiteFeed('rss');
}
