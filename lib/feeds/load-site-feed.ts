import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import type { FeedArticle } from './build-feed';
import type { FeedContent } from './parse-feed-content';

export const siteFeedSize = 20;

/** The site's latest public articles, newest first by (publishedAt, id); bodies only for full content. */
export async function loadSiteFeed(content: FeedContent): Promise<FeedArticle[]> {
  const articles = await getPrisma().article.findMany({
    where: { status: 'PUBLISHED', deletedAt: null },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: siteFeedSize,
    select: { id: true, title: true, slug: true, excerpt: true, publishedAt: true, contentUpdatedAt: true, body: content === 'full' },
  });
  return articles.map((article) => ({ ...article, body: (article.body ?? null) as TiptapDoc | null }));
}
