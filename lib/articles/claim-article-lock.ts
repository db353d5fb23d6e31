import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { can, type Actor, type ArticleStatusName } from '@/lib/auth/can';
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
  createdById: string | null;
  status: ArticleStatusName;
  updatedAt: Date;
}

/**
 * Claims the soft lock for one editor window (`token`), or renews it (the heartbeat). Another
 * window's lock wins while its heartbeat is recent, unless the actor takes it over (audited).
 * The row is locked while deciding, so two claims cannot both win. Only someone who may edit the
 * article may lock it (FORBIDDEN): a lock, and above all a takeover, stops others' work.
 */
export async function claimArticleLock(actor: Actor, input: ClaimArticleLockInput): Promise<ArticleLockClaim> {
  return getPrisma().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<LockRow[]>`
      SELECT locked_by_id AS "lockedById", lock_token AS "lockToken", locked_at AS "lockedAt", lock_seen_at AS "lockSeenAt",
             created_by_id AS "createdById", status::text AS status, updated_at AS "updatedAt"
      FROM articles WHERE id = ${input.id}::uuid AND deleted_at IS NULL FOR UPDATE`;
    if (!row) throw new AppError('NOT_FOUND', 'This article does not exist or is in the trash.');
    if (!can(actor, 'article:edit', { kind: 'article', createdById: row.createdById, status: row.status })) {
      throw new AppError('FORBIDDEN', 'You may not edit this article.');
    }
    const now = new Date();
    // Lock bookkeeping is not an edit: the article keeps its update time (the editor's "saved at",
    // the admin list's order), which Prisma would otherwise move on every heartbeat.
    const { updatedAt } = row;
    const isMine = row.lockToken === input.token && row.lockedById === actor.id;
    if (isMine) {
      await tx.article.update({ where: { id: input.id }, data: { lockSeenAt: now, updatedAt } });
      return { state: 'mine' };
    }
    const holder = isArticleLockFresh(row, now) && row.lockedById
      ? await tx.user.findUnique({ where: { id: row.lockedById }, select: { id: true, name: true } })
      : null;
    if (holder && !input.takeOver) return { state: 'other', holderName: holder.name, since: (row.lockedAt ?? now).toISOString() };
    await tx.article.update({
      where: { id: input.id },
      data: { lockedById: actor.id, lockToken: input.token, lockedAt: now, lockSeenAt: now, updatedAt },
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
