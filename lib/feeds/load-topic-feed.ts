import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { listTopicArticles } from '@/lib/tags/list-topic-articles';
import type { FeedArticle } from './build-feed';
import type { FeedContent } from './parse-feed-content';

export const topicFeedSize = 20;

/**
 * The topic at `slug` and its latest public articles for its feed, or null when no tag has the
 * slug. The articles' change times (and bodies, for full content) are read in one more query, not
 * one per article.
 */
export async function loadTopicFeed(slug: string, content: FeedContent = 'summary') {
  const topic = await getPrisma().tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
  if (!topic) return null;
  const { articles } = await listTopicArticles(topic.id, { limit: topicFeedSize });
  if (articles.length === 0) return { topic, articles: [] as FeedArticle[] };
  const details = await getPrisma().article.findMany({
    where: { id: { in: articles.map((article) => article.id) } },
    select: { id: true, contentUpdatedAt: true, body: content === 'full' },
  });
  const detailsById = new Map(details.map((row) => [row.id, row]));
  return {
    topic,
    articles: articles.map((article): FeedArticle => {
      const row = detailsById.get(article.id);
      return { ...article, contentUpdatedAt: row?.contentUpdatedAt ?? null, body: (row?.body ?? null) as TiptapDoc | null };
    }),
  };
}
