import 'server-only';
import { Prisma } from '@/lib/db/client';
import type { SearchQuery } from './build-search-query';
import { countRecentMatches } from './count-recent-matches';
import { estimateDocumentMatches } from './estimate-document-matches';
import { maxSearchPages, searchResultsPerPage } from './search-input-schema';

export const maxSearchResults = maxSearchPages * searchResultsPerPage;

const isPublic = Prisma.sql`a.status = 'PUBLISHED' AND a.deleted_at IS NULL`;

/**
 * One way of matching and how its newest matches are read: 'index' reads all of them from the
 * condition's index, then sorts them by date; 'planner' leaves the choice to PostgreSQL; 'walk'
 * tests the newest articles one by one (see walkFromShare).
 */
type Match = { condition: Prisma.Sql; read: 'index' | 'planner' | 'walk' };

// Walking the newest articles tests each one's search document, which is stored out of line (about
// 15 µs an article, against about 1 µs a match read through the index on 100,000 articles): worth it
// only for words in about a third of the articles or more, far above where the planner, which does
// not count that cost, would switch. Title fragments are walked on an index holding the titles.
const walkFromShare = 0.3;
// The planner takes the words of a query as independent, and news phrases are not: 披露 & 第三季度 &
// 业绩 together in a third of the articles are estimated in 4 %. So for queries of several words a
// sample of the newest articles is tested too, and a walk that finds too few matches in walkLimit
// articles gives way to the index.
const recentSample = 200;
const walkLimit = 3000;

function readIndex(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT id, published_at FROM (SELECT a.id, a.published_at FROM articles a WHERE ${isPublic} AND (${condition}) OFFSET 0) AS m ORDER BY published_at DESC, id DESC LIMIT ${maxSearchResults}`;
}

function newest({ condition, read }: Match): Prisma.Sql {
  if (read === 'index') return Prisma.sql`(${readIndex(condition)})`;
  if (read === 'planner') return Prisma.sql`(SELECT a.id, a.published_at FROM articles a WHERE ${isPublic} AND (${condition}) ORDER BY published_at DESC, id DESC LIMIT ${maxSearchResults})`;
  return Prisma.sql`(
    WITH walked AS (
      SELECT a.id, a.published_at FROM (
        SELECT id, published_at, search_document FROM articles a WHERE ${isPublic} ORDER BY published_at DESC, id DESC LIMIT ${walkLimit}
      ) AS a
      WHERE ${condition} ORDER BY a.published_at DESC, a.id DESC LIMIT ${maxSearchResults}
    )
    SELECT id, published_at FROM walked WHERE (SELECT count(*) FROM walked) = ${maxSearchResults}
    UNION ALL
    SELECT id, published_at FROM (${readIndex(condition)}) AS indexed WHERE (SELECT count(*) FROM walked) < ${maxSearchResults})`;
}

// Each way of matching is its own query on its own index (an OR of them would check every row
// against all of them), and each stops at its newest maxSearchResults matches, so a word in tens of
// thousands of articles costs one index scan and ranks maxSearchResults articles, not all of them.
// The trade-off: an older article that would rank above all of a common word's newest
// maxSearchResults matches is not found by that word (if its title contains the query, it is).
export function candidates(matches: Match[]): Prisma.Sql {
  return Prisma.sql`SELECT id, published_at FROM (${Prisma.join(matches.map(newest), ' UNION ')}) AS matches`;
}

async function readDocumentMatches(query: SearchQuery & { documentQuery: string }): Promise<Match['read']> {
  const [share, recent] = await Promise.all([
    estimateDocumentMatches(query.documentQuery),
    query.wordCount > 1 ? countRecentMatches(query.documentQuery, recentSample) : 0,
  ]);
  if (share >= walkFromShare) return 'planner';
  return recent >= walkFromShare * recentSample ? 'walk' : 'index';
}

/** The query's words in the search document, and its fragment in the title. */
export async function exactMatches(query: SearchQuery): Promise<Match[]> {
  const matches: Match[] = [];
  const { documentQuery } = query;
  if (documentQuery) {
    const read = await readDocumentMatches({ ...query, documentQuery });
    matches.push({ condition: Prisma.sql`a.search_document @@ to_tsquery('simple', ${documentQuery})`, read });
  }
  if (query.titlePattern) matches.push({ condition: Prisma.sql`a.title_folded LIKE ${query.titlePattern}`, read: 'planner' });
  return matches;
}

/** Titles with a near spelling of the query. */
export function fuzzyMatches(fuzzyTitle: string): Match[] {
  return [{ condition: Prisma.sql`${fuzzyTitle} <% a.title_folded`, read: 'index' }];
}
