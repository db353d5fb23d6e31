import 'server-only';
import { getPrisma, Prisma } from '@/lib/db/client';
import type { Script } from '@/lib/db/generated/enums';
import { buildSearchQuery, type SearchQuery } from './build-search-query';
import { buildSnippet } from './build-snippet';
import { highlightSegments, type TextSegment } from './highlight-segments';
import { candidates, exactMatches, fuzzyMatches, maxSearchResults } from './search-candidates';
import { searchResultsPerPage } from './search-input-schema';

export interface SearchResultItem {
  id: string;
  slug: string;
  title: string;
  titleSegments: TextSegment[];
  publishedAt: Date;
  script: Script;
  snippet: TextSegment[];
}

/** One page of a search's results: the same for every query with the same SearchQuery. */
export interface SearchResult {
  page: number;
  items: SearchResultItem[];
  /** Matches found, at most `maxSearchResults`; isTotalCapped when there may be more. */
  total: number;
  isTotalCapped: boolean;
  pageCount: number;
}

// How much of a body the snippet is looked for in.
const snippetSourceLength = 4000;

const weights = Prisma.sql`'{0.1, 0.2, 0.4, 1.0}'::float4[]`;
// The title's words alone (computed for the candidates only; titles are short).
const titleVector = Prisma.sql`to_tsvector('simple'::regconfig, coalesce(a.search_title, ''))`;

interface Row {
  id: string;
  slug: string;
  title: string;
  script: Script;
  published_at: Date;
  excerpt: string;
  body_start: string;
  total: bigint;
}

function titleHit(query: SearchQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.documentQuery) conditions.push(Prisma.sql`${titleVector} @@ to_tsquery('simple', ${query.documentQuery})`);
  if (query.titlePattern) conditions.push(Prisma.sql`a.title_folded LIKE ${query.titlePattern}`);
  return conditions.length > 0 ? Prisma.join(conditions, ' OR ') : Prisma.sql`false`;
}

/**
 * Public articles (PUBLISHED, outside the trash; archived ones are not searched) matching `q`:
 * every query word in the title, excerpt or body, or the title containing the query; only when
 * nothing matches so, titles with a near spelling of it (a misspelt name). Title matches come
 * first, then by ts_rank_cd (title, excerpt, body weighted), then newest; `searchResultsPerPage`
 * per page, at most `maxSearchResults` in all.
 */
export async function searchArticles(input: { q: string; page: number }): Promise<SearchResult> {
  return searchPreparedQuery(buildSearchQuery(input.q), input.page);
}

/** searchArticles for a query already normalised by buildSearchQuery. */
export async function searchPreparedQuery(query: SearchQuery, page: number): Promise<SearchResult> {
  const exact = await exactMatches(query);
  const result = exact.length > 0 ? await searchPage(query, candidates(exact), page) : null;
  if ((result === null || result.total === 0) && query.fuzzyTitle) {
    return searchPage(query, candidates(fuzzyMatches(query.fuzzyTitle)), page);
  }
  return result ?? { page, items: [], total: 0, isTotalCapped: false, pageCount: 0 };
}

async function searchPage(query: SearchQuery, matches: Prisma.Sql, page: number): Promise<SearchResult> {
  const rank = query.documentQuery ? Prisma.sql`ts_rank_cd(${weights}, a.search_document, to_tsquery('simple', ${query.documentQuery}))` : Prisma.sql`0::float4`;
  const rows = await getPrisma().$queryRaw<Row[]>`
    WITH candidates AS (${matches}), page AS (
      SELECT a.id, c.published_at, (${titleHit(query)}) AS title_hit, ${rank} AS rank, count(*) OVER () AS total
      FROM candidates c JOIN articles a ON a.id = c.id
      ORDER BY title_hit DESC, rank DESC, c.published_at DESC, a.id DESC
      LIMIT ${searchResultsPerPage} OFFSET ${(page - 1) * searchResultsPerPage}
    )
    SELECT p.id, p.published_at, p.total, a.slug, a.title, a.script, a.excerpt, left(a.body_text, ${snippetSourceLength}) AS body_start
    FROM page p JOIN articles a ON a.id = p.id
    ORDER BY p.title_hit DESC, p.rank DESC, p.published_at DESC, p.id DESC`;
  const found = Number(rows[0]?.total ?? (page > 1 ? await countMatches(matches) : 0));
  const total = Math.min(found, maxSearchResults);
  return {
    page,
    total,
    isTotalCapped: found >= maxSearchResults,
    pageCount: Math.ceil(total / searchResultsPerPage),
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      titleSegments: highlightSegments(row.title, query.tokens),
      publishedAt: row.published_at,
      script: row.script,
      snippet: buildSnippet([row.body_start, row.excerpt], query.tokens),
    })),
  };
}

// A page past the last one has no rows to carry the total: count the matches instead.
async function countMatches(matches: Prisma.Sql): Promise<number> {
  const [row] = await getPrisma().$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM (${matches}) AS matches`;
  return Number(row?.total ?? 0);
}
