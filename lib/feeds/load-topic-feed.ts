import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import { listTopicArticles } from '@/lib/tags/list-topic-articles';
import type { FeedArticle } from './build-feed';
import type { FeedContent } from './parse-feed-content';

export const topicFeedSize = 20;

/**
 * The topic at `slug` and its latest public articles for its feed, or null when no tag has the
 * slug. Full content reads the bodies in one more query, not one per article.
 */
export async function loadTopicFeed(slug: string, content: FeedContent = 'summary') {
  const topic = await getPrisma().tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
  if (!topic) return null;
  const { articles } = await listTopicArticles(topic.id, { limit: topicFeedSize });
  if (content !== 'full' || articles.length === 0) return { topic, articles: articles as FeedArticle[] };
  const bodies = await getPrisma().article.findMany({ where: { id: { in: articles.map((article) => article.id) } }, select: { id: true, body: true } });
  const bodyById = new Map(bodies.map((row) => [row.id, row.body as unknown as TiptapDoc]));
  return { topic, articles: articles.map((article): FeedArticle => ({ ...article, body: bodyById.get(article.id) ?? null })) };
}
