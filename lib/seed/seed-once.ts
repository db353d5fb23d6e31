import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { seedSampleArticles, type SeedOutcome } from './seed-sample-articles';

/**
 * Seeds the sample articles on the first start only, so an article an editor deleted does not
 * come back on the next start. Completion is recorded in the audit log; an interrupted seed is
 * finished on the next start (each article is idempotent by its source hash).
 */
export async function seedOnce(actorId: string | null): Promise<SeedOutcome[] | null> {
  const prisma = getPrisma();
  const done = await prisma.auditLog.findFirst({ where: { action: 'content.seed' }, select: { id: true } });
  if (done) return null;
  const outcomes = await seedSampleArticles(actorId);
  await recordAudit(prisma, { actorId, action: 'content.seed', targetType: 'content', data: { files: outcomes.map((o) => o.file) } });
  return outcomes;
}
