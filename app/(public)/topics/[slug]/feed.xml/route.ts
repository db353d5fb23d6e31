import { respondTopicFeed } from '@/lib/feeds/respond-topic-feed';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return respondTopicFeed('rss', slug);
}
