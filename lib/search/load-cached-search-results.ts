import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cacheTags } from '@/lib/cache/cache-tags';
import type { SearchQuery } from './build-search-query';
import { searchPreparedQuery, type SearchResult } from './search-articles';

/**
 * A page of search results, cached per normalised query and page (the key is the arguments, so
 * 知識產權, 知识产权 and 知识产权 with other spacing share one entry) for the `search` cache life, and
 * expired with the article lists: every change to a public article expires those, so a
 * publish, an unpublish or an edit shows in search at once.
 */
export async function loadCachedSearchResults(query: SearchQuery, page: number): Promise<SearchResult> {
  'use cache';
  cacheLife('search');
  cacheTag(cacheTags.reader, cacheTags.articleLists);
  return searchPreparedQuery(query, page);
}
