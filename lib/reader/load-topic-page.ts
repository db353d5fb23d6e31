import 'server-only';
import { decodeArticleCursor } from '@/lib/articles/article-cursor';
import { cacheTags } from '@/lib/cache/cache-tags';
import { findTopicRedirect } from '@/lib/tags/find-topic-redirect';
import { getTopic } from '@/lib/tags/get-topic';
import { cacheForReaders, isPossibleSlug } from './reader-cache';

/**
 * A topic page's data (`before` null for its first page): the topic, a redirect for an old or
 * merged slug, 'invalid' for a `before` that is not a cursor, or missing. Cached until the topic,
 * its parent or one of its children changes (their names show on the page).
 */
export async function loadTopicPage(slug: string, before: string | null) {
  'use cache';
  cacheForReaders(cacheTags.topic(slug));
  if (!isPossibleSlug(slug)) return { kind: 'missing' as const };
  const cursor = before === null ? null : decodeArticleCursor(before);
  if (before !== null && !cursor) return { kind: 'missing' as const };
  const topic = await getTopic(slug, { before: cursor });
  if (!topic) {
    const currentSlug = await findTopicRedirect(slug);
    return currentSlug ? { kind: 'redirect' as const, slug: currentSlug } : { kind: 'missing' as const };
  }
  const related = [...(topic.parent ? [topic.parent] : []), ...topic.children];
  cacheForReaders(...related.map((other) => cacheTags.topic(other.slug)));
  return { kind: 'topic' as const, topic };
}
