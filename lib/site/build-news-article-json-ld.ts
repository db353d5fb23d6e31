import { scriptLang } from '../format/script-lang';
import { articlePath } from './article-paths';
import { absoluteUrl } from './site-url';

export const siteName = '墨石新闻';
const maxHeadlineLength = 110;

export interface NewsArticleInput {
  title: string;
  slug: string;
  description: string;
  script: 'HANS' | 'HANT';
  byline: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  /** Path under the site or absolute URL of the lead image, when the body has one. */
  image: string | null;
  /** In order; the first is the primary topic. */
  tags: readonly { name: string }[];
  /** The page's path when it is not the Simplified one (a variant's), and its language. */
  path?: string;
  inLanguage?: string;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** schema.org NewsArticle for an article page; text fields stay plain strings (serializeJsonLd escapes them). */
export function buildNewsArticleJsonLd(article: NewsArticleInput) {
  const url = absoluteUrl(article.path ?? articlePath(article.slug));
  const publisher = {
    '@type': 'Organization',
    name: siteName,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl('/icon.svg') },
  };
  const primaryTopic = article.tags[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: truncate(article.title, maxHeadlineLength),
    ...(article.description ? { description: article.description } : {}),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    ...(article.modifiedAt ?? article.publishedAt ? { dateModified: (article.modifiedAt ?? article.publishedAt)?.toISOString() } : {}),
    author: article.byline ? { '@type': 'Person', name: article.byline } : { '@type': 'Organization', name: siteName, url: absoluteUrl('/') },
    publisher,
    ...(article.image ? { image: [absoluteUrl(article.image)] } : {}),
    ...(primaryTopic ? { articleSection: primaryTopic.name } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    inLanguage: article.inLanguage ?? scriptLang(article.script),
    ...(article.sourceUrl ? { isBasedOn: article.sourceUrl } : {}),
  };
}
