import 'server-only';
import { buildSearchQuery } from './build-search-query';
import { loadCachedSearchResults } from './load-cached-search-results';
import type { SearchResult } from './search-articles';
import { searchInputSchema } from './search-input-schema';

export interface SearchPageData {
  q: string;
  /** null when there is nothing to search for (no query, or only punctuation): the empty form. */
  result: SearchResult | null;
}

/**
 * Everything the search page needs from its query string (`?q=&page=`), which is never an error:
 * bad pages and pages past the last read as page 1, long queries are cut, queries without words find nothing.
 */
export async function loadSearchPage(searchParams: Record<string, string | string[] | undefined>): Promise<SearchPageData> {
  const parsed = searchInputSchema.safeParse({ q: searchParams.q, page: searchParams.page });
  const { q, page } = parsed.success ? parsed.data : { q: '', page: 1 };
  if (q === '') return { q, result: null };
  const query = buildSearchQuery(q);
  const result = await loadCachedSearchResults(query, page);
  // A page past the last one shows the first.
  if (result.items.length === 0 && page > 1 && result.total > 0) return { q, result: await loadCachedSearchResults(query, 1) };
  return { q, result };
}
