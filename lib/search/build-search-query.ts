import { foldText } from '@/lib/text/fold-text';
import { memoizeRecent } from './memoize-recent';
import { segmentSearchText } from './segment-search-text';

/**
 * A reader's query normalised: everything a search reads from it, so two queries with the same
 * SearchQuery (知識產權 and 知识产权, or the same words with other spacing) have the same results.
 */
export interface SearchQuery {
  /** Distinct words of the query, longest first (the order highlighting tries them in). */
  readonly tokens: readonly string[];
  /** to_tsquery('simple', …) text: every word, quoted. null when the query has no words. */
  readonly documentQuery: string | null;
  /** LIKE pattern for the folded title (a fragment of ≥ 3 characters), escaped; or null. */
  readonly titlePattern: string | null;
  /** The folded query for trigram word similarity with titles (≥ 3 characters), or null. */
  readonly fuzzyTitle: string | null;
  /** How many words the document query requires together. */
  readonly wordCount: number;
}

const maxTokens = 24;
const minTrigramLength = 3;

/**
 * Turns reader input into the pieces of an SQL search, never passing the input itself to
 * to_tsquery: tokens hold only letters and digits (segmentSearchText), each is quoted as one
 * lexeme. Every word of the query must match, either whole or as all the dictionary words inside
 * it: an article about the 知识产权局 is indexed as 知识, 产权, 产权局, 知识产权局 and still
 * answers 知识产权. Title fragments for trigram matching keep letters, digits and
 * single spaces only, with LIKE's special characters escaped.
 */
function prepareSearchQuery(q: string): SearchQuery {
  const words = [...new Set(segmentSearchText(q, 'whole'))].slice(0, maxTokens);
  const clauses = words.map((word) => ({ word, pieces: segmentSearchText(word).filter((piece) => piece !== word) }));
  const tokens = [...new Set(clauses.flatMap(({ word, pieces }) => [word, ...pieces]))].sort((a, b) => b.length - a.length);
  const fragment = foldText(q).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const isLongEnough = [...fragment.replaceAll(' ', '')].length >= minTrigramLength;
  const documentQuery =
    clauses.length === 0
      ? null
      : clauses.map(({ word, pieces }) => (pieces.length === 0 ? `'${word}'` : `('${word}' | (${pieces.map((piece) => `'${piece}'`).join(' & ')}))`)).join(' & ');
  return {
    tokens,
    documentQuery,
    titlePattern: isLongEnough ? `%${fragment.replace(/[\\%_]/g, '\\$&')}%` : null,
    fuzzyTitle: isLongEnough ? fragment : null,
    wordCount: clauses.length,
  };
}

// Every search request prepares its query (segmentation and OpenCC folding, about 0.2 ms), cached
// result or not, and readers repeat the same queries; results are shared, so they are read-only.
const recentQueryLimit = 1000;

export const buildSearchQuery: (q: string) => SearchQuery = memoizeRecent(prepareSearchQuery, recentQueryLimit);
