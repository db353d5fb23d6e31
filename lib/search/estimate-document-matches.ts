import 'server-only';
import { getPrisma } from '@/lib/db/client';

interface PlanRow {
  'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }];
}

// The planner's count of public articles changes only when the table is analysed: asked once a minute.
const publicCountLifeMs = 60_000;
let publicCount: { rows: number; at: number } | undefined;

async function estimatePublicArticles(): Promise<number> {
  if (publicCount && Date.now() - publicCount.at < publicCountLifeMs) return publicCount.rows;
  const [all] = await getPrisma().$queryRaw<PlanRow[]>`EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a WHERE a.status = 'PUBLISHED' AND a.deleted_at IS NULL`;
  publicCount = { rows: all?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0, at: Date.now() };
  return publicCount.rows;
}

/**
 * The planner's estimate of the share (0…1) of public articles whose search document matches
 * `documentQuery` (a to_tsquery text), from its statistics of the words, without running the query.
 */
export async function estimateDocumentMatches(documentQuery: string): Promise<number> {
  const [[matches], total] = await Promise.all([
    getPrisma().$queryRaw<PlanRow[]>`EXPLAIN (FORMAT JSON)
      SELECT 1 FROM articles a WHERE a.status = 'PUBLISHED' AND a.deleted_at IS NULL AND a.search_document @@ to_tsquery('simple', ${documentQuery})`,
    estimatePublicArticles(),
  ]);
  return total > 0 ? (matches?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0) / total : 0;
}
