import { foldText } from '@/lib/text/fold-text';
import { segmentSearchText } from './segment-search-text';

export interface ArticleSearchColumns {
  searchTitle: string;
  searchExcerpt: string;
  searchBody: string;
  titleFolded: string;
}

/**
 * The search columns of an article (see prisma/migrations/20261122000000_article_search): every
 * write that changes the title, excerpt or body text stores these with it.
 */
export function articleSearchColumns(article: { title: string; excerpt: string; bodyText: string }): ArticleSearchColumns {
  return {
    searchTitle: segmentSearchText(article.title).join(' '),
    searchExcerpt: segmentSearchText(article.excerpt).join(' '),
    searchBody: segmentSearchText(article.bodyText).join(' '),
    titleFolded: foldText(article.title).replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
  };
}
