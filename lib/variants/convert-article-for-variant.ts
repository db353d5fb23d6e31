import type { PublishedArticle } from '@/lib/articles/get-published-article';
import type { SiteVariant } from './site-variant';
import { convertNameForVariant } from './convert-name-for-variant';
import { textConverterFor } from './convert-text-for-variant';
import { convertTiptapDoc } from '@/lib/text/convert-tiptap-doc';

const textFields = ['title', 'excerpt', 'seoTitle', 'seoDescription', 'byline', 'sourceName', 'datelinePlace'] as const;

/**
 * A public article as readers of `variant` see it: its texts and body in the variant's script
 * (see textConverterFor for which way), its tag names too. Slugs, URLs and dates are untouched.
 */
export function convertArticleForVariant<T extends PublishedArticle>(article: T, variant: SiteVariant): T {
  const tags = article.tags.map((tag) => ({ ...tag, name: convertNameForVariant(tag.name, variant) }));
  const convert = textConverterFor(article.script, variant);
  if (!convert) return { ...article, tags };
  const converted: T = { ...article, tags, body: convertTiptapDoc(article.body, convert) };
  for (const field of textFields) {
    const value = article[field];
    if (value) (converted[field] as string) = convert(value);
  }
  return converted;
}
