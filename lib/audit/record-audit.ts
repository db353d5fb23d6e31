import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { redactAuditData } from './redact-audit-data';

type AuditClient = Pick<Prisma.TransactionClient, 'auditLog'>;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  data?: Prisma.InputJsonValue;
}

/** Writes one audit-log row (secrets in `data` redacted); pass the transaction client so the entry commits with the change. */
export async function recordAudit(db: AuditClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      data: entry.data === undefined ? undefined : redactAuditData(entry.data),
    },
  });
}
