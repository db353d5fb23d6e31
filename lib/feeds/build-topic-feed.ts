import { Feed } from 'feed';

export interface TopicFeedInput {
  /** The site origin, e.g. https://news.example.com. */
  origin: string;
  topic: { name: string; slug: string; description: string };
  /** Newest first. */
  articles: readonly { id: string; title: string; slug: string; excerpt: string; publishedAt: Date | null }[];
}

const siteName = '墨石新闻';

// Feed readers render <description> as HTML; an excerpt is plain text and must show as typed.
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** RSS 2.0 for a topic's latest articles: absolute links, the excerpt as each item's summary. */
export function buildTopicFeed({ origin, topic, articles }: TopicFeedInput): string {
  const topicUrl = new URL(`/topics/${encodeURIComponent(topic.slug)}`, origin).toString();
  const feed = new Feed({
    id: topicUrl,
    title: `${topic.name} · ${siteName}`,
    description: topic.description || `${siteName}「${topic.name}」主题的最新文章。`,
    link: topicUrl,
    language: 'zh-CN',
    feedLinks: { rss: `${topicUrl}/feed.xml` },
    updated: articles[0]?.publishedAt ?? undefined,
    generator: false,
    copyright: `© ${siteName}`,
  });
  for (const article of articles) {
    if (!article.publishedAt) continue;
    const link = new URL(`/articles/${encodeURIComponent(article.slug)}`, origin).toString();
    feed.addItem({ title: article.title, id: article.id, guid: article.id, link, date: article.publishedAt, description: article.excerpt ? escapeHtml(article.excerpt) : undefined });
  }
  return feed.rss2();
}
