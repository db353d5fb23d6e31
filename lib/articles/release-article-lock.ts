import 'server-only';
import type { Actor } from '@/lib/auth/can';
import { getPrisma } from '@/lib/db/client';
import type { ReleaseArticleLockInput } from './article-input-schema';

/**
 * Gives up the soft lock when this window still holds it; a lock taken over stays with its new
 * holder. Written in SQL so the article keeps its update time: closing the editor is not an edit.
 */
export async function releaseArticleLock(actor: Actor, input: ReleaseArticleLockInput): Promise<void> {
  await getPrisma().$executeRaw`
    UPDATE articles SET locked_by_id = NULL, lock_token = NULL, locked_at = NULL, lock_seen_at = NULL
    WHERE id = ${input.id}::uuid AND lock_token = ${input.token} AND locked_by_id = ${actor.id}::uuid`;
}
