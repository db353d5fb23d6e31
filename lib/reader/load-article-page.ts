import 'server-only';
import { findAdjacentArticles } from '@/lib/articles/find-adjacent-articles';
import { findArticleRedirect } from '@/lib/articles/find-article-redirect';
import { getPublishedArticle } from '@/lib/articles/get-published-article';
import { listRelatedArticles } from '@/lib/articles/list-related-articles';
import { cacheTags } from '@/lib/cache/cache-tags';
import { cacheForReaders, isPossibleSlug } from './reader-cache';

/**
 * An article page's data, cached until the article or one of its topics changes (the related
 * articles and the previous/next links come from its topics).
 */
export async function loadArticlePage(slug: string) {
  'use cache';
  cacheForReaders(cacheTags.article(slug));
  if (!isPossibleSlug(slug)) return { kind: 'missing' as const };
  const article = await getPublishedArticle(slug);
  if (!article) {
    // An old slug of a public article answers with a redirect to the current one.
    const currentSlug = await findArticleRedirect(slug);
    return currentSlug ? { kind: 'redirect' as const, slug: currentSlug } : { kind: 'missing' as const };
  }
  cacheForReaders(...article.tags.map((tag) => cacheTags.topic(tag.slug)));
  const [related, neighbours] = await Promise.all([listRelatedArticles(slug), findAdjacentArticles(slug)]);
  return { kind: 'article' as const, article, related, neighbours };
}
