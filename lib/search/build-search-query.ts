import { foldText } from '@/lib/text/fold-text';
import { segmentSearchText } from './segment-search-text';

export interface SearchQuery {
  /** Distinct words of the query, longest first (the order highlighting tries them in). */
  tokens: string[];
  /** to_tsquery('simple', …) text: every word, quoted. null when the query has no words. */
  documentQuery: string | null;
  /** LIKE pattern for the folded title (a fragment of ≥ 3 characters), escaped; or null. */
  titlePattern: string | null;
  /** The folded query for trigram word similarity with titles (≥ 3 characters), or null. */
  fuzzyTitle: string | null;
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
export function buildSearchQuery(q: string): SearchQuery {
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
  };
}
