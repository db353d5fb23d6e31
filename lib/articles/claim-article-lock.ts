import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import type { ClaimArticleLockInput } from './article-input-schema';
import { isArticleLockFresh } from './article-lock-freshness';

export type ArticleLockClaim = { state: 'mine' } | { state: 'other'; holderName: string; since: string };

interface LockRow {
  lockedById: string | null;
  lockToken: string | null;
  lockedAt: Date | null;
  lockSeenAt: Date | null;
}

/**
 * Claims the soft lock for one editor window (`token`), or renews it (the heartbeat). Another
 * window's lock wins while its heartbeat is recent, unless the actor takes it over (audited).
 * The row is locked while deciding, so two claims cannot both win.
 */
export async function claimArticleLock(actor: Actor, input: ClaimArticleLockInput): Promise<ArticleLockClaim> {
  return getPrisma().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<LockRow[]>`
      SELECT locked_by_id AS "lockedById", lock_token AS "lockToken", locked_at AS "lockedAt", lock_seen_at AS "lockSeenAt"
      FROM articles WHERE id = ${input.id}::uuid AND deleted_at IS NULL FOR UPDATE`;
    if (!row) throw new AppError('NOT_FOUND', 'This article does not exist or is in the trash.');
    const now = new Date();
    const isMine = row.lockToken === input.token && row.lockedById === actor.id;
    if (isMine) {
      await tx.article.update({ where: { id: input.id }, data: { lockSeenAt: now } });
      return { state: 'mine' };
    }
    const holder = isArticleLockFresh(row, now) && row.lockedById
      ? await tx.user.findUnique({ where: { id: row.lockedById }, select: { id: true, name: true } })
      : null;
    if (holder && !input.takeOver) return { state: 'other', holderName: holder.name, since: (row.lockedAt ?? now).toISOString() };
    await tx.article.update({
      where: { id: input.id },
      data: { lockedById: actor.id, lockToken: input.token, lockedAt: now, lockSeenAt: now },
    });
    if (holder) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'article.lock_takeover',
        targetType: 'article',
        targetId: input.id,
        data: { previousHolderId: holder.id, previousHolderName: holder.name, previousSince: row.lockedAt?.toISOString() ?? null },
      });
    }
    return { state: 'mine' };
  });
}
