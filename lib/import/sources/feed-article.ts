// One article as a feed or a JSON export gives it, before it becomes a small HTML page.
export interface FeedArticle {
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  author: string | null;
  // The publication the article names as its own source, when it differs from the feed.
  source: string | null;
  // The article body as HTML (feeds carry HTML), or null when the feed only links to the article.
  html: string | null;
}

export interface FeedArticles {
  // The feed's own name (channel title, JSON Feed title): the publication, when nothing else says.
  siteName: string | null;
  articles: FeedArticle[];
}
