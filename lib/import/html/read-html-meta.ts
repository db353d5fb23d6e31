import type { PageHead } from './light/read-page-head';
import { toSafeUrl } from './to-safe-url';

export interface HtmlMeta {
  publishedAt: string | null; // raw, as the page gives it: an ISO timestamp, 2024-07-10 09:30, 2024年7月10日 ...
  author: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  description: string | null;
  keywords: string[]; // <meta name="keywords">: the page's own, untrusted tag terms
}

const publishedKeys = ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date', 'dc.date', 'dc.date.issued'];
// Chinese CMS pages often give the date only as page text: 发布时间：2024-07-10, 發佈日期: 2024年7月10日,
// and Taiwanese ones in ROC years: 發布日期：民國105年7月1日, 105-07-01.
const publishedInText =
  /(?:[发發][布佈表]|[刊更][登新]|出版)(?:[时時][间間]|日期)\s*[:：]\s*((?:民[国國]\s*)?\d{2,4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/u;
const keywordSeparators = /[,，、;；|｜\s]+/u;

function pick(tags: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}

function readPublishedAt(head: PageHead, pageText: string): string | null {
  return pick(head.metaTags, publishedKeys) ?? head.timeDatetime ?? publishedInText.exec(pageText)?.[1] ?? null;
}

// `pageText` is the page's visible text (its lines joined), where CMS pages print their dates.
export function readHtmlMeta(head: PageHead, pageText: string, baseUrl: string): HtmlMeta {
  const author = pick(head.metaTags, ['author', 'article:author']);
  const keywords = (head.metaTags.get('keywords') ?? '').split(keywordSeparators).filter((keyword) => keyword !== '');
  return {
    publishedAt: readPublishedAt(head, pageText),
    // article:author is often a profile URL, which is not a name.
    author: author && !/^https?:\/\//iu.test(author) ? author : null,
    siteName: pick(head.metaTags, ['og:site_name', 'sitename', 'application-name']),
    canonicalUrl: toSafeUrl(head.canonicalHref, baseUrl) ?? toSafeUrl(pick(head.metaTags, ['og:url']), baseUrl),
    description: pick(head.metaTags, ['description', 'og:description']),
    keywords: [...new Set(keywords)],
  };
}
