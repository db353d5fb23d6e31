import { readMetaTags } from './read-meta-tags';
import { toSafeUrl } from './to-safe-url';

export interface HtmlMeta {
  publishedAt: string | null; // raw, as the page gives it: an ISO timestamp, 2024-07-10 09:30, 2024年7月10日 ...
  author: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  description: string | null;
}

const publishedKeys = ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date', 'dc.date', 'dc.date.issued'];
// Chinese CMS pages often give the date only as page text: 发布时间：2024-07-10, 發佈日期: 2024年7月10日.
const publishedInText =
  /(?:[发發][布佈表]|[刊更][登新])(?:[时時][间間]|日期)\s*[:：]\s*(\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/u;

function pick(tags: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}

function readPublishedAt(document: Document, tags: ReadonlyMap<string, string>): string | null {
  const fromMeta = pick(tags, publishedKeys);
  if (fromMeta) return fromMeta;
  const fromTime = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  if (fromTime) return fromTime;
  return publishedInText.exec(document.body?.textContent ?? '')?.[1] ?? null;
}

export function readHtmlMeta(document: Document, tags: ReadonlyMap<string, string> = readMetaTags(document)): HtmlMeta {
  const author = pick(tags, ['author', 'article:author']);
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  return {
    publishedAt: readPublishedAt(document, tags),
    // article:author is often a profile URL, which is not a name.
    author: author && !/^https?:\/\//iu.test(author) ? author : null,
    siteName: pick(tags, ['og:site_name', 'sitename', 'application-name']),
    canonicalUrl: toSafeUrl(canonical, document.baseURI) ?? toSafeUrl(pick(tags, ['og:url']), document.baseURI),
    description: pick(tags, ['description', 'og:description']),
  };
}
