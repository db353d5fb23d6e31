/** An article as reader lists show it (latest, topics, related, previous/next, search hits). */
export interface ArticleListItem {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date | null;
  script: 'HANS' | 'HANT';
}
