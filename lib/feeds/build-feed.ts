import { Feed } from 'feed';
import { escapeHtml } from '@/lib/render/escape-html';
import { renderArticleHtml } from '@/lib/render/render-article-html';
import type { TiptapDoc } from '@/lib/rich-text/tiptap-doc';
import type { FeedContent } from './parse-feed-content';

export type FeedFormat = 'rss' | 'atom';

export interface FeedArticle {
  id: string;
  title: string;
  slug: string;
  excerpt: string;
  publishedAt: Date | null;
  /** When what readers see of it last changed; null counts as its publication. */
  contentUpdatedAt: Date | null;
  /** Needed only for full content. */
  body?: TiptapDoc | null;
}

export interface FeedInput {
  /** The site origin, e.g. https://news.example.com. */
  origin: string;
  format: FeedFormat;
  /** The whole site, or one topic. */
  topic?: { name: string; slug: string; description: string } | null;
  /** Newest first. */
  articles: readonly FeedArticle[];
  content?: FeedContent;
}

export const siteName = '墨石新闻';

const feedFile = { rss: 'feed.xml', atom: 'atom.xml' } as const;

/** The path of a feed: /feed.xml, /atom.xml, or /topics/<slug>/feed.xml and /topics/<slug>/atom.xml. */
export function feedPath(format: FeedFormat, topicSlug?: string | null): string {
  return topicSlug ? `/topics/${encodeURIComponent(topicSlug)}/${feedFile[format]}` : `/${feedFile[format]}`;
}

/** When an item last changed: its content's last change, never before its publication. */
function modifiedAt(article: FeedArticle & { publishedAt: Date }): Date {
  return article.contentUpdatedAt && article.contentUpdatedAt > article.publishedAt ? article.contentUpdatedAt : article.publishedAt;
}

/**
 * RSS 2.0 or Atom 1.0 of the site's or a topic's latest articles, with absolute links. Items carry
 * their publication (RSS pubDate, Atom published) and their content's last change (Atom updated);
 * the feed's own time is the latest change. Each item's summary is its excerpt, escaped (readers
 * render it as HTML, an excerpt is plain text); with full content, the body is added through the
 * same allow-list renderer as the article page.
 */
export function buildFeed({ origin, format, topic, articles, content = 'summary' }: FeedInput): string {
  const items = articles.filter((article): article is FeedArticle & { publishedAt: Date } => article.publishedAt !== null);
  const updated = items.map(modifiedAt).reduce<Date | undefined>((latest, date) => (latest && latest >= date ? latest : date), undefined);
  const pageUrl = new URL(topic ? `/topics/${encodeURIComponent(topic.slug)}` : '/', origin).toString();
  const feed = new Feed({
    id: pageUrl,
    title: topic ? `${topic.name} · ${siteName}` : siteName,
    description: topic ? topic.description || `${siteName}「${topic.name}」主题的最新文章。` : `${siteName}的最新文章。`,
    link: pageUrl,
    language: 'zh-CN',
    feedLinks: { [format]: new URL(feedPath(format, topic?.slug), origin).toString() },
    updated,
    generator: false,
    copyright: `© ${siteName}`,
  });
  for (const article of items) {
    const link = new URL(`/articles/${encodeURIComponent(article.slug)}`, origin).toString();
    feed.addItem({
      title: article.title,
      id: link,
      guid: article.id,
      link,
      date: modifiedAt(article),
      published: article.publishedAt,
      description: article.excerpt ? escapeHtml(article.excerpt) : undefined,
      content: content === 'full' && article.body ? renderArticleHtml(article.body) : undefined,
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
