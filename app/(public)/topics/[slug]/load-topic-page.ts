import 'server-only';
import { connection } from 'next/server';
import { cache } from 'react';
import { decodeArticleCursor } from '@/lib/articles/article-cursor';
import { getTopic } from '@/lib/tags/get-topic';

export type TopicPageData = NonNullable<Awaited<ReturnType<typeof getTopic>>>;

/**
 * The topic page's data, shared by the page and its metadata within one request. `before` is the
 * raw ?before= value: 'invalid' when present but not a cursor (the page answers 404), null when
 * no tag has the slug.
 */
export const loadTopicPage = cache(async (slug: string, before: string | string[] | undefined): Promise<TopicPageData | null | 'invalid'> => {
  await connection();
  const cursor = before === undefined ? null : decodeArticleCursor(before);
  if (before !== undefined && !cursor) return 'invalid';
  return getTopic(slug, { before: cursor });
});
