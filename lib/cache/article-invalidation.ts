/**
 * What a write changed for readers: the slugs whose pages must change (the current one and any it
 * replaced) and the topics listing the article before or after. Empty when the article was not
 * public before the write and is not public after it.
 */
export interface ArticleInvalidation {
  slugs: string[];
  tagSlugs: string[];
}

export const noInvalidation: ArticleInvalidation = { slugs: [], tagSlugs: [] };
