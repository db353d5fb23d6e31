import { toSafeUrl } from './to-safe-url';

export interface HtmlMeta {
  publishedAt: string | null; // raw, as the page gives it: an ISO timestamp, 2024-07-10 09:30, 2024年7月10日 ...
  author: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  description: string | null;
}

const publishedSelectors = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate" i]',
  'meta[name="publishdate" i]',
  'meta[name="publish_date" i]',
  'meta[name="dc.date" i]',
  'meta[name="dc.date.issued" i]',
];
// Chinese CMS pages often give the date only as page text: 发布时间：2024-07-10, 發佈日期: 2024年7月10日.
const publishedInText =
  /(?:[发發][布佈表]|[刊更][登新])(?:[时時][间間]|日期)\s*[:：]\s*(\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/u;

function readContent(document: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function readPublishedAt(document: Document): string | null {
  const fromMeta = readContent(document, publishedSelectors);
  if (fromMeta) return fromMeta;
  const fromTime = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  if (fromTime) return fromTime;
  return publishedInText.exec(document.body?.textContent ?? '')?.[1] ?? null;
}

function readAuthor(document: Document): string | null {
  const author = readContent(document, ['meta[name="author" i]', 'meta[property="article:author"]']);
  // article:author is often a profile URL, which is not a name.
  return author && !/^https?:\/\//iu.test(author) ? author : null;
}

function readCanonicalUrl(document: Document): string | null {
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  const ogUrl = readContent(document, ['meta[property="og:url"]']);
  return toSafeUrl(canonical, document.baseURI) ?? toSafeUrl(ogUrl, document.baseURI);
}

export function readHtmlMeta(document: Document): HtmlMeta {
  return {
    publishedAt: readPublishedAt(document),
    author: readAuthor(document),
    siteName: readContent(document, ['meta[property="og:site_name"]', 'meta[name="SiteName" i]', 'meta[name="application-name" i]']),
    canonicalUrl: readCanonicalUrl(document),
    description: readContent(document, ['meta[name="description" i]', 'meta[property="og:description"]']),
  };
}
