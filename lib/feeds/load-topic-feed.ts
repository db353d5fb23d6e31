import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { listTopicArticles } from '@/lib/tags/list-topic-articles';

export const topicFeedSize = 20;

/** The topic at `slug` and its latest public articles for its feed, or null when no tag has the slug. */
export async function loadTopicFeed(slug: string) {
  const topic = await getPrisma().tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
  if (!topic) return null;
  const { articles } = await listTopicArticles(topic.id, { limit: topicFeedSize });
  return { topic, articles };
}
