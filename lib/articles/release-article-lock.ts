import 'server-only';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import type { ReleaseArticleLockInput } from './article-input-schema';

/** Gives up the soft lock when this window still holds it; a lock taken over stays with its new holder. */
export async function releaseArticleLock(actor: Actor, input: ReleaseArticleLockInput): Promise<void> {
  await getPrisma().article.updateMany({
    where: { id: input.id, lockToken: input.token, lockedById: actor.id },
    data: { lockedById: null, lockToken: null, lockedAt: null, lockSeenAt: null },
  });
}
