import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { AuditFilter } from './audit-filter';

export const auditPageSize = 50;

export type AuditEntryRow = Awaited<ReturnType<typeof listAuditEntries>>['entries'][number];

function whereOf(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filter.action) and.push({ action: filter.action });
  else if (filter.category) and.push({ action: { startsWith: `${filter.category}.` } });
  if (filter.actorEmail) and.push({ actor: { email: filter.actorEmail } });
  if (filter.targetType) and.push({ targetType: filter.targetType, targetId: filter.targetId });
  if (filter.from) and.push({ createdAt: { gte: filter.from } });
  if (filter.until) and.push({ createdAt: { lt: filter.until } });
  if (filter.before) {
    const { createdAt, id } = filter.before;
    and.push({ OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] });
  }
  return { AND: and };
}

/** One page of the audit log, newest first, with who acted; `hasMore` when older entries match too. */
export async function listAuditEntries(filter: AuditFilter) {
  const rows = await getPrisma().auditLog.findMany({
    where: whereOf(filter),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: auditPageSize + 1,
    select: {
      id: true, action: true, targetType: true, targetId: true, data: true, createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return { entries: rows.slice(0, auditPageSize), hasMore: rows.length > auditPageSize };
}

/** Every action name in the log, for the filter's choices: a skip scan over the (action, created_at) index. */
export async function listAuditActions(): Promise<string[]> {
  const rows = await getPrisma().$queryRaw<{ action: string }[]>`
    WITH RECURSIVE actions AS (
      (SELECT action FROM audit_logs ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT a.action FROM audit_logs a WHERE a.action > actions.action ORDER BY a.action LIMIT 1)
      FROM actions WHERE actions.action IS NOT NULL
    )
    SELECT action FROM actions WHERE action IS NOT NULL`;
  return rows.map((row) => row.action);
}
