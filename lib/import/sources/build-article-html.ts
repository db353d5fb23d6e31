// Turns one feed article into a small, self-describing HTML page the HTML pipeline reads like any
// saved page: the title, address, date and author go where pages keep them (<title>, canonical
// link, Open Graph and article meta tags); only the body is the feed's own HTML.
import type { FeedArticle } from './feed-article';

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

function toSafeUrl(raw: string | null): string | null {
  const trimmed = raw?.trim();
  if (!trimmed || !URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

// Line breaks are plain text's paragraphs, which HTML would run together.
export function textToParagraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
}

// Feeds and exports mix HTML and plain text in the same field; markup decides which it is.
export function toHtmlBody(content: string): string {
  return /<[a-z!/][^>]*>/iu.test(content) ? content : textToParagraphs(content);
}

function meta(attribute: 'name' | 'property', key: string, value: string | null): string {
  return value ? `<meta ${attribute}="${key}" content="${escapeHtml(value)}">` : '';
}

export function buildArticleHtml(article: FeedArticle, siteName: string | null): string {
  const title = article.title?.trim() || null;
  const url = toSafeUrl(article.url);
  const head = [
    '<meta charset="utf-8">',
    title ? `<title>${escapeHtml(title)}</title>` : '',
    url ? `<link rel="canonical" href="${escapeHtml(url)}">` : '',
    meta('property', 'og:url', url),
    meta('property', 'og:title', title),
    meta('property', 'og:site_name', article.source?.trim() || siteName?.trim() || null),
    meta('property', 'article:published_time', article.publishedAt?.trim() || null),
    meta('name', 'author', article.author?.trim() || null),
  ].filter((line) => line !== '');
  // No <h1>: the pipeline would find it, remove it as the title line and list that removal in the
  // report, which should only list what the feed itself carried.
  return `<!DOCTYPE html>\n<html>\n<head>\n${head.join('\n')}\n</head>\n<body>\n<article>\n${article.html ?? ''}\n</article>\n</body>\n</html>\n`;
}
