import 'server-only';
import { getPrisma } from '@/lib/db/client';

interface PlanRow {
  'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }];
}

/**
 * The planner's estimate of the share (0…1) of public articles whose search document matches
 * `documentQuery` (a to_tsquery text), from its statistics of the words, without running the query.
 */
export async function estimateDocumentMatches(documentQuery: string): Promise<number> {
  const prisma = getPrisma();
  const [[matches], [all]] = await Promise.all([
    prisma.$queryRaw<PlanRow[]>`EXPLAIN (FORMAT JSON)
      SELECT 1 FROM articles a WHERE a.status = 'PUBLISHED' AND a.deleted_at IS NULL AND a.search_document @@ to_tsquery('simple', ${documentQuery})`,
    prisma.$queryRaw<PlanRow[]>`EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a WHERE a.status = 'PUBLISHED' AND a.deleted_at IS NULL`,
  ]);
  const total = all?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
  return total > 0 ? (matches?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0) / total : 0;
}
