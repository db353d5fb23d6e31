import 'server-only';
import { getPrisma, Prisma } from '@/lib/db/client';
import type { Script } from '@/lib/db/generated/enums';
import { buildSearchQuery, type SearchQuery } from './build-search-query';
import { buildSnippet } from './build-snippet';
import { highlightSegments, type TextSegment } from './highlight-segments';
import { maxSearchPages, searchResultsPerPage } from './search-input-schema';

export interface SearchResultItem {
  id: string;
  slug: string;
  title: string;
  titleSegments: TextSegment[];
  publishedAt: Date;
  script: Script;
  snippet: TextSegment[];
}

export interface SearchResult {
  q: string;
  page: number;
  items: SearchResultItem[];
  /** Matches found, at most `maxSearchResults`; isTotalCapped when there may be more. */
  total: number;
  isTotalCapped: boolean;
  pageCount: number;
}

export const maxSearchResults = maxSearchPages * searchResultsPerPage;
// How much of a body the snippet is looked for in.
const snippetSourceLength = 4000;

// Must stay identical to the expression of articles_search_document_idx (the migration).
const documentVector = Prisma.sql`(setweight(to_tsvector('simple'::regconfig, coalesce(a.search_title, '')), 'A')
  || setweight(to_tsvector('simple'::regconfig, coalesce(a.search_excerpt, '')), 'B')
  || setweight(to_tsvector('simple'::regconfig, coalesce(a.search_body, '')), 'C'))`;

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

function matchCondition(query: SearchQuery): Prisma.Sql | null {
  const conditions: Prisma.Sql[] = [];
  if (query.documentQuery) conditions.push(Prisma.sql`${documentVector} @@ to_tsquery('simple', ${query.documentQuery})`);
  if (query.titlePattern) conditions.push(Prisma.sql`a.title_folded LIKE ${query.titlePattern}`);
  if (query.fuzzyTitle) conditions.push(Prisma.sql`${query.fuzzyTitle} <% a.title_folded`);
  return conditions.length > 0 ? Prisma.join(conditions, ' OR ') : null;
}

function titleHit(query: SearchQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.titleQuery) conditions.push(Prisma.sql`c.document @@ to_tsquery('simple', ${query.titleQuery})`);
  if (query.titlePattern) conditions.push(Prisma.sql`c.title_folded LIKE ${query.titlePattern}`);
  return conditions.length > 0 ? Prisma.join(conditions, ' OR ') : Prisma.sql`false`;
}

/**
 * Public articles (PUBLISHED, outside the trash; archived ones are not searched) matching `q`:
 * every query word in the title, excerpt or body, or the title containing the query or a near
 * spelling of it. Of the newest `maxSearchResults` matches, title matches come first, then by
 * ts_rank_cd (title, excerpt, body weighted), then newest; `searchResultsPerPage` per page.
 */
export async function searchArticles(input: { q: string; page: number }): Promise<SearchResult> {
  const query = buildSearchQuery(input.q);
  const match = matchCondition(query);
  const empty: SearchResult = { q: input.q, page: input.page, items: [], total: 0, isTotalCapped: false, pageCount: 0 };
  if (!match) return empty;
  const rank = query.documentQuery
    ? Prisma.sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}'::float4[], c.document, to_tsquery('simple', ${query.documentQuery}))`
    : Prisma.sql`0::float4`;
  const rows = await getPrisma().$queryRaw<Row[]>`
    WITH candidates AS (
      SELECT a.id, a.published_at, a.title_folded, ${documentVector} AS document
      FROM articles a
      WHERE a.status = 'PUBLISHED' AND a.deleted_at IS NULL AND (${match})
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT ${maxSearchResults}
    ), ranked AS (
      SELECT c.id, c.published_at, (${titleHit(query)}) AS title_hit, ${rank} AS rank, count(*) OVER () AS total
      FROM candidates c
    )
    SELECT r.id, r.published_at, r.total, a.slug, a.title, a.script, a.excerpt, left(a.body_text, ${snippetSourceLength}) AS body_start
    FROM ranked r JOIN articles a ON a.id = r.id
    ORDER BY r.title_hit DESC, r.rank DESC, r.published_at DESC, r.id DESC
    LIMIT ${searchResultsPerPage} OFFSET ${(input.page - 1) * searchResultsPerPage}`;
  const total = Number(rows[0]?.total ?? (input.page > 1 ? await countMatches(match) : 0));
  return {
    q: input.q,
    page: input.page,
    total,
    isTotalCapped: total >= maxSearchResults,
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

// A page past the last one has no rows to carry the total: count the matches (capped) instead.
async function countMatches(match: Prisma.Sql): Promise<number> {
  const [row] = await getPrisma().$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM (
      SELECT 1 FROM articles a WHERE a.status = 'PUBLISHED' AND a.deleted_at IS NULL AND (${match}) LIMIT ${maxSearchResults}
    ) AS matches`;
  return Number(row?.total ?? 0);
}
