/** The reader URL path of a topic, optionally of its older page continuing after `before`. */
export function topicPath(slug: string, before?: string | null): string {
  const path = `/topics/${encodeURIComponent(slug)}`;
  return before ? `${path}/${encodeURIComponent(before)}` : path;
}

export function topicFeedPath(slug: string): string {
  return `/topics/${encodeURIComponent(slug)}/feed.xml`;
}
