import { foldText } from '@/lib/text/fold-text';
import { segmentSearchText } from './segment-search-text';

export interface SearchQuery {
  /** Distinct words of the query, longest first (the order highlighting tries them in). */
  tokens: string[];
  /** to_tsquery('simple', …) text: every word, quoted. null when the query has no words. */
  documentQuery: string | null;
  /** The same words restricted to the title's weight (A). */
  titleQuery: string | null;
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
 * lexeme, and all must match. Title fragments for trigram matching keep letters, digits and
 * single spaces only, with LIKE's special characters escaped.
 */
export function buildSearchQuery(q: string): SearchQuery {
  const tokens = [...new Set(segmentSearchText(q))].slice(0, maxTokens).sort((a, b) => b.length - a.length);
  const fragment = foldText(q).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const isLongEnough = [...fragment.replaceAll(' ', '')].length >= minTrigramLength;
  const quoted = tokens.map((token) => `'${token}'`);
  return {
    tokens,
    documentQuery: quoted.length > 0 ? quoted.join(' & ') : null,
    titleQuery: quoted.length > 0 ? quoted.map((lexeme) => `${lexeme}:A`).join(' & ') : null,
    titlePattern: isLongEnough ? `%${fragment.replace(/[\\%_]/g, '\\$&')}%` : null,
    fuzzyTitle: isLongEnough ? fragment : null,
  };
}
