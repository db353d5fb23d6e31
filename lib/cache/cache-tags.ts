// Every cache tag of the reader site, named in one place. Pages and cached reads tag themselves
// with these; writes invalidate exactly the ones they change (see invalidate-article-pages.ts).
export const cacheTags = {
  article: (slug: string) => `article:${slug}`,
  topic: (slug: string) => `topic:${slug}`,
  articleLists: 'article-lists',
  feeds: 'feeds',
  sitemap: 'sitemap',
  /** Every cached reader page: for tests that write behind the app's back, and a full purge. */
  reader: 'reader',
} as const;

/** The tags to invalidate when `invalidation` describes a change readers can see. */
export function tagsFor(invalidation: { slugs: readonly string[]; tagSlugs: readonly string[] }): string[] {
  if (invalidation.slugs.length === 0 && invalidation.tagSlugs.length === 0) return [];
  return [
    ...new Set([
      ...invalidation.slugs.map(cacheTags.article),
      ...invalidation.tagSlugs.map(cacheTags.topic),
      cacheTags.articleLists,
      cacheTags.feeds,
      cacheTags.sitemap,
    ]),
  ];
}
