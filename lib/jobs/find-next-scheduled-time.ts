import 'server-only';
import { getPrisma } from '@/lib/db/client';

/** When the next scheduled article falls due, if one does within `horizonMs` from now (served by the status/scheduledAt index). */
export async function findNextScheduledTime(horizonMs: number): Promise<Date | null> {
  const now = Date.now();
  const next = await getPrisma().article.findFirst({
    where: { status: 'SCHEDULED', deletedAt: null, scheduledAt: { gt: new Date(now), lte: new Date(now + horizonMs) } },
    orderBy: { scheduledAt: 'asc' },
    select: { scheduledAt: true },
  });
  return next?.scheduledAt ?? null;
}
